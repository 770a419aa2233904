package org.partyoffice.meetings.api;

import java.time.LocalDate;

/** A follow-up task from a meeting: owner, deadline, done or not. */
public record FollowUp(long id, long meetingId, String title, String ownerLogin, LocalDate deadline, boolean done) {
}
