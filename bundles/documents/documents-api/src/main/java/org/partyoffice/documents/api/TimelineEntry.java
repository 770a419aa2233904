package org.partyoffice.documents.api;

import java.time.Instant;

/** One step of a document's history: who did what, when. */
public record TimelineEntry(long documentId, Instant at, String actor, String action, String detail) {
}
