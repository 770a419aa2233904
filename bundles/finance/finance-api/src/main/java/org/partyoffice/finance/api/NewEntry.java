package org.partyoffice.finance.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A journal entry to post: at least two postings whose debits equal their credits.
 *
 * @param unitId      whose books
 * @param date        the accounting date; its period must be open
 * @param description e.g. {@code Chi hội nghị Ban Chấp hành}
 * @param reference   optional outside reference, e.g. {@code meetings:42} or a voucher number
 */
public record NewEntry(long unitId, LocalDate date, String description, String reference, List<Posting> postings) {
}
