package org.partyoffice.meetings.api;

import java.time.Instant;

/** A meeting's minutes: drafted by the secretary, approved by the chair. */
public record Minutes(long meetingId, String text, boolean approved, String approvedBy, Instant updatedAt) {
}
