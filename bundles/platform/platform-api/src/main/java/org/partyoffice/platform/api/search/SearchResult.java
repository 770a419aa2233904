package org.partyoffice.platform.api.search;

import java.util.List;

/** A page of hits and how many items the reader may see match in all. */
public record SearchResult(long total, List<SearchHit> hits) {

    public SearchResult {
        hits = List.copyOf(hits);
    }
}
