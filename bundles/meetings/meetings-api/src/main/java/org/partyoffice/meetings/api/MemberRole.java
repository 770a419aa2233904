package org.partyoffice.meetings.api;

/** A member's place in a body. */
public enum MemberRole {
    CHAIR,
    SECRETARY,
    MEMBER
}
