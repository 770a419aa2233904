package org.partyoffice.documents.impl.internal;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.partyoffice.documents.api.Document;
import org.partyoffice.platform.api.Transactions;
import org.partyoffice.platform.api.search.FullTextIndex;
import org.partyoffice.platform.api.search.IndexedItem;
import org.partyoffice.platform.api.search.TextExtraction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the {@code documents} full-text index in step with the tables, when the platform's
 * search service is installed. Items are written after the change committed; when the index is
 * missing or holds a different number of items than the table (a new install of the search
 * feature, a deleted index folder), it is rebuilt from the tables in the background.
 *
 * <p>Who may find an item is indexed with it: its classification, and one filter per unit that
 * can see it ({@code in.<unitId>} for the issuing unit, its ancestors, and the recipient units and
 * theirs), so a reader's scope is a single filter on the committee they serve.
 */
@Component(service = DocumentIndex.class)
public final class DocumentIndex {

    static final String INDEX = "documents";
    static final int TEXT_LIMIT = 200_000;
    private static final int BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(DocumentIndex.class);

    private final Transactions tx;
    private final Access access;
    private final DocumentStore store = new DocumentStore();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "partyoffice-documents-index");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean active = true;

    private volatile TextExtraction extraction;

    private volatile FullTextIndex index;

    @Activate
    public DocumentIndex(@Reference Transactions tx, @Reference Access access, @Reference DocumentsSchema schema) {
        this.tx = tx;
        this.access = access;
    }

    @Deactivate
    void deactivate() {
        active = false;
        background.shutdownNow();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindIndex(FullTextIndex i) {
        index = i;
        if (active) {
            reconcileLater();
        }
    }

    void unbindIndex(FullTextIndex i) {
        if (index == i) {
            index = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindExtraction(TextExtraction e) {
        extraction = e;
    }

    void unbindExtraction(TextExtraction e) {
        if (extraction == e) {
            extraction = null;
        }
    }

    /** The search service, or {@code null} while it is not installed. */
    FullTextIndex index() {
        return index;
    }

    /** Plain text of an attachment for the index; empty when no extractor is installed or it cannot read it. */
    String extract(byte[] content, String mediaType) {
        TextExtraction e = extraction;
        if (e == null || !e.supports(mediaType)) {
            return "";
        }
        return e.extract(new ByteArrayInputStream(content), mediaType, TEXT_LIMIT);
    }

    /** Re-indexes these documents (after their change committed); a failure is logged, the next rebuild repairs it. */
    void update(long... ids) {
        FullTextIndex i = index;
        if (i == null || ids.length == 0) {
            return;
        }
        try {
            List<IndexedItem> items = tx.required(c -> {
                List<IndexedItem> result = new ArrayList<>();
                for (long id : ids) {
                    var d = store.load(c, id);
                    if (d.isPresent()) {
                        result.add(item(c, d.get(), access.units(d.get().unitId())));
                    }
                }
                return result;
            });
            i.index(INDEX, items);
        } catch (RuntimeException e) {
            LOG.warn("Could not index documents {}; the next rebuild will: {}", ids, e.toString());
        }
    }

    /** Rebuilds the index in the background when its item count differs from the table's (one at a time). */
    void reconcileLater() {
        try {
            background.execute(() -> {
                try {
                    reconcile();
                } catch (RuntimeException e) {
                    LOG.warn("Rebuilding the documents index failed: {}", e.toString(), e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("Deactivated; no rebuild");
        }
    }

    /** Synchronous rebuild check; returns the number of items written (0 when the index was in step). */
    long reconcile() {
        FullTextIndex i = index;
        if (i == null) {
            return 0;
        }
        long rows = tx.required(store::count);
        if (i.count(INDEX) == rows) {
            return 0;
        }
        LOG.info("Rebuilding the documents search index ({} documents)", rows);
        i.clear(INDEX);
        UnitGraph ancestry = access.units(null);
        long after = 0;
        long written = 0;
        while (active || written == 0) {
            long from = after;
            List<IndexedItem> items = new ArrayList<>();
            long last = tx.required(c -> {
                long max = from;
                for (Document d : store.batchAfter(c, from, BATCH)) {
                    items.add(item(c, d, ancestry));
                    max = d.id();
                }
                return max;
            });
            if (items.isEmpty()) {
                break;
            }
            i.index(INDEX, items);
            written += items.size();
            after = last;
        }
        i.flush(INDEX);
        LOG.info("Indexed {} documents", written);
        return written;
    }

    private IndexedItem item(Connection c, Document d, UnitGraph ancestry) throws SQLException {
        Map<String, String> filters = new HashMap<>();
        filters.put("type", d.type());
        filters.put("status", d.status().name());
        filters.put("unit", Long.toString(d.unitId()));
        Set<Long> seers = new HashSet<>(ancestry.seers(d.unitId()));
        for (long recipient : recipients(c, d.id())) {
            seers.addAll(ancestry.seers(recipient));
        }
        for (long unit : seers) {
            filters.put(scopeFilter(unit), "y");
        }
        String symbol = d.symbol() == null ? "" : d.symbol();
        String title = (symbol.isEmpty() ? "" : symbol + " ") + d.title();
        String text = String.join("\n", typeName(c, d.type()), symbol, d.title(), latestText(c, d.id()));
        return new IndexedItem(Long.toString(d.id()), d.classification(), title, text,
                d.promulgatedOn() != null ? d.promulgatedOn().atStartOfDay(ZoneOffset.UTC).toInstant() : d.createdAt(),
                filters);
    }

    /** The filter that limits a search to what the units under {@code unit} may see. */
    static String scopeFilter(long unit) {
        return "in." + unit;
    }

    private static List<Long> recipients(Connection c, long id) throws SQLException {
        List<Long> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT UNIT_ID FROM DOCUMENTS.INCOMING WHERE SOURCE_DOCUMENT_ID = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(rs.getLong(1));
                }
            }
        }
        return result;
    }

    private static String typeName(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT NAME FROM DOCUMENTS.TYPES WHERE CODE = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : code;
            }
        }
    }

    private static String latestText(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT EXTRACTED_TEXT FROM DOCUMENTS.VERSIONS WHERE DOCUMENT_ID = ? "
                + "AND EXTRACTED_TEXT IS NOT NULL ORDER BY VERSION_NO DESC FETCH FIRST 1 ROWS ONLY")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        }
    }
}
