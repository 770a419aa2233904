package org.partyoffice.platform.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.search.FullTextIndex;
import org.partyoffice.platform.api.search.IndexedItem;
import org.partyoffice.platform.api.search.SearchHit;
import org.partyoffice.platform.api.search.SearchQuery;
import org.partyoffice.platform.api.search.SearchResult;

/** What code written against search API 1.0 sees in 1.1 (the package's minor version step). */
class SearchApiCompatibilityTest {

    private static final SearchHit HIT = new SearchHit("1", "Nghị quyết", Instant.EPOCH, 1f, "");

    @Test
    void theOneZeroConstructorStillMeansAnExactTotal() {
        SearchResult r = new SearchResult(3, List.of(HIT));
        assertTrue(r.totalExact());
        assertEquals(SearchResult.exact(3, List.of(HIT)), r);
        SearchResult more = SearchResult.moreThan(1_000, List.of(HIT));
        assertFalse(more.totalExact());
        assertEquals(1_000, more.total());
        assertThrows(IllegalArgumentException.class, () -> new SearchResult(-1, List.of(), true));
    }

    @Test
    void aOneZeroProviderAnswersTheBoundedSearchExactly() {
        FullTextIndex old = new FullTextIndex() {
            @Override
            public void index(String index, Collection<IndexedItem> items) {
            }

            @Override
            public void delete(String index, Collection<String> ids) {
            }

            @Override
            public void clear(String index) {
            }

            @Override
            public SearchResult search(String index, SearchQuery query) {
                return new SearchResult(5_000, List.of(HIT));
            }

            @Override
            public long count(String index) {
                return 5_000;
            }

            @Override
            public void flush(String index) {
            }
        };
        SearchResult r = old.search("documents", SearchQuery.of("nghi quyet", Clearance.MAT, 20), 1_000);
        assertTrue(r.totalExact(), "an exact count is a correct answer to a bounded search");
        assertEquals(5_000, r.total());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> old.search("documents", SearchQuery.of("nghi quyet", Clearance.MAT, 20), -5));
        assertEquals("exactTotalUpTo", e.field());
    }
}
