package org.partyoffice.platform.api.search;

import java.util.Collection;

import org.osgi.annotation.versioning.ProviderType;
import org.partyoffice.platform.api.InvalidInputException;

/**
 * Named full-text indexes (one per module, e.g. {@code documents}) kept under the platform's data
 * folder. Writes are visible to searches within about a second and durable once
 * {@link #flush} returns or the index is closed; a module rebuilds from its own tables, so a lost
 * index loses nothing.
 */
@ProviderType
public interface FullTextIndex {

    /** Adds or replaces items by their {@link IndexedItem#id() id}. */
    void index(String index, Collection<IndexedItem> items);

    /** Removes the items with these ids; unknown ids are ignored. */
    void delete(String index, Collection<String> ids);

    /** Removes every item of the index (before a rebuild). */
    void clear(String index);

    /**
     * Items matching {@code query}, best first. Items classified above {@link SearchQuery#clearance()}
     * are never matched, counted or returned.
     */
    SearchResult search(String index, SearchQuery query);

    /**
     * As {@link #search(String, SearchQuery)}, but the total is counted exactly only up to
     * {@code exactTotalUpTo} matches (or up to the end of the requested page, if that is further):
     * beyond it the result says {@linkplain SearchResult#totalExact() more than} that many match.
     * Counting every match of common words in a large index costs far more than finding the best
     * page; a page that shows "more than 1,000" does not need it. Hits and the (bounded) total are
     * filtered by clearance and {@link SearchQuery#filters()} exactly as in the exact search.
     *
     * <p>The default counts exactly (a correct, if slower, answer), so providers written against
     * 1.0 stay valid.
     *
     * @param exactTotalUpTo how many matches to count exactly at most; not negative
     * @since 1.1
     */
    default SearchResult search(String index, SearchQuery query, int exactTotalUpTo) {
        if (exactTotalUpTo < 0) {
            throw new InvalidInputException("exactTotalUpTo", "must not be negative", exactTotalUpTo);
        }
        return search(index, query);
    }

    /** How many items the index holds, of every classification (to see whether it is behind). */
    long count(String index);

    /** Makes every write so far durable and visible. */
    void flush(String index);
}
