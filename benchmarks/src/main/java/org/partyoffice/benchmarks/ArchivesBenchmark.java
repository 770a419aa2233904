package org.partyoffice.benchmarks;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.partyoffice.archives.api.Dossier;
import org.partyoffice.archives.api.Fonds;
import org.partyoffice.archives.api.NewDossier;
import org.partyoffice.archives.api.NewFile;
import org.partyoffice.archives.impl.internal.ArchiveAccess;
import org.partyoffice.archives.impl.internal.ArchiveEventPublisher;
import org.partyoffice.archives.impl.internal.ArchiveFiles;
import org.partyoffice.archives.impl.internal.ArchiveIndex;
import org.partyoffice.archives.impl.internal.ArchivesSchema;
import org.partyoffice.archives.impl.internal.JdbcArchiveService;
import org.partyoffice.archives.impl.internal.JdbcDigitisationService;
import org.partyoffice.archives.impl.internal.JdbcFixityService;
import org.partyoffice.platform.api.JobService;
import org.partyoffice.platform.core.internal.ExecutorJobService;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.ContentArea;
import org.partyoffice.platform.api.NewUnit;
import org.partyoffice.platform.api.UnitType;
import org.partyoffice.platform.core.internal.Events;
import org.partyoffice.platform.core.internal.FileContentStore;
import org.partyoffice.platform.core.internal.JdbcOrganisationService;
import org.partyoffice.platform.core.internal.MigrationRunner;

/**
 * The archive's two disk-bound paths against {@code sha256sum} over the same files in the same run:
 * <ol>
 * <li>ingest: scans of 1 MiB (random, so nothing compresses or repeats), (a) one item per
 * transaction through {@code ArchiveService.addItem} (hash while copying into the archive's
 * content area, file and item rows, audit entry), and (b) as a digitisation batch of valid PDFs
 * (each opened with PDFBox, then taken in chunks of 32 per transaction), against
 * {@code sha256sum} reading the same files; rounds interleaved, each on fresh files, both from
 * the page cache; per round also the content store alone (one {@code put} per file, and batches of
 * 32 with one sync, and one {@code put} per file with direct writes off), which splits
 * {@code addItem}'s time between the store and the database. Each
 * round prints its ratios and the load average; the summary counts the rounds after the first two
 * (JIT and page cache warming). The services get pooled connections (HikariCP), as in production;</li>
 * <li>a fixity sweep over 100,000 stored files of 8 KiB ({@code FixityService.sweep}: batched
 * rows, re-hash, status written back) against {@code sha256sum} over the same files.</li>
 * </ol>
 * Run: {@code benchmarks/run-archives.sh [ingestFiles] [fixityFiles] [rounds]}.
 */
public final class ArchivesBenchmark {

    private ArchivesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int ingestFiles = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int fixityFiles = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        System.out.printf("# ArchivesBenchmark %s, %s %s, %d cores, %d files per round, %d rounds (the first %d count as warm-up), %s%n",
                LocalDate.now(), System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), ingestFiles, rounds, WARM_UP_ROUNDS, load());
        try (DerbyFixture db = new DerbyFixture(true)) {
            DerbyFixture.seedAdmin(db.dataSource);
            Path work = Files.createTempDirectory("po-archives-bench");
            // a run leaves gigabytes of copies behind otherwise
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    delete(work);
                } catch (Exception e) {
                    System.err.println("could not delete " + work + ": " + e);
                }
            }));
            FileContentStore store = new FileContentStore(work.resolve("files"));
            ArchivesSchema schema = new ArchivesSchema(new MigrationRunner(db.tx));
            Events events = new Events();
            JdbcOrganisationService organisation = new JdbcOrganisationService(db.tx, db.audit, db.user, events);
            var province = db.user.callAs("admin", () -> organisation.create(new NewUnit("000.00.00.H37", "Tỉnh ủy Lào Cai",
                    UnitType.PROVINCE, null, LocalDate.of(2025, 1, 1))));
            ArchiveAccess access = new ArchiveAccess(db.user, organisation, db.audit);
            ArchiveFiles files = new ArchiveFiles(store);
            ArchiveIndex index = new ArchiveIndex(db.tx, access, files, schema);
            JdbcArchiveService archive = new JdbcArchiveService(db.tx, access, files, index, schema);
            Fonds fonds = db.user.callAs("admin", () -> archive.fondsOf(province.id()));
            Dossier dossier = db.user.callAs("admin", () -> archive.createDossier(new NewDossier(fonds.id(), null, "HS-BENCH",
                    "Hồ sơ số hóa thử", null, null, "VV", Clearance.UNCLASSIFIED)));
            ingest(db, archive, dossier, store.area("archives"), work, ingestFiles, rounds);
            JobService jobs = new ExecutorJobService(db.user, events, new ExecutorJobService.Config() {
                @Override
                public int threads() {
                    return 1;
                }

                @Override
                public int keep() {
                    return 50;
                }

                @Override
                public Class<? extends java.lang.annotation.Annotation> annotationType() {
                    return ExecutorJobService.Config.class;
                }
            });
            JdbcDigitisationService digitisation = new JdbcDigitisationService(db.tx, access, files, index, archive, jobs,
                    new ArchiveEventPublisher());
            batches(db, digitisation, fonds, work, ingestFiles, rounds);
            if (fixityFiles > 0) {
                fixity(db, access, files, store.area("archives"), schema, work, fixityFiles);
            }
        }
    }

    /** Rounds before these are the JIT's and the page cache's, and are printed but not summed. */
    private static final int WARM_UP_ROUNDS = 2;

    /**
     * Per round, on fresh files: {@code sha256sum}, {@code addItem} one scan per transaction, and
     * the content store alone (the same copies into a second area, file by file and as batches of
     * 32), so the time {@code addItem} spends beyond the store is the database's.
     */
    private static void ingest(DerbyFixture db, JdbcArchiveService archive, Dossier dossier, ContentArea archiveArea, Path work,
                               int n, int rounds) throws Exception {
        Random random = new Random(6);
        warmUp(db, archive, dossier, work, random);
        // one area per path across the rounds, as in production: its 256 hash folders exist after the first rounds
        FileContentStore bare = new FileContentStore(work.resolve("store-only"));
        // the store as it wrote before direct writes, on the same files in the same rounds
        FileContentStore cached = new FileContentStore(work.resolve("store-only"), false);
        System.out.printf("# the content store writes %s%n", bare.writesDirectly() ? "directly (O_DIRECT)" : "through the page cache");
        Summary addItem = new Summary("addItem, one scan per transaction");
        Summary putEach = new Summary("store only: put, one file at a time");
        Summary putBatch = new Summary("store only: batch of 32, one sync");
        Summary putCached = new Summary("store only: put through the page cache (direct writes off)");
        for (int round = 1; round <= rounds; round++) {
            List<Path> scans = scans(work.resolve("round-" + round), n, 1 << 20, random);
            long size = n * (long) (1 << 20);
            double sha = sha256sum(scans);
            long t1 = System.nanoTime();
            for (Path scan : scans) {
                try (InputStream in = Files.newInputStream(scan)) {
                    db.user.callAs("admin", () -> archive.addItem(dossier.id(), "Trang " + scan.getFileName(), null,
                            Clearance.UNCLASSIFIED, List.of(new NewFile(scan.getFileName().toString(), "application/pdf", in))));
                }
            }
            double ours = (System.nanoTime() - t1) / 1e9;
            double eachSeconds = putEach(bare.area("each"), scans);
            double batchSeconds = putBatches(bare.area("batch"), scans);
            double cachedSeconds = putEach(cached.area("cached"), scans);
            System.out.printf("ingest round %d: %d files of 1 MiB: sha256sum %.1f MB/s | addItem %.1f MB/s (%.0f items/s) ratio %.2f"
                            + " | store only: put %.1f MB/s ratio %.2f, batch %.1f MB/s ratio %.2f, put via page cache %.1f MB/s ratio %.2f | %s%n",
                    round, n, size / 1e6 / sha, size / 1e6 / ours, n / ours, sha / ours, size / 1e6 / eachSeconds,
                    sha / eachSeconds, size / 1e6 / batchSeconds, sha / batchSeconds, size / 1e6 / cachedSeconds,
                    sha / cachedSeconds, load());
            if (round > WARM_UP_ROUNDS) {
                addItem.add(size, ours, sha);
                putEach.add(size, eachSeconds, sha);
                putBatch.add(size, batchSeconds, sha);
                putCached.add(size, cachedSeconds, sha);
            }
            delete(work.resolve("round-" + round));
        }
        addItem.print("ingest");
        putEach.print("ingest");
        putBatch.print("ingest");
        putCached.print("ingest");
    }

    /** Seconds the store alone takes for one {@code put} per file. */
    private static double putEach(ContentArea area, List<Path> scans) throws Exception {
        long t0 = System.nanoTime();
        for (Path scan : scans) {
            try (InputStream in = Files.newInputStream(scan)) {
                area.put(in);
            }
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** The store alone, 32 files per batch and sync; NaN against a store from before batches (for before/after runs). */
    private static double putBatches(ContentArea area, List<Path> scans) throws Exception {
        long t0 = System.nanoTime();
        try {
            for (int from = 0; from < scans.size(); from += 32) {
                try (var batch = area.batch()) {
                    for (Path scan : scans.subList(from, Math.min(scans.size(), from + 32))) {
                        try (InputStream in = Files.newInputStream(scan)) {
                            batch.put(in);
                        }
                    }
                    batch.sync();
                }
            }
        } catch (NoSuchMethodError before) {
            return Double.NaN;
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Warm rounds of one path against sha256sum over the same files: the sums and the per-round ratios. */
    private static final class Summary {
        private final String name;
        private final List<Double> ratios = new ArrayList<>();
        private double ours;
        private double sha;
        private long bytes;

        Summary(String name) {
            this.name = name;
        }

        void add(long size, double oursSeconds, double shaSeconds) {
            ours += oursSeconds;
            sha += shaSeconds;
            bytes += size;
            ratios.add(shaSeconds / oursSeconds);
        }

        void print(String what) {
            if (ratios.isEmpty()) {
                System.out.printf("%s, %s: no rounds after the %d warm-up rounds%n", what, name, WARM_UP_ROUNDS);
                return;
            }
            List<Double> sorted = ratios.stream().sorted().toList();
            System.out.printf("%s, %s (%d warm rounds): %.1f MB/s, sha256sum %.1f MB/s, ratio of sums %.2f, median round %.2f,"
                            + " range %.2f-%.2f (goal >= 0.60)%n", what, name, ratios.size(), bytes / 1e6 / ours,
                    bytes / 1e6 / sha, sha / ours, sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
        }
    }

    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return "load " + parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException e) {
            return "load n/a";
        }
    }

    /** The digitisation path: a folder of valid 1 MiB PDFs with its manifest, taken as one batch. */
    private static void batches(DerbyFixture db, JdbcDigitisationService digitisation, Fonds fonds, Path work, int n, int rounds)
            throws Exception {
        Random random = new Random(8);
        Summary summary = new Summary("digitisation batch");
        for (int round = 1; round <= rounds; round++) {
            Path folder = work.resolve("batch-" + round);
            List<Path> scans = pdfs(folder, n, random);
            long size = 0;
            for (Path p : scans) {
                size += Files.size(p);
            }
            double sha = sha256sum(scans);
            long t1 = System.nanoTime();
            var started = db.user.callAs("admin", () -> digitisation.start(fonds.id(), folder));
            var batch = started;
            while (batch.finishedAt() == null) {
                Thread.sleep(5);
                batch = db.user.callAs("admin", () -> digitisation.batch(started.id()));
            }
            double ours = (System.nanoTime() - t1) / 1e9;
            if (batch.taken() != n) {
                throw new IllegalStateException("batch took " + batch.taken() + " of " + n + ": " + batch.problems());
            }
            System.out.printf("batch round %d: %d PDFs (%.1f MB): digitisation %.1f MB/s (%.0f scans/s), sha256sum %.1f MB/s, ratio %.2f | %s%n",
                    round, n, size / 1e6, size / 1e6 / ours, n / ours, size / 1e6 / sha, sha / ours, load());
            if (round > WARM_UP_ROUNDS) {
                summary.add(size, ours, sha);
            }
            delete(folder);
        }
        summary.print("digitisation batches");
    }

    /** Valid PDFs of one page carrying about 1 MiB of random bytes (as a metadata stream, which opening does not parse). */
    private static List<Path> pdfs(Path dir, int n, Random random) throws Exception {
        Files.createDirectories(dir);
        List<Path> pdfs = new ArrayList<>();
        StringBuilder manifest = new StringBuilder("file,dossier,title,date,classification\n");
        byte[] noise = new byte[1 << 20];
        for (int i = 0; i < n; i++) {
            random.nextBytes(noise);
            Path p = dir.resolve(String.format("trang-%05d.pdf", i));
            try (org.apache.pdfbox.pdmodel.PDDocument pdf = new org.apache.pdfbox.pdmodel.PDDocument()) {
                pdf.addPage(new org.apache.pdfbox.pdmodel.PDPage());
                var metadata = new org.apache.pdfbox.pdmodel.common.PDMetadata(pdf, new java.io.ByteArrayInputStream(noise));
                pdf.getDocumentCatalog().setMetadata(metadata);
                pdf.save(p.toFile());
            }
            pdfs.add(p);
            manifest.append(p.getFileName()).append(",HS-BENCH,Trang ").append(i).append(",,\n");
        }
        Files.writeString(dir.resolve("manifest.csv"), manifest, java.nio.charset.StandardCharsets.UTF_8);
        return pdfs;
    }

    private static void warmUp(DerbyFixture db, JdbcArchiveService archive, Dossier dossier, Path work, Random random) throws Exception {
        for (Path scan : scans(work.resolve("warm"), 100, 1 << 16, random)) {
            try (InputStream in = Files.newInputStream(scan)) {
                db.user.callAs("admin", () -> archive.addItem(dossier.id(), "Khởi động", null, Clearance.UNCLASSIFIED,
                        List.of(new NewFile(scan.getFileName().toString(), "application/pdf", in))));
            }
        }
        delete(work.resolve("warm"));
    }

    private static void fixity(DerbyFixture db, ArchiveAccess access, ArchiveFiles files, ContentArea area, ArchivesSchema schema, Path work,
                               int n) throws Exception {
        Random random = new Random(7);
        byte[] content = new byte[8192];
        List<String> hashes = new ArrayList<>();
        try (Connection c = db.dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO ARCHIVES.FILES (SHA256, SIZE_BYTES, STORED_AT, STATUS) VALUES (?, ?, 0, 'OK')")) {
            c.setAutoCommit(false);
            for (int i = 0; i < n; i++) {
                random.nextBytes(content);
                String hash = area.put(new java.io.ByteArrayInputStream(content));
                hashes.add(hash);
                ps.setString(1, hash);
                ps.setLong(2, content.length);
                ps.addBatch();
                if (i % 5000 == 4999) {
                    ps.executeBatch();
                    c.commit();
                }
            }
            ps.executeBatch();
            c.commit();
        }
        var events = new ArchiveEventPublisher();
        JdbcFixityService fixity = new JdbcFixityService(db.tx, access, files, events, schema,
                new JdbcFixityService.Config() {
                    @Override
                    public int sweepHours() {
                        return 0;
                    }

                    @Override
                    public Class<? extends java.lang.annotation.Annotation> annotationType() {
                        return JdbcFixityService.Config.class;
                    }
                });
        Path root = work.resolve("files/areas/archives");
        for (int round = 1; round <= 2; round++) {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder("bash", "-c", "find . -type f -print0 | xargs -0 -n 2000 sha256sum > /dev/null")
                    .directory(root.toFile()).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("sha256sum failed");
            }
            double sha = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            var report = db.user.callAs("admin", fixity::sweep);
            double ours = (System.nanoTime() - t1) / 1e9;
            System.out.printf("fixity round %d: %d files of 8 KiB: sweep %.1f s (%.0f files/s, %d failures), sha256sum %.1f s, ratio %.2f%n",
                    round, report.checked(), ours, report.checked() / ours, report.failures().size(), sha, sha / ours);
        }
    }

    private static List<Path> scans(Path dir, int n, int size, Random random) throws Exception {
        Files.createDirectories(dir);
        List<Path> scans = new ArrayList<>();
        byte[] content = new byte[size];
        for (int i = 0; i < n; i++) {
            random.nextBytes(content);
            Path p = dir.resolve(String.format("scan-%05d.pdf", i));
            Files.write(p, content);
            scans.add(p);
        }
        return scans;
    }

    /** Seconds {@code sha256sum} takes over the files (one process for all of them). */
    private static double sha256sum(List<Path> files) throws Exception {
        long t0 = System.nanoTime();
        List<String> command = new ArrayList<>(List.of("sha256sum"));
        files.forEach(f -> command.add(f.toString()));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("sha256sum failed");
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void delete(Path dir) throws Exception {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
