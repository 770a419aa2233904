package org.partyoffice.meetings.api;

/** How a decision is voted. */
public enum VoteMethod {
    SHOW_OF_HANDS,
    SECRET_BALLOT
}
