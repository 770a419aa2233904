package org.partyoffice.meetings.api;

import java.time.Instant;
import java.util.List;

import org.partyoffice.platform.api.Clearance;

/**
 * A meeting to schedule; {@code required} {@code null} means the body's members.
 * {@code classification} {@code null} means unclassified (since 1.1); it may not exceed the
 * scheduler's own clearance, and every required person must be cleared for it.
 */
public record NewMeeting(long unitId, MeetingType type, String title, Long bodyId, Long roomId, Instant start, Instant end,
                         List<String> required, Clearance classification) {

    /** An unclassified meeting (the 1.0 shape). */
    public NewMeeting(long unitId, MeetingType type, String title, Long bodyId, Long roomId, Instant start, Instant end,
                      List<String> required) {
        this(unitId, type, title, bodyId, roomId, start, end, required, null);
    }
}
