package org.partyoffice.meetings.api;

import java.time.Instant;
import java.util.List;

/**
 * A ballot as stored: the candidates struck out, who entered it, and whether it was voided (a
 * voided ballot is not counted at all, not even as cast) and why.
 *
 * @param replaced how many times the entry was corrected (each correction is kept with its reason)
 */
public record Ballot(long electionId, int number, List<Long> struckOut, String enteredBy, Instant enteredAt,
                     boolean voided, String voidReason, int replaced) {
}
