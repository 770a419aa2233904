package org.partyoffice.meetings.api;

import java.time.Instant;

/**
 * A meeting on the schedule.
 *
 * @param bodyId    the body meeting, or {@code null} (a working session)
 * @param roomId    its room, or {@code null} (online)
 * @param required  logins who must attend (a body's members by default); none may be in two meetings at once
 */
public record Meeting(long id, long unitId, MeetingType type, String title, Long bodyId, Long roomId, Instant start,
                      Instant end, MeetingStatus status, java.util.List<String> required, String createdBy,
                      Instant createdAt) {
}
