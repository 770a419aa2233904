package org.partyoffice.finance.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A posted journal entry. Entries are never edited or deleted: a mistake is corrected by a
 * reversal (an entry with the same postings on the opposite sides) and a new entry.
 *
 * @param unitId       whose books it is in now (after a merge: the successor unit)
 * @param originUnitId whose books it was posted in
 * @param reversesId   the entry this one reverses, or {@code null}
 * @param reversedById the entry that reversed this one, or {@code null}
 */
public record JournalEntry(long id, long unitId, long originUnitId, LocalDate date, String description, String reference,
                           Long reversesId, Long reversedById, String createdBy, Instant createdAt,
                           List<Posting> postings) {
}
