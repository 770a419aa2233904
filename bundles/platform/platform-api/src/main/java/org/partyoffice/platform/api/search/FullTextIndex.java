package org.partyoffice.platform.api.search;

import java.util.Collection;

import org.osgi.annotation.versioning.ProviderType;

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

    /** How many items the index holds, of every classification (to see whether it is behind). */
    long count(String index);

    /** Makes every write so far durable and visible. */
    void flush(String index);
}
