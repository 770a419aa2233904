package org.partyoffice.meetings.api;

/** What a candidate's votes are measured against. */
public enum BallotBase {
    /** Valid ballots cast. */
    VALID_BALLOTS,
    /** All delegates called to the Congress. */
    ALL_DELEGATES
}
