package org.partyoffice.documents.api;

/** A document found by full-text search, with a passage around the matched words. */
public record SearchHit(Document document, float score, String snippet) {
}
