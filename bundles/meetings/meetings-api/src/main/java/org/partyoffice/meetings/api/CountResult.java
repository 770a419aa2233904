package org.partyoffice.meetings.api;

import java.util.List;

/**
 * The count of an election. Candidates are ordered by votes, highest first (equal votes by
 * candidate id, for display only: ties are never decided by order).
 *
 * @param base            the number votes were measured against
 * @param seatsFilled     candidates elected outright
 * @param anotherRound    true when seats remain because of a tie at the last seat or too few above the threshold
 * @param digest          SHA-256 over the ballots counted, so a recount can be shown to count the same ballots
 */
public record CountResult(long electionId, int ballotsCast, int valid, List<InvalidBallot> invalid, long base,
                          List<CandidateResult> candidates, int seatsFilled, boolean anotherRound, String note,
                          String digest) {
}
