package org.partyoffice.meetings.api;

import java.time.Instant;
import java.util.List;

import org.partyoffice.platform.api.Clearance;

/**
 * A meeting on the schedule.
 *
 * @param bodyId         the body meeting, or {@code null} (a working session)
 * @param roomId         its room, or {@code null} (online, or no room booked)
 * @param required       logins who must attend (a body's members by default); none may be in two meetings at once
 * @param classification how secret the meeting is: a reader below it never sees it (since 1.1)
 * @param costEstimate   its cost estimate, or {@code null} when it has none (since 1.2)
 */
public record Meeting(long id, long unitId, MeetingType type, String title, Long bodyId, Long roomId, Instant start,
                      Instant end, MeetingStatus status, List<String> required, String createdBy,
                      Instant createdAt, Clearance classification, CostEstimate costEstimate) {

    public Meeting {
        classification = classification == null ? Clearance.UNCLASSIFIED : classification;
    }

    /** A meeting without a cost estimate (the 1.1 shape). */
    public Meeting(long id, long unitId, MeetingType type, String title, Long bodyId, Long roomId, Instant start,
                   Instant end, MeetingStatus status, List<String> required, String createdBy, Instant createdAt,
                   Clearance classification) {
        this(id, unitId, type, title, bodyId, roomId, start, end, status, required, createdBy, createdAt, classification,
                null);
    }

    /** An unclassified meeting (the 1.0 shape). */
    public Meeting(long id, long unitId, MeetingType type, String title, Long bodyId, Long roomId, Instant start,
                   Instant end, MeetingStatus status, List<String> required, String createdBy, Instant createdAt) {
        this(id, unitId, type, title, bodyId, roomId, start, end, status, required, createdBy, createdAt,
                Clearance.UNCLASSIFIED);
    }
}
