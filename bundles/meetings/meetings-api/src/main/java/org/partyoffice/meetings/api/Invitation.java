package org.partyoffice.meetings.api;

/** Someone invited to a meeting, their reply and, when absent, why. */
public record Invitation(long meetingId, String login, String fullName, Reply reply, String reason, boolean checkedIn) {
}
