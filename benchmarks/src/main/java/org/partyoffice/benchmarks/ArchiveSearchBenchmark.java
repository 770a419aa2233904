package org.partyoffice.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.apache.derby.jdbc.EmbeddedDataSource;
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
import org.partyoffice.archives.api.ArchiveSearchResult;
import org.partyoffice.archives.impl.internal.ArchiveAccess;
import org.partyoffice.archives.impl.internal.ArchiveFiles;
import org.partyoffice.archives.impl.internal.ArchiveIndex;
import org.partyoffice.archives.impl.internal.ArchivesSchema;
import org.partyoffice.archives.impl.internal.JdbcArchiveService;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.NewUnit;
import org.partyoffice.platform.api.Unit;
import org.partyoffice.platform.api.UnitType;
import org.partyoffice.platform.api.search.IndexedItem;
import org.partyoffice.platform.core.internal.Events;
import org.partyoffice.platform.core.internal.FileContentStore;
import org.partyoffice.platform.core.internal.JdbcAuditTrail;
import org.partyoffice.platform.core.internal.JdbcOrganisationService;
import org.partyoffice.platform.core.internal.JdbcTransactions;
import org.partyoffice.platform.core.internal.MigrationRunner;
import org.partyoffice.platform.core.internal.PlatformDatabase;
import org.partyoffice.platform.core.internal.ThreadCurrentUser;
import org.partyoffice.platform.search.internal.LuceneFullTextIndex;

/**
 * Archive search at {@code items} items: {@code ArchiveService.search} as a reader would call it
 * (the province office's archivist, cleared Mật: scope filter, clearance, bounded total, the hits'
 * items and dossiers read back from the archive's tables and re-checked, every classified dossier
 * shown audited) against a plain Lucene index of the same text ({@link RawLuceneIndex}) in the same
 * JVM.
 *
 * <p>The fixture, built once into {@code benchmarks/target/archive-search-<items>/} and reused by
 * every fork (delete the folder to rebuild): a province with its office and 60 communes, a fonds
 * each, 10,000 dossiers of 100 items (dossier and item titles from {@link VietnameseCorpus}: real
 * Vietnamese syllables with diacritics, Zipf-like). Classification is per dossier (85 % unclassified,
 * 10 % Mật, 4 % Tối mật, 1 % Tuyệt mật; its items share it), as intake files classified records in
 * dossiers of their own. Rows go into the archive's own tables by JDBC batches (a million durable
 * {@code addItem} transactions would take hours and measure ingest, not search); the index is then
 * built by the archive's own path: {@code ArchiveIndex} binding the platform's
 * {@code LuceneFullTextIndex}, which finds it empty and rebuilds it from the tables (dossier code
 * and title, item title, the scope filters {@code in.<unit>}, classification), as on activation.
 * The items are scans without a text layer, so the indexed text is the metadata.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class ArchiveSearchBenchmark {

    static final String READER = "luu.tru";
    /** A reader with no clearance: sees no classified dossier, so a search writes no audit entry. */
    static final String UNCLEARED = "xem";
    /** The archive's index name (ArchiveIndex.INDEX). */
    private static final String INDEX = "archives";
    private static final int PER_DOSSIER = 100;
    private static final int COMMUNES = 60;
    private static final int QUERIES = 1_024;
    private static final int BATCH = 1_000;

    @Param({"1000000"})
    public int items;

    @Param({"one", "two", "three", "prefix"})
    public String kind;

    private EmbeddedDataSource derby;
    private com.zaxxer.hikari.HikariDataSource pool;
    private ThreadCurrentUser user;
    private LuceneFullTextIndex lucene;
    private ArchiveIndex archiveIndex;
    private JdbcArchiveService archive;
    private RawLuceneIndex raw;
    private final List<String> folded = new ArrayList<>();
    private final List<String> accented = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Path folder = Path.of("benchmarks", "target", "archive-search-" + items);
        Path done = folder.resolve("built.txt");
        boolean build = !Files.exists(done);
        if (build) {
            deleteRecursively(folder);
            Files.createDirectories(folder);
        }
        derby = new EmbeddedDataSource();
        derby.setDatabaseName(folder.resolve("derby").toString());
        derby.setCreateDatabase("create");
        com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
        config.setDataSource(derby);
        config.setMaximumPoolSize(16);
        pool = new com.zaxxer.hikari.HikariDataSource(config);
        JdbcTransactions tx = new JdbcTransactions(pool);
        MigrationRunner migrations = new MigrationRunner(tx);
        migrations.migrate("PLATFORM", PlatformDatabase.class, "db/platform");
        user = new ThreadCurrentUser(tx);
        JdbcAuditTrail audit = new JdbcAuditTrail(tx, user);
        JdbcOrganisationService organisation = new JdbcOrganisationService(tx, audit, user, new Events());
        ArchivesSchema schema = new ArchivesSchema(migrations);
        ArchiveAccess access = new ArchiveAccess(user, organisation, audit);
        ArchiveFiles files = new ArchiveFiles(new FileContentStore(folder.resolve("files")));
        archiveIndex = new ArchiveIndex(tx, access, files, schema);
        archive = new JdbcArchiveService(tx, access, files, archiveIndex, schema);
        String report = "";
        if (build) {
            long t0 = System.nanoTime();
            load(organisation);
            report += rate("rows into the archive's tables (JDBC batches)", items, System.nanoTime() - t0) + "\n";
        }
        lucene = new LuceneFullTextIndex(folder.resolve("index"), 1_000, 3_600);
        long t1 = System.nanoTime();
        archiveIndex.bindIndex(lucene); // finds the index empty (or complete) and rebuilds it in the background
        archiveIndex.awaitBackground();
        lucene.flush(INDEX);
        if (build) {
            report += rate("ArchiveIndex rebuild into LuceneFullTextIndex", lucene.count(INDEX),
                    System.nanoTime() - t1) + "\n";
            long t2 = System.nanoTime();
            buildRaw(folder.resolve("raw"));
            report += rate("raw Lucene StandardAnalyzer", items, System.nanoTime() - t2) + "\n";
            Files.writeString(done, report, StandardCharsets.UTF_8);
        }
        addUnclearedReader();
        System.out.print(Files.readString(done, StandardCharsets.UTF_8));
        System.out.println("index holds " + lucene.count(INDEX) + " items; " + ArchivesBenchmark.load());
        raw = new RawLuceneIndex(folder.resolve("raw"));
        raw.openForSearch();
        makeQueries();
    }

    /** Units, accounts, fonds, dossiers and items, by JDBC batches into the archive's tables. */
    private void load(JdbcOrganisationService organisation) throws Exception {
        DerbyFixture.seedAdmin(pool);
        List<Unit> units = new ArrayList<>();
        Unit province = user.callAs("admin", () -> organisation.create(new NewUnit("000.00.00.H37", "Tỉnh ủy Lào Cai",
                UnitType.PROVINCE, null, LocalDate.of(2025, 1, 1))));
        Unit office = user.callAs("admin", () -> organisation.create(new NewUnit("000.01.00.H37", "Văn phòng Tỉnh ủy",
                UnitType.DEPARTMENT, province.id(), LocalDate.of(2025, 1, 1))));
        units.add(province);
        for (int k = 1; k <= COMMUNES; k++) {
            int n = k;
            units.add(user.callAs("admin", () -> organisation.create(new NewUnit(String.format("000.10.%02d.H37", n),
                    "Đảng ủy xã " + VietnameseCorpus.SYLLABLES[n % VietnameseCorpus.SYLLABLES.length] + " " + n,
                    UnitType.COMMUNE, province.id(), LocalDate.of(2025, 1, 1)))));
        }
        try (Connection c = pool.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO PLATFORM.ACCOUNTS (LOGIN, FULL_NAME, PASSWORD_HASH, ROLES, "
                    + "CLEARANCE, UNIT_ID, ENABLED, CREATED_AT) VALUES (?, 'Trần Thị Lưu Trữ', 'not-a-login', 'archivist', 'MAT', ?, "
                    + "TRUE, 0)")) {
                ps.setString(1, READER);
                ps.setLong(2, office.id());
                ps.executeUpdate();
            }
            c.setAutoCommit(false);
            long[] fonds = new long[units.size()];
            for (int u = 0; u < units.size(); u++) {
                fonds[u] = insertFonds(c, units.get(u));
            }
            int dossiers = (items + PER_DOSSIER - 1) / PER_DOSSIER;
            long[] dossierIds = new long[dossiers];
            Clearance[] levels = new Clearance[dossiers];
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO ARCHIVES.DOSSIERS (FONDS_ID, CODE, TITLE, UNIT_ID, "
                    + "RETENTION, CLASSIFICATION, STATUS, ITEM_COUNT, CREATED_AT) VALUES (?, ?, ?, ?, 'VV', ?, 'CLOSED', ?, 0)",
                    new String[] {"ID"})) {
                for (int d = 0; d < dossiers; d++) {
                    SplittableRandom random = new SplittableRandom(0xD05512L * 31 + d);
                    // a third at the province, the rest spread over the communes
                    int u = d % 3 == 0 ? 0 : 1 + d % COMMUNES;
                    int level = random.nextInt(100);
                    levels[d] = level < 85 ? Clearance.UNCLASSIFIED : level < 95 ? Clearance.MAT
                            : level < 99 ? Clearance.TOI_MAT : Clearance.TUYET_MAT;
                    ps.setLong(1, fonds[u]);
                    ps.setString(2, String.format("HS-%d-%05d", 2015 + d % 11, d));
                    ps.setString(3, "Hồ sơ " + VietnameseCorpus.item(items + d).title());
                    ps.setLong(4, units.get(u).id());
                    ps.setString(5, levels[d].name());
                    ps.setInt(6, Math.min(PER_DOSSIER, items - d * PER_DOSSIER));
                    ps.executeUpdate();
                    try (var keys = ps.getGeneratedKeys()) {
                        keys.next();
                        dossierIds[d] = keys.getLong(1);
                    }
                }
            }
            c.commit();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO ARCHIVES.ITEMS (DOSSIER_ID, TITLE, ITEM_DATE, SOURCE, "
                    + "CLASSIFICATION, CREATED_AT) VALUES (?, ?, ?, 'digitisation', ?, 0)")) {
                for (int i = 0; i < items; i++) {
                    IndexedItem text = VietnameseCorpus.item(i);
                    int d = i / PER_DOSSIER;
                    ps.setLong(1, dossierIds[d]);
                    ps.setString(2, text.title());
                    ps.setDate(3, java.sql.Date.valueOf(LocalDate.of(2015, 1, 1).plusDays(i / 300)));
                    ps.setString(4, levels[d].name());
                    ps.addBatch();
                    if (i % BATCH == BATCH - 1) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            }
        }
    }

    /** The office's viewer, cleared for nothing classified (added to fixtures built before it existed). */
    private void addUnclearedReader() throws SQLException {
        try (Connection c = pool.getConnection();
             PreparedStatement find = c.prepareStatement("SELECT COUNT(*) FROM PLATFORM.ACCOUNTS WHERE LOGIN = ?")) {
            find.setString(1, UNCLEARED);
            try (var rs = find.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO PLATFORM.ACCOUNTS (LOGIN, FULL_NAME, PASSWORD_HASH, ROLES, "
                    + "CLEARANCE, UNIT_ID, ENABLED, CREATED_AT) SELECT ?, 'Đỗ Quan Sát', 'not-a-login', 'viewer', 'UNCLASSIFIED', "
                    + "UNIT_ID, TRUE, 0 FROM PLATFORM.ACCOUNTS WHERE LOGIN = ?")) {
                ps.setString(1, UNCLEARED);
                ps.setString(2, READER);
                ps.executeUpdate();
            }
        }
    }

    private static long insertFonds(Connection c, Unit unit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ARCHIVES.FONDS (CODE, NAME, UNIT_ID, ORIGINAL_UNIT_ID, CREATED_AT) "
                + "VALUES (?, ?, ?, ?, 0)", new String[] {"ID"})) {
            ps.setString(1, unit.code());
            ps.setString(2, "Phông " + unit.name());
            ps.setLong(3, unit.id());
            ps.setLong(4, unit.id());
            ps.executeUpdate();
            try (var keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The same text the archive indexes (dossier code and title, item title), read back from the tables. */
    private void buildRaw(Path root) throws Exception {
        try (RawLuceneIndex index = new RawLuceneIndex(root); Connection c = pool.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT I.ID, I.TITLE, D.CODE, D.TITLE FROM ARCHIVES.ITEMS I "
                     + "JOIN ARCHIVES.DOSSIERS D ON D.ID = I.DOSSIER_ID ORDER BY I.ID");
             var rs = ps.executeQuery()) {
            index.startWriting();
            List<IndexedItem> batch = new ArrayList<>(BATCH);
            while (rs.next()) {
                batch.add(new IndexedItem(Long.toString(rs.getLong(1)), Clearance.UNCLASSIFIED, rs.getString(2),
                        rs.getString(3) + "\n" + rs.getString(4), null, Map.of()));
                if (batch.size() == BATCH) {
                    index.add(batch);
                    batch.clear();
                }
            }
            index.add(batch);
            index.finishWriting();
        }
    }

    private static String rate(String what, long count, long nanos) {
        double seconds = nanos / 1e9;
        return String.format("%,d items: %s in %.1f s (%,.0f items/s)", count, what, seconds, count / seconds);
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
    public void tearDown() throws Exception {
        archiveIndex.deactivate();
        lucene.close();
        raw.close();
        pool.close();
        EmbeddedDataSource shutdown = new EmbeddedDataSource();
        shutdown.setDatabaseName(derby.getDatabaseName());
        shutdown.setShutdownDatabase("shutdown");
        try {
            shutdown.getConnection().close();
        } catch (SQLException expected) {
            // Derby reports a successful shutdown as an exception
        }
    }

    /** The archive's search as the reader: scope, clearance, 20 hits read back and re-checked, classified views audited. */
    @Benchmark
    public long archiveSearch() throws Exception {
        String q = folded.get(next++ & (QUERIES - 1));
        ArchiveSearchResult r = user.callAs(READER, () -> archive.search(q, 0, 20));
        return r.total() + r.hits().size();
    }

    /** The same search by a reader cleared for nothing classified: no classified dossier shown, so no audit commit. */
    @Benchmark
    public long archiveSearchUncleared() throws Exception {
        String q = folded.get(next++ & (QUERIES - 1));
        ArchiveSearchResult r = user.callAs(UNCLEARED, () -> archive.search(q, 0, 20));
        return r.total() + r.hits().size();
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
