package org.partyoffice.meetings.api;

/** An election at a Congress: what it elects, its rules, and whether its list is closed. */
public record Election(long id, long meetingId, String title, ElectionRules rules, boolean listClosed, int delegates) {
}
