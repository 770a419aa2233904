package org.partyoffice.meetings.api;

import java.time.Instant;
import java.util.List;

/** A meeting to schedule; {@code required} {@code null} means the body's members. */
public record NewMeeting(long unitId, MeetingType type, String title, Long bodyId, Long roomId, Instant start, Instant end,
                         List<String> required) {
}
