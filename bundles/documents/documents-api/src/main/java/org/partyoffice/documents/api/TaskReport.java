package org.partyoffice.documents.api;

import java.time.Instant;

/** A unit's progress report on a task; {@code fileSha256} names an attachment in the content store, or is {@code null}. */
public record TaskReport(long taskId, Instant at, String reporter, TaskStatus status, int percent, String comment,
                         String fileSha256) {
}
