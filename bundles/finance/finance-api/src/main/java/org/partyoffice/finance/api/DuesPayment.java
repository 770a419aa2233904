package org.partyoffice.finance.api;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Dues collected from a member for one month, posted to the books of the member's unit: cash in,
 * the unit's share as dues revenue and the rest as owed to the level above.
 *
 * @param keptVnd      the collecting unit's share
 * @param remitVnd     the share owed upward
 * @param journalEntryId the entry it was posted as
 */
public record DuesPayment(long id, long memberId, long unitId, YearMonth month, long amountVnd, long keptVnd,
                          long remitVnd, LocalDate paidOn, long journalEntryId) {
}
