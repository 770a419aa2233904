package org.partyoffice.platform.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.apache.lucene.analysis.Analyzer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.search.FullTextIndex;
import org.partyoffice.platform.api.search.IndexedItem;
import org.partyoffice.platform.api.search.SearchQuery;
import org.partyoffice.platform.api.search.SearchResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link FullTextIndex} on Apache Lucene: one folder per index under the configured folder, each
 * opened on first use. A background thread publishes new writes to searches about every second
 * and commits every few seconds; {@link #flush} does both at once, and deactivation commits and
 * closes everything, so a clean stop or an uninstall loses nothing.
 *
 * <p>Immediate: a delayed component would be deactivated whenever its last user lets go, closing
 * and reopening every index (expensive for a million items) and dropping the background refresh.
 */
@Component(service = FullTextIndex.class, configurationPid = "org.partyoffice.platform.search", immediate = true)
@Designate(ocd = LuceneFullTextIndex.Config.class)
public final class LuceneFullTextIndex implements FullTextIndex {

    @ObjectClassDefinition(name = "Party Office full-text index")
    public @interface Config {
        @AttributeDefinition(description = "Folder of the indexes; empty means ${karaf.data}/partyoffice/index")
        String directory() default "";

        @AttributeDefinition(description = "How often new writes become visible to searches, in milliseconds")
        long refreshMillis() default 1000;

        @AttributeDefinition(description = "How often writes are committed to disk, in seconds")
        long commitSeconds() default 30;
    }

    private static final Logger LOG = LoggerFactory.getLogger(LuceneFullTextIndex.class);

    /** Changed only by {@link #modified}, under the write lock. */
    private volatile Path root;
    private final Analyzer analyzer = new FoldingAnalyzer();
    private final QueryTranslator translator = new QueryTranslator(analyzer);
    private final Snippets snippets = new Snippets(analyzer);
    private final Map<String, IndexHandle> open = new ConcurrentHashMap<>();
    private final ScheduledExecutorService background;
    private ScheduledFuture<?> refreshTask;
    private ScheduledFuture<?> commitTask;
    /** Operations share it; {@link #close} takes it alone, so nothing runs on a closing writer. */
    private final ReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private volatile boolean closed;

    @Activate
    public LuceneFullTextIndex(Config config) {
        this(folder(config), config.refreshMillis(), config.commitSeconds());
    }

    private static Path folder(Config config) {
        return config.directory().isBlank()
                ? Paths.get(System.getProperty("karaf.data", "data"), "partyoffice", "index")
                : Paths.get(config.directory());
    }

    public LuceneFullTextIndex(Path root, long refreshMillis, long commitSeconds) {
        this.root = root;
        this.background = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "partyoffice-search-refresh");
            t.setDaemon(true);
            return t;
        });
        schedule(refreshMillis, commitSeconds);
        LOG.info("Full-text indexes in {}", root);
    }

    /**
     * A changed configuration is applied in place rather than by deactivating: a restart would
     * close every index (and reopen a million-item one) and leave callers holding a stopped
     * service. That happened right after installation, when Karaf's file install re-delivered the
     * feature's configuration with its file name added while a first caller already had the service.
     * A new folder closes the open indexes (committing them) and opens the next ones from there.
     */
    @Modified
    void modified(Config config) {
        Path next = folder(config);
        lifecycle.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            if (!next.equals(root)) {
                closeAll();
                root = next;
                LOG.info("Full-text indexes now in {}", root);
            }
            schedule(config.refreshMillis(), config.commitSeconds());
        } finally {
            lifecycle.writeLock().unlock();
        }
    }

    private synchronized void schedule(long refreshMillis, long commitSeconds) {
        if (refreshTask != null) {
            refreshTask.cancel(false);
            commitTask.cancel(false);
        }
        long refresh = Math.max(50, refreshMillis);
        long commit = Math.max(1, commitSeconds);
        refreshTask = background.scheduleWithFixedDelay(() -> eachOpen("refresh", IndexHandle::refresh), refresh, refresh,
                TimeUnit.MILLISECONDS);
        commitTask = background.scheduleWithFixedDelay(() -> eachOpen("commit", IndexHandle::commitIfChanged), commit, commit,
                TimeUnit.SECONDS);
    }

    /** The folder the indexes live in. */
    public Path root() {
        return root;
    }

    @Override
    public void index(String index, Collection<IndexedItem> items) {
        write(index, h -> h.index(items));
    }

    @Override
    public void delete(String index, Collection<String> ids) {
        write(index, h -> h.delete(ids));
    }

    @Override
    public void clear(String index) {
        write(index, h -> h.clear());
    }

    @Override
    public SearchResult search(String index, SearchQuery query) {
        QueryTranslator.Translated translated = translator.translate(query);
        return run(index, h -> h.search(translated, query.offset(), query.limit(), Integer.MAX_VALUE, snippets));
    }

    @Override
    public SearchResult search(String index, SearchQuery query, int exactTotalUpTo) {
        if (exactTotalUpTo < 0) {
            throw new InvalidInputException("exactTotalUpTo", "must not be negative", exactTotalUpTo);
        }
        QueryTranslator.Translated translated = translator.translate(query);
        return run(index, h -> h.search(translated, query.offset(), query.limit(), exactTotalUpTo, snippets));
    }

    @Override
    public long count(String index) {
        return run(index, IndexHandle::count);
    }

    @Override
    public void flush(String index) {
        write(index, h -> h.flush());
    }

    /** Commits and closes every open index; later calls fail with {@link IllegalStateException}. */
    @Deactivate
    public void close() {
        background.shutdown();
        lifecycle.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            closeAll();
            analyzer.close(); // its per-thread token streams
        } finally {
            lifecycle.writeLock().unlock();
        }
        try {
            background.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Commits and closes the open indexes; the caller holds the write lock. */
    private void closeAll() {
        for (IndexHandle h : open.values()) {
            try {
                h.close();
            } catch (IOException | RuntimeException e) {
                LOG.error("Closing search index '{}' failed; its last writes may need a rebuild", h.name(), e);
            }
        }
        open.clear();
    }

    private <T> T run(String index, IndexWork<T> work) {
        String name = IndexNames.check(index);
        lifecycle.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("the full-text index service is stopped");
            }
            return work.on(handle(name));
        } catch (IOException e) {
            throw new UncheckedIOException("search index '" + name + "': " + e.getMessage(), e);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    private IndexHandle handle(String name) {
        return open.computeIfAbsent(name, n -> {
            // Lucene loads its codecs with java.util.ServiceLoader, also from the context class
            // loader: point that at this bundle, so a caller's loader (another bundle, perhaps with
            // Lucene classes of its own) cannot offer codecs of a foreign Lucene.
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(LuceneFullTextIndex.class.getClassLoader());
            try {
                return IndexHandle.open(n, root.resolve(n), analyzer);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open search index '" + n + "' in " + root.resolve(n), e);
            } finally {
                thread.setContextClassLoader(previous);
            }
        });
    }

    private void write(String index, IndexAction action) {
        run(index, h -> {
            action.on(h);
            return null;
        });
    }

    private void eachOpen(String what, IndexAction work) {
        lifecycle.readLock().lock();
        try {
            if (closed) {
                return;
            }
            for (IndexHandle h : open.values()) {
                try {
                    work.on(h);
                } catch (IOException | RuntimeException e) {
                    // Keep the background thread alive: the next round, or a flush, tries again.
                    LOG.warn("Background {} of search index '{}' failed", what, h.name(), e);
                }
            }
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    @FunctionalInterface
    private interface IndexAction {
        void on(IndexHandle handle) throws IOException;
    }

    @FunctionalInterface
    private interface IndexWork<T> {
        T on(IndexHandle handle) throws IOException;
    }
}
