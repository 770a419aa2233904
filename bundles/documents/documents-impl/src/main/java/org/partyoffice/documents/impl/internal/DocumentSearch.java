package org.partyoffice.documents.impl.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.partyoffice.documents.api.Document;
import org.partyoffice.documents.api.SearchHit;
import org.partyoffice.documents.api.SearchPage;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.Transactions;
import org.partyoffice.platform.api.search.FullTextIndex;
import org.partyoffice.platform.api.search.SearchQuery;
import org.partyoffice.platform.api.search.SearchResult;

/**
 * Full-text search over the index, with the reader's clearance and scope applied inside the
 * index (so totals are right), and every hit re-read from the table under the same scope (so a
 * stale index never shows what the table would not). The total is exact up to a bound and "more
 * than the bound" past it: counting every match of a common word is what made two- and three-word
 * queries slow at a million documents, and a page only says "more than 1,000" anyway. Without the
 * search service, a symbol or a phrase of the summary is looked up in the table instead (exact).
 */
final class DocumentSearch {

    static final int DEFAULT_EXACT_TOTAL_UP_TO = 1_000;

    private final Transactions tx;
    private final DocumentIndex index;
    private final DocumentStore store;
    private final Access access;
    private final int exactTotalUpTo;

    DocumentSearch(Transactions tx, DocumentIndex index, DocumentStore store, Access access, int exactTotalUpTo) {
        this.tx = tx;
        this.index = index;
        this.store = store;
        this.access = access;
        this.exactTotalUpTo = exactTotalUpTo;
    }

    SearchPage search(String text, int offset, int limit, Consumer<List<Document>> audit) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("q", "must not be empty");
        }
        if (offset < 0) {
            throw new InvalidInputException("offset", "must not be negative", offset);
        }
        Scope scope = access.scope();
        FullTextIndex i = index.index();
        if (i == null) {
            return fallback(text.strip(), offset, limit, scope, audit);
        }
        Map<String, String> filters = new HashMap<>();
        if (!scope.allUnits()) {
            filters.put(DocumentIndex.scopeFilter(scope.committee()), "y");
        }
        SearchResult result = i.search(DocumentIndex.INDEX, new SearchQuery(text, scope.clearance(), filters, offset, limit),
                exactTotalUpTo);
        List<Long> ids = result.hits().stream().map(h -> Long.parseLong(h.id())).toList();
        Map<Long, Document> docs = new HashMap<>();
        tx.required(c -> {
            for (Document d : store.visibleAmong(c, ids, scope)) {
                docs.put(d.id(), d);
            }
            return null;
        });
        List<SearchHit> hits = new ArrayList<>();
        for (var h : result.hits()) {
            Document d = docs.get(Long.parseLong(h.id()));
            if (d != null) {
                hits.add(new SearchHit(d, h.score(), h.snippet()));
            }
        }
        audit.accept(hits.stream().map(SearchHit::document).toList());
        return new SearchPage(result.total(), hits, result.totalExact());
    }

    /** Without an index: the document with this symbol, else summaries containing the text (case-insensitive). */
    private SearchPage fallback(String text, int offset, int limit, Scope scope, Consumer<List<Document>> audit) {
        if (limit < 1 || limit > SearchQuery.MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be between 1 and " + SearchQuery.MAX_LIMIT, limit);
        }
        long[] total = new long[1];
        List<Document> found = tx.required(c -> store.titleContains(c, text, scope, offset, limit, total));
        audit.accept(found);
        return new SearchPage(total[0], found.stream().map(d -> new SearchHit(d, 1f, d.title())).toList(), true);
    }
}
