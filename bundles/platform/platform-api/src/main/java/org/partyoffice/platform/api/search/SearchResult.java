package org.partyoffice.platform.api.search;

import java.util.List;

/**
 * A page of hits and how many items the reader may see match in all.
 *
 * <p>{@code total} is exact when {@code totalExact} is true. Otherwise counting stopped early
 * (see {@link FullTextIndex#search(String, SearchQuery, int)}) and <em>more than</em>
 * {@code total} items match: a page can say "more than 1,000" instead of paying for an exact count
 * of hundreds of thousands of matches. Either way only items the reader may see are counted.
 *
 * @param total      how many items match: exactly, or a strict lower bound when {@code totalExact} is false
 * @param hits       the requested page, best first
 * @param totalExact whether {@code total} is the exact count
 * @since 1.1
 */
public record SearchResult(long total, List<SearchHit> hits, boolean totalExact) {

    public SearchResult {
        if (total < 0) {
            throw new IllegalArgumentException("total must not be negative");
        }
        hits = List.copyOf(hits);
    }

    /**
     * An exact total, as in 1.0 (kept so that code compiled against 1.0 still links: a record's
     * canonical constructor changes with its components).
     */
    public SearchResult(long total, List<SearchHit> hits) {
        this(total, hits, true);
    }

    /** Exactly {@code total} items match. */
    public static SearchResult exact(long total, List<SearchHit> hits) {
        return new SearchResult(total, hits, true);
    }

    /** More than {@code bound} items match; counting stopped there. */
    public static SearchResult moreThan(long bound, List<SearchHit> hits) {
        return new SearchResult(bound, hits, false);
    }
}
