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
 * the page cache;</li>
 * <li>a fixity sweep over 100,000 stored files of 8 KiB ({@code FixityService.sweep}: batched
 * rows, re-hash, status written back) against {@code sha256sum} over the same files.</li>
 * </ol>
 * Run: {@code benchmarks/run-archives.sh [ingestFiles] [fixityFiles]}.
 */
public final class ArchivesBenchmark {

    private ArchivesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int ingestFiles = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int fixityFiles = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        System.out.printf("# ArchivesBenchmark %s, %s %s, %d cores%n", LocalDate.now(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        try (DerbyFixture db = new DerbyFixture()) {
            DerbyFixture.seedAdmin(db.dataSource);
            Path work = Files.createTempDirectory("po-archives-bench");
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
            ingest(db, archive, dossier, work, ingestFiles);
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
            batches(db, digitisation, fonds, work, ingestFiles);
            fixity(db, access, files, store.area("archives"), schema, work, fixityFiles);
        }
    }

    private static void ingest(DerbyFixture db, JdbcArchiveService archive, Dossier dossier, Path work, int n) throws Exception {
        Random random = new Random(6);
        warmUp(db, archive, dossier, work, random);
        double oursTotal = 0;
        double shaTotal = 0;
        long bytes = 0;
        for (int round = 1; round <= 3; round++) {
            List<Path> scans = scans(work.resolve("round-" + round), n, 1 << 20, random);
            long size = n * (long) (1 << 20);
            long t0 = System.nanoTime();
            sha256sum(scans);
            double sha = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            for (Path scan : scans) {
                try (InputStream in = Files.newInputStream(scan)) {
                    db.user.callAs("admin", () -> archive.addItem(dossier.id(), "Trang " + scan.getFileName(), null,
                            Clearance.UNCLASSIFIED, List.of(new NewFile(scan.getFileName().toString(), "application/pdf", in))));
                }
            }
            double ours = (System.nanoTime() - t1) / 1e9;
            System.out.printf("ingest round %d: %d files of 1 MiB: addItem %.1f MB/s (%.0f items/s), sha256sum %.1f MB/s, ratio %.2f%n",
                    round, n, size / 1e6 / ours, n / ours, size / 1e6 / sha, sha / ours);
            if (round > 1) {
                oursTotal += ours;
                shaTotal += sha;
                bytes += size;
            }
            delete(work.resolve("round-" + round));
        }
        System.out.printf("ingest (rounds 2-3): addItem %.1f MB/s, sha256sum %.1f MB/s, ratio %.2f (goal >= 0.60)%n",
                bytes / 1e6 / oursTotal, bytes / 1e6 / shaTotal, shaTotal / oursTotal);
    }

    /** The digitisation path: a folder of valid 1 MiB PDFs with its manifest, taken as one batch. */
    private static void batches(DerbyFixture db, JdbcDigitisationService digitisation, Fonds fonds, Path work, int n)
            throws Exception {
        Random random = new Random(8);
        double oursTotal = 0;
        double shaTotal = 0;
        long bytes = 0;
        for (int round = 1; round <= 3; round++) {
            Path folder = work.resolve("batch-" + round);
            List<Path> scans = pdfs(folder, n, random);
            long size = 0;
            for (Path p : scans) {
                size += Files.size(p);
            }
            long t0 = System.nanoTime();
            sha256sum(scans);
            double sha = (System.nanoTime() - t0) / 1e9;
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
            System.out.printf("batch round %d: %d PDFs (%.1f MB): digitisation %.1f MB/s (%.0f scans/s), sha256sum %.1f MB/s, ratio %.2f%n",
                    round, n, size / 1e6, size / 1e6 / ours, n / ours, size / 1e6 / sha, sha / ours);
            if (round > 1) {
                oursTotal += ours;
                shaTotal += sha;
                bytes += size;
            }
            delete(folder);
        }
        System.out.printf("digitisation batches (rounds 2-3): %.1f MB/s, sha256sum %.1f MB/s, ratio %.2f (goal >= 0.60)%n",
                bytes / 1e6 / oursTotal, bytes / 1e6 / shaTotal, shaTotal / oursTotal);
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

    private static void sha256sum(List<Path> files) throws Exception {
        List<String> command = new ArrayList<>(List.of("sha256sum"));
        files.forEach(f -> command.add(f.toString()));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("sha256sum failed");
        }
    }

    private static void delete(Path dir) throws Exception {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
