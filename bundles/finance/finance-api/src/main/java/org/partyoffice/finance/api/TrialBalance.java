package org.partyoffice.finance.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The trial balance of a unit's books as of a date, or of the books of the unit and every unit
 * under it when {@code rolledUp}. The two totals are equal whenever the books are sound.
 *
 * @param unitIds the units whose books are summed
 */
public record TrialBalance(long unitId, boolean rolledUp, LocalDate asOf, List<Long> unitIds,
                           List<TrialBalanceLine> lines, long totalDebitVnd, long totalCreditVnd) {

    /** True when debits equal credits. */
    public boolean balanced() {
        return totalDebitVnd == totalCreditVnd;
    }
}
