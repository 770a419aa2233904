package org.partyoffice.meetings.api;

/** Where a meeting is. */
public enum MeetingStatus {
    PLANNED,
    IN_PROGRESS,
    CLOSED,
    CANCELLED
}
