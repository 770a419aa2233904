package org.partyoffice.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.search.IndexedItem;
import org.partyoffice.platform.api.search.SearchQuery;
import org.partyoffice.platform.api.search.SearchResult;
import org.partyoffice.platform.search.internal.LuceneFullTextIndex;

/**
 * Search latency over {@code items} synthetic Vietnamese items ({@link VietnameseCorpus}), the
 * platform's {@code LuceneFullTextIndex} against a plain Lucene index of the same items
 * ({@link RawLuceneIndex}) in the same JVM. Both indexes are built once into
 * {@code benchmarks/target/search-bench-<items>/} (the build time of each is written there and
 * printed, giving indexing throughput) and reused by every fork; delete the folder to rebuild.
 *
 * <p>Queries are drawn with the corpus's own word frequencies, so common words with hundreds of
 * thousands of matches come up as often as users would type them: {@code one}, {@code two},
 * {@code three} words, and {@code prefix} (a word and a 3-letter prefix with {@code *}). The
 * platform gets them without diacritics (as users type them), the baseline with them (it cannot
 * fold). The platform returns 20 hits with title, date and snippet and applies the clearance
 * filter (reader cleared MAT), once with an exact total ({@code platformSearch}, search API 1.0)
 * and once with the total counted exactly only up to 1,000 ({@code platformSearchBounded}, as the
 * documents module asks since search API 1.1); the baseline returns 20 ids and Lucene's default
 * lower-bound count (also exact up to 1,000).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class SearchBenchmark {

    private static final String INDEX = "documents";
    private static final int BATCH = 1_000;
    private static final int QUERIES = 1_024;
    static final int EXACT_UP_TO = 1_000;

    @Param({"1000000"})
    public int items;

    @Param({"one", "two", "three", "prefix"})
    public String kind;

    private LuceneFullTextIndex platform;
    private RawLuceneIndex raw;
    private final List<String> folded = new ArrayList<>();
    private final List<String> accented = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path folder = Path.of("benchmarks", "target", "search-bench-" + items);
        Path done = folder.resolve("built.txt");
        if (!Files.exists(done)) {
            deleteRecursively(folder);
            Files.createDirectories(folder);
            String report = buildPlatform(folder.resolve("platform")) + "\n" + buildRaw(folder.resolve("raw")) + "\n";
            Files.writeString(done, report, StandardCharsets.UTF_8);
        }
        System.out.print(Files.readString(done, StandardCharsets.UTF_8));
        platform = new LuceneFullTextIndex(folder.resolve("platform"), 1_000, 3_600);
        raw = new RawLuceneIndex(folder.resolve("raw").resolve(INDEX));
        raw.openForSearch();
        makeQueries();
        platform.count(INDEX); // opens the index outside the measurement
    }

    private String buildPlatform(Path root) {
        LuceneFullTextIndex index = new LuceneFullTextIndex(root, 1_000, 3_600);
        long start = System.nanoTime();
        for (int from = 0; from < items; from += BATCH) {
            index.index(INDEX, batch(from));
        }
        index.flush(INDEX);
        long nanos = System.nanoTime() - start;
        long count = index.count(INDEX);
        index.close();
        return rate("platform LuceneFullTextIndex", count, nanos);
    }

    private String buildRaw(Path root) throws IOException {
        try (RawLuceneIndex index = new RawLuceneIndex(root.resolve(INDEX))) {
            long start = System.nanoTime();
            index.startWriting();
            for (int from = 0; from < items; from += BATCH) {
                index.add(batch(from));
            }
            index.finishWriting();
            return rate("raw Lucene StandardAnalyzer", items, System.nanoTime() - start);
        }
    }

    private List<IndexedItem> batch(int from) {
        List<IndexedItem> batch = new ArrayList<>(BATCH);
        for (int i = from; i < Math.min(items, from + BATCH); i++) {
            batch.add(VietnameseCorpus.item(i));
        }
        return batch;
    }

    private static String rate(String what, long count, long nanos) {
        double seconds = nanos / 1e9;
        return String.format("indexed %,d items with %s in %.1f s: %,.0f items/s (one thread, incl. final commit)",
                count, what, seconds, count / seconds);
    }

    private void makeQueries() {
        SplittableRandom random = new SplittableRandom(42);
        for (int q = 0; q < QUERIES; q++) {
            String query = VietnameseCorpus.query(random, kind);
            accented.add(query.toLowerCase(java.util.Locale.ROOT));
            folded.add(VietnameseCorpus.fold(query));
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        platform.close();
        raw.close();
    }

    @Benchmark
    public long platformSearch() {
        String q = folded.get(next++ & (QUERIES - 1));
        SearchResult r = platform.search(INDEX, SearchQuery.of(q, Clearance.MAT, 20));
        return r.total() + r.hits().size();
    }

    /** What the documents module asks: exact up to {@value #EXACT_UP_TO} matches, "more than" beyond. */
    @Benchmark
    public long platformSearchBounded() {
        String q = folded.get(next++ & (QUERIES - 1));
        SearchResult r = platform.search(INDEX, SearchQuery.of(q, Clearance.MAT, 20), EXACT_UP_TO);
        return r.total() + r.hits().size() + (r.totalExact() ? 1 : 0);
    }

    @Benchmark
    public int rawLuceneSearch() throws IOException {
        return raw.search(accented.get(next++ & (QUERIES - 1)), 20);
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
