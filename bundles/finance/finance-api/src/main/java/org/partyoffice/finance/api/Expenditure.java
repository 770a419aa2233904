package org.partyoffice.finance.api;

import java.time.LocalDate;

/**
 * A spending from a budget line.
 *
 * @param reference      optional outside reference, e.g. {@code meetings:42}
 * @param warning        set when the spending went beyond the line and the office warns rather than refuses
 * @param decidedBy      who approved or rejected it
 * @param journalEntryId the entry its payment was posted as, once paid
 */
public record Expenditure(long id, long budgetLineId, String title, long amountVnd, String reference,
                          ExpenditureStatus status, String warning, String requestedBy, String decidedBy,
                          String decisionNote, Long journalEntryId, LocalDate paidOn) {
}
