package org.partyoffice.archives.impl.internal;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.partyoffice.archives.api.Dossier;
import org.partyoffice.archives.api.Item;
import org.partyoffice.archives.api.StoredFile;
import org.partyoffice.platform.api.Transactions;
import org.partyoffice.platform.api.search.FullTextIndex;
import org.partyoffice.platform.api.search.IndexedItem;
import org.partyoffice.platform.api.search.TextExtraction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the {@code archives} full-text index in step with the items, when the platform's search
 * service is installed: each item is indexed with its dossier's code and title and the text of its
 * files, its classification, and one {@code in.<unitId>} filter per unit whose readers may see it,
 * so a reader's scope is one filter. A missing or stale index is rebuilt in the background.
 */
@Component(service = ArchiveIndex.class)
public final class ArchiveIndex {

    static final String INDEX = "archives";
    private static final int TEXT_LIMIT = 200_000;
    private static final int BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(ArchiveIndex.class);

    private final Transactions tx;
    private final ArchiveAccess access;
    private final ArchiveFiles files;
    private final Holdings holdings = new Holdings();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "partyoffice-archives-index");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean active = true;
    private volatile FullTextIndex index;
    private volatile TextExtraction extraction;

    @Activate
    public ArchiveIndex(@Reference Transactions tx, @Reference ArchiveAccess access, @Reference ArchiveFiles files,
                        @Reference ArchivesSchema schema) {
        this.tx = tx;
        this.access = access;
        this.files = files;
    }

    @Deactivate
    public void deactivate() {
        active = false;
        background.shutdownNow();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void bindIndex(FullTextIndex i) {
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

    /** Waits until the background rebuild (if one was started) has finished; for tests and benchmarks. */
    public void awaitBackground() {
        try {
            background.submit(() -> null).get();
        } catch (java.util.concurrent.ExecutionException | RejectedExecutionException e) {
            LOG.debug("No background rebuild to wait for: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    FullTextIndex index() {
        return index;
    }

    static String scopeFilter(long unitId) {
        return "in." + unitId;
    }

    /** Indexes these items (after their change committed); a failure is logged and repaired by the next rebuild. */
    void update(Collection<Long> itemIds) {
        FullTextIndex i = index;
        if (i == null || itemIds.isEmpty()) {
            return;
        }
        try {
            List<IndexedItem> items = tx.required(c -> {
                List<IndexedItem> result = new ArrayList<>();
                Lookups lookups = new Lookups();
                for (long id : itemIds) {
                    Optional<Item> item = holdings.item(c, id);
                    if (item.isPresent()) {
                        result.add(indexed(c, item.get(), lookups));
                    }
                }
                return result;
            });
            i.index(INDEX, items);
        } catch (RuntimeException e) {
            LOG.warn("Could not index archive items {}; the next rebuild will: {}", itemIds, e.toString());
        }
    }

    /** Re-indexes every item of a dossier (its classification, code or unit changed). */
    void updateDossier(long dossierId) {
        if (index != null) {
            update(tx.required(c -> holdings.items(c, dossierId).stream().map(Item::id).toList()));
        }
    }

    /** Re-indexes every item held by a unit (after a merge carried holdings to it: who may see them changed). */
    void updateUnit(long unitId) {
        if (index != null) {
            update(tx.required(c -> Db.list(c, "SELECT I.ID FROM ARCHIVES.ITEMS I JOIN ARCHIVES.DOSSIERS D ON D.ID = I.DOSSIER_ID "
                    + "WHERE D.UNIT_ID = ?", rs -> rs.getLong(1), unitId)));
        }
    }

    void remove(Collection<Long> itemIds) {
        FullTextIndex i = index;
        if (i != null && !itemIds.isEmpty()) {
            i.delete(INDEX, itemIds.stream().map(String::valueOf).toList());
        }
    }

    void reconcileLater() {
        try {
            background.execute(() -> {
                try {
                    reconcile();
                } catch (RuntimeException e) {
                    LOG.warn("Rebuilding the archives index failed: {}", e.toString(), e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("Deactivated; no rebuild");
        }
    }

    /** Rebuilds when the index holds a different number of items than the table; returns the items written. */
    long reconcile() {
        FullTextIndex i = index;
        if (i == null) {
            return 0;
        }
        long rows = tx.required(holdings::countItems);
        if (i.count(INDEX) == rows) {
            return 0;
        }
        LOG.info("Rebuilding the archives search index ({} items)", rows);
        i.clear(INDEX);
        long after = 0;
        long written = 0;
        Lookups lookups = new Lookups();
        while (active) {
            long from = after;
            List<Item> batch = tx.required(c -> holdings.itemsAfter(c, from, BATCH));
            if (batch.isEmpty()) {
                break;
            }
            List<IndexedItem> items = tx.required(c -> {
                List<IndexedItem> result = new ArrayList<>();
                for (Item item : batch) {
                    result.add(indexed(c, item, lookups));
                }
                return result;
            });
            i.index(INDEX, items);
            written += items.size();
            after = batch.get(batch.size() - 1).id();
        }
        i.flush(INDEX);
        LOG.info("Indexed {} archive items", written);
        return written;
    }

    /**
     * Dossiers and the units that see them, read once per update or rebuild rather than once per
     * item (a rebuild of a million items in ten thousand dossiers read each dossier a hundred times).
     * Lives no longer than the one rebuild or update, so it never serves a stale dossier to a later one.
     */
    private final class Lookups {
        private static final int MAX_DOSSIERS = 10_000;
        private final Map<Long, Dossier> dossiers = new HashMap<>();
        private final Map<Long, List<Long>> seers = new HashMap<>();

        Dossier dossier(Connection c, long id) throws SQLException {
            Dossier d = dossiers.get(id);
            if (d == null) {
                if (dossiers.size() >= MAX_DOSSIERS) {
                    dossiers.clear();
                }
                d = holdings.dossier(c, id).orElseThrow();
                dossiers.put(id, d);
            }
            return d;
        }

        List<Long> seers(long unitId) {
            return seers.computeIfAbsent(unitId, access::seers);
        }
    }

    private IndexedItem indexed(Connection c, Item item, Lookups lookups) throws SQLException {
        Dossier d = lookups.dossier(c, item.dossierId());
        Map<String, String> filters = new HashMap<>();
        filters.put("dossier", Long.toString(d.id()));
        filters.put("fonds", Long.toString(d.fondsId()));
        for (long unit : lookups.seers(d.unitId())) {
            filters.put(scopeFilter(unit), "y");
        }
        StringBuilder text = new StringBuilder(d.code()).append('\n').append(d.title()).append('\n');
        for (StoredFile f : item.files()) {
            text.append(f.name()).append('\n').append(extract(f)).append('\n');
        }
        // a dossier is as classified as its most classified item, so an item is found no more widely than its dossier
        var classification = d.classification().ordinal() > item.classification().ordinal() ? d.classification()
                : item.classification();
        Instant date = item.date() == null ? null : item.date().atStartOfDay().toInstant(ZoneOffset.UTC);
        return new IndexedItem(Long.toString(item.id()), classification, item.title(), text.toString(), date, filters);
    }

    private String extract(StoredFile f) {
        TextExtraction e = extraction;
        if (e == null || !e.supports(f.mediaType())) {
            return "";
        }
        Optional<InputStream> in = files.area().open(f.sha256());
        if (in.isEmpty()) {
            return "";
        }
        try (InputStream content = in.get()) {
            return e.extract(content, f.mediaType(), TEXT_LIMIT);
        } catch (java.io.IOException ex) {
            return "";
        }
    }
}
