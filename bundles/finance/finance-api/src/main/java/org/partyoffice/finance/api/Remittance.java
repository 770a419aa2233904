package org.partyoffice.finance.api;

import java.time.LocalDate;

/**
 * Dues a unit passed up to its parent, posted in both books: paid out below, received above (where
 * the parent keeps its share and owes the rest further up).
 */
public record Remittance(long id, long fromUnitId, long toUnitId, long amountVnd, LocalDate date, long fromEntryId,
                         long toEntryId) {
}
