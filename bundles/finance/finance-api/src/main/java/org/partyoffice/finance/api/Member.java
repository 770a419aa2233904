package org.partyoffice.finance.api;

import java.time.YearMonth;

/**
 * A Party member as far as dues go: the finance module's minimal record, not a member registry.
 *
 * @param unitId   the unit or cell (chi bộ) where the member pays
 * @param category the dues category, which picks the rule, e.g. {@code LUONG} (salaried), {@code HUU_TRI}
 *                 (retired), {@code SINH_VIEN}
 * @param baseVnd  the monthly income the percentage rules apply to (salary, pension); 0 for flat categories
 * @param duesFrom the first month dues are owed
 */
public record Member(long id, long unitId, String fullName, String category, long baseVnd, YearMonth duesFrom,
                     boolean active) {
}
