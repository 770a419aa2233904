package org.partyoffice.meetings.api;

/** EventAdmin topics of the meetings module; properties are plain values. */
public final class MeetingEvents {
    /** Properties: {@link #MEETING_ID}, {@link #UNIT_ID}, {@link #START} (epoch ms). */
    public static final String SCHEDULED = "org/partyoffice/meetings/SCHEDULED";
    public static final String CANCELLED = "org/partyoffice/meetings/CANCELLED";
    /** The minutes were approved and the meeting closed. */
    public static final String CLOSED = "org/partyoffice/meetings/CLOSED";
    /** Properties: {@link #ELECTION_ID}, {@link #MEETING_ID}. */
    public static final String COUNTED = "org/partyoffice/meetings/COUNTED";

    public static final String MEETING_ID = "meetingId";
    public static final String ELECTION_ID = "electionId";
    public static final String UNIT_ID = "unitId";
    public static final String START = "start";

    private MeetingEvents() {
    }
}
