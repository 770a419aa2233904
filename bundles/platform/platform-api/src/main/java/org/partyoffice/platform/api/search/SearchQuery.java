package org.partyoffice.platform.api.search;

import java.util.Map;

import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.InvalidInputException;

/**
 * A search: words (diacritics and case do not matter; every word must match, a trailing
 * {@code *} matches a prefix), the reader's clearance, exact filters, and a page.
 *
 * @param text      the words; must not be empty
 * @param clearance the reader's clearance: nothing classified above it is matched
 * @param filters   keyword fields that must equal these values
 * @param offset    hits to skip
 * @param limit     hits to return, 1..1000
 */
public record SearchQuery(String text, Clearance clearance, Map<String, String> filters, int offset, int limit) {

    public static final int MAX_LIMIT = 1000;

    public SearchQuery {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("q", "must not be empty");
        }
        if (text.length() > 500) {
            throw new InvalidInputException("q", "must be at most 500 characters");
        }
        if (offset < 0) {
            throw new InvalidInputException("offset", "must not be negative", offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_LIMIT, limit);
        }
        clearance = clearance == null ? Clearance.UNCLASSIFIED : clearance;
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    /** The first {@code limit} hits for {@code text} that a reader with {@code clearance} may see. */
    public static SearchQuery of(String text, Clearance clearance, int limit) {
        return new SearchQuery(text, clearance, Map.of(), 0, limit);
    }
}
