package org.partyoffice.meetings.api;

/** An invitee's answer. */
public enum Reply {
    PENDING,
    ATTEND,
    ABSENT
}
