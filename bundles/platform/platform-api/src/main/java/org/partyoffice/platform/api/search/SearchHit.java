package org.partyoffice.platform.api.search;

import java.time.Instant;

/**
 * A hit: the item's id and title, its date, its relevance, and a short passage of the text around
 * the matched words (may be empty).
 */
public record SearchHit(String id, String title, Instant date, float score, String snippet) {
}
