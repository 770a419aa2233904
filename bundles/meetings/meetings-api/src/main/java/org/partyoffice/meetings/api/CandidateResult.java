package org.partyoffice.meetings.api;

/**
 * A candidate's result: votes, and votes as a percentage of the base (two decimals, rounded half up).
 *
 * @param elected  elected outright
 * @param tied     tied at the last seat: needs another round
 */
public record CandidateResult(long candidateId, String fullName, int votes, java.math.BigDecimal percent,
                              boolean aboveThreshold, boolean elected, boolean tied) {
}
