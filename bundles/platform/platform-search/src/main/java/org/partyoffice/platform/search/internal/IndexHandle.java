package org.partyoffice.platform.search.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NIOFSDirectory;
import org.partyoffice.platform.api.search.IndexedItem;
import org.partyoffice.platform.api.search.SearchHit;
import org.partyoffice.platform.api.search.SearchResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open index: its folder, its single {@link IndexWriter} (Lucene allows one per folder) and a
 * near-real-time {@link SearcherManager} over it. All methods are thread-safe, as the writer and
 * the manager are.
 */
final class IndexHandle implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(IndexHandle.class);
    private static final Set<String> HIT_FIELDS = Set.of(Fields.ID, Fields.TITLE, Fields.DATE, Fields.EXCERPT);

    private final String name;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private IndexHandle(String name, Directory directory, IndexWriter writer) throws IOException {
        this.name = name;
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
    }

    /**
     * Opens (or creates) the index in {@code folder}. An index Lucene cannot read is moved aside
     * and started afresh: the modules rebuild it from their tables when they see it empty.
     */
    static IndexHandle open(String name, Path folder, Analyzer analyzer) throws IOException {
        try {
            return openOnce(name, folder, analyzer);
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
            Path aside = folder.resolveSibling(folder.getFileName() + ".unreadable-" + System.currentTimeMillis());
            LOG.warn("Search index '{}' in {} cannot be read ({}); moved to {} and started empty, to be rebuilt",
                    name, folder, e.toString(), aside);
            Files.move(folder, aside);
            return openOnce(name, folder, analyzer);
        }
    }

    private static IndexHandle openOnce(String name, Path folder, Analyzer analyzer) throws IOException {
        Files.createDirectories(folder);
        Directory directory = directory(folder);
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(32)
                    .setCommitOnClose(true);
            return new IndexHandle(name, directory, new IndexWriter(directory, config));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /**
     * Lucene's best directory (memory-mapped) where it works. On Java 19 and later Lucene 9 insists
     * on its Java 19+ mmap classes, which sit in the multi-release part of its jar that this bundle
     * does not embed, and fails with a LinkageError: positional reads then do the job instead,
     * somewhat slower but on any JVM.
     */
    private static Directory directory(Path folder) throws IOException {
        try {
            return FSDirectory.open(folder);
        } catch (LinkageError e) {
            LOG.debug("Memory-mapped index files unavailable on Java {} ({}); using NIOFSDirectory",
                    Runtime.version().feature(), e.toString());
            return new NIOFSDirectory(folder);
        }
    }

    String name() {
        return name;
    }

    void index(Collection<IndexedItem> items) throws IOException {
        for (IndexedItem item : items) {
            writer.updateDocument(Fields.idTerm(item.id()), Fields.document(item));
        }
    }

    void delete(Collection<String> ids) throws IOException {
        List<Term> terms = new ArrayList<>(ids.size());
        for (String id : ids) {
            terms.add(Fields.idTerm(id));
        }
        writer.deleteDocuments(terms.toArray(new Term[0]));
    }

    void clear() throws IOException {
        writer.deleteAll();
    }

    /** Exact count of live items, after making every write so far visible. */
    long count() throws IOException {
        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The page {@code offset..offset+limit} and the total: exact when {@code exactUpTo} is
     * {@link Integer#MAX_VALUE}, otherwise exact up to {@code max(exactUpTo, offset + limit)}
     * matches and "more than that" beyond.
     */
    SearchResult search(QueryTranslator.Translated query, int offset, int limit, int exactUpTo, Snippets snippets)
            throws IOException {
        if (query.query() == null) {
            return SearchResult.exact(0, List.of());
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            int wanted = (int) Math.min(Integer.MAX_VALUE - 1L, (long) offset + limit);
            SearchResult counted;
            TopDocs top;
            if (exactUpTo == Integer.MAX_VALUE) {
                top = searcher.search(query.query(), wanted);
                // Lucene counts exactly only up to a threshold (1000); past it, count exactly, which
                // is cheaper than scoring every match but still visits every one of them.
                long total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO
                        ? top.totalHits.value : searcher.count(query.query());
                counted = SearchResult.exact(total, List.of());
            } else {
                int threshold = Math.max(exactUpTo, wanted);
                // Past the threshold the collector may skip blocks of matches that cannot make the
                // page (block-max WAND), which is where the time of a common-word query went.
                top = searcher.search(query.query(), new TopScoreDocCollectorManager(wanted, null, threshold));
                counted = top.totalHits.relation == TotalHits.Relation.EQUAL_TO
                        ? SearchResult.exact(top.totalHits.value, List.of())
                        // "at least value" from Lucene; report the bound the caller asked for.
                        : SearchResult.moreThan(Math.min(threshold, top.totalHits.value - 1), List.of());
            }
            StoredFields stored = searcher.storedFields();
            List<SearchHit> hits = new ArrayList<>();
            for (int i = offset; i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                Document doc = stored.document(sd.doc, HIT_FIELDS);
                Number date = doc.getField(Fields.DATE) == null ? null : doc.getField(Fields.DATE).numericValue();
                hits.add(new SearchHit(doc.get(Fields.ID), doc.get(Fields.TITLE),
                        date == null ? null : Instant.ofEpochMilli(date.longValue()), sd.score,
                        snippets.snippet(doc.get(Fields.EXCERPT), query)));
            }
            return new SearchResult(counted.total(), hits, counted.totalExact());
        } finally {
            searchers.release(searcher);
        }
    }

    /** Publishes writes made since the last refresh to new searches, unless another refresh runs. */
    void refresh() throws IOException {
        searchers.maybeRefresh();
    }

    /** Commits if anything changed since the last commit (cheap otherwise). */
    void commitIfChanged() throws IOException {
        if (writer.hasUncommittedChanges()) {
            writer.commit();
        }
    }

    /** Durable and visible. */
    void flush() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
        } finally {
            try {
                writer.close(); // commits: setCommitOnClose(true)
            } finally {
                directory.close();
            }
        }
    }
}
