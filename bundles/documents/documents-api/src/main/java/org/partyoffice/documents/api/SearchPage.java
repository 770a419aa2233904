package org.partyoffice.documents.api;

import java.util.List;

/**
 * Search results the reader may see, and how many match in all: exactly when {@code totalExact},
 * otherwise <em>more than</em> {@code total} (counting stops at a bound, as an exact count of a
 * common word over a large register costs far more than finding the best page).
 *
 * @param totalExact whether {@code total} is exact (since 1.1)
 */
public record SearchPage(long total, List<SearchHit> hits, boolean totalExact) {

    /** An exact total, as in 1.0 (kept so that code compiled against 1.0 still links). */
    public SearchPage(long total, List<SearchHit> hits) {
        this(total, hits, true);
    }
}
