package org.partyoffice.documents.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A task a document (e.g. a resolution) assigns to a unit, with its latest reported progress.
 *
 * @param overdue true when the deadline has passed and it is not done
 */
public record Task(long id, long documentId, long unitId, String title, LocalDate deadline, TaskStatus status,
                   int percent, boolean overdue, String createdBy, Instant createdAt, Instant updatedAt) {
}
