package org.partyoffice.documents.api;

import java.time.Instant;

/** A reviewer's state on a document and their last comment. */
public record Review(long documentId, String reviewer, ReviewDecision decision, String comment, Instant at) {
}
