package org.partyoffice.archives.impl.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.partyoffice.archives.api.ArchiveEvents;
import org.partyoffice.archives.api.DigitisationService;
import org.partyoffice.archives.api.Dossier;
import org.partyoffice.archives.api.Fonds;
import org.partyoffice.archives.api.NewFile;
import org.partyoffice.archives.api.StoredFile;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.JobContext;
import org.partyoffice.platform.api.JobInfo;
import org.partyoffice.platform.api.JobService;
import org.partyoffice.platform.api.OfficeException;
import org.partyoffice.platform.api.Transactions;

/**
 * Runs digitisation batches as platform jobs, so progress and cancellation show in
 * {@code office:jobs} and the web shell like any other long work. Each good row becomes an item of
 * the dossier it names; rows are committed in chunks of {@link #CHUNK}, and a chunk with a failing
 * row is retaken row by row, so a failure keeps what was taken and names the rows that were not.
 * A chunk's scans go into one {@link ArchiveFiles.Batch}: each is forced to disk in the background
 * while the next is copied, and the chunk's folders once, before the chunk's commit.
 */
@Component(service = DigitisationService.class)
public final class JdbcDigitisationService implements DigitisationService {

    static final int CHUNK = 32;

    private final Transactions tx;
    private final ArchiveAccess access;
    private final ArchiveFiles files;
    private final ArchiveIndex index;
    private final JdbcArchiveService archive;
    private final JobService jobs;
    private final ArchiveEventPublisher events;

    @Activate
    public JdbcDigitisationService(@Reference Transactions tx, @Reference ArchiveAccess access,
                                   @Reference ArchiveFiles files, @Reference ArchiveIndex index,
                                   @Reference JdbcArchiveService archive, @Reference JobService jobs,
                                   @Reference ArchiveEventPublisher events) {
        this.tx = tx;
        this.access = access;
        this.files = files;
        this.index = index;
        this.archive = archive;
        this.jobs = jobs;
        this.events = events;
    }

    @Override
    public List<RowProblem> validate(long fondsId, Path source) {
        access.requireArchivist();
        Fonds f = archive.getFonds(fondsId);
        List<RowProblem> problems = new ArrayList<>();
        Map<String, Optional<Dossier>> dossiers = new HashMap<>();
        try (ScanBatch batch = ScanBatch.open(source)) {
            for (ScanBatch.Row row : batch.rows(problems)) {
                dossierProblem(f, row, dossiers).ifPresent(problems::add);
            }
        }
        return problems;
    }

    private Optional<RowProblem> dossierProblem(Fonds f, ScanBatch.Row row, Map<String, Optional<Dossier>> known) {
        Optional<Dossier> d = known.computeIfAbsent(row.dossier(), code -> archive.findDossier(f.id(), code));
        if (d.isEmpty()) {
            return Optional.of(new RowProblem(row.number(), row.fileName(), "dossier",
                    "no dossier " + row.dossier() + " in fonds " + f.code()));
        }
        if (!access.user().clearance().permits(row.classification())) {
            return Optional.of(new RowProblem(row.number(), row.fileName(), "classification",
                    "must not be above your own clearance"));
        }
        return Optional.empty();
    }

    @Override
    public Batch start(long fondsId, Path source) {
        access.requireArchivist();
        Fonds f = archive.getFonds(fondsId);
        ScanBatch.open(source).close();
        long id = tx.required(c -> Db.insert(c, "INSERT INTO ARCHIVES.BATCHES (FONDS_ID, SOURCE, STATUS, ROWS_TOTAL, TAKEN, "
                + "STARTED_AT) VALUES (?, ?, 'QUEUED', 0, 0, ?)", f.id(), source.toString(), Instant.now()));
        access.audit("batch.start", id, "fonds=" + f.code() + " source=" + source);
        JobInfo job = jobs.submit(ArchivesSchema.MODULE, "Số hóa: " + source.getFileName() + " → " + f.code(),
                context -> run(id, f, source, context));
        tx.required(c -> Db.update(c, "UPDATE ARCHIVES.BATCHES SET JOB_ID = ? WHERE ID = ?", job.id(), id));
        return batch(id);
    }

    private String run(long id, Fonds f, Path source, JobContext context) {
        List<RowProblem> problems = new ArrayList<>();
        int taken = 0;
        String status = "DONE";
        try (ScanBatch batch = ScanBatch.open(source); ArchiveFiles.Batch stored = files.batch()) {
            access.requireArchivist();
            List<ScanBatch.Row> rows = batch.rows(problems);
            int total = rows.size() + (int) problems.stream().filter(p -> p.row() > 0).count();
            tx.required(c -> Db.update(c, "UPDATE ARCHIVES.BATCHES SET STATUS = 'RUNNING', ROWS_TOTAL = ? WHERE ID = ?", total, id));
            Map<String, Optional<Dossier>> dossiers = new HashMap<>();
            List<Taking> chunk = new ArrayList<>();
            int done = 0;
            for (ScanBatch.Row row : rows) {
                if (context.cancelled()) {
                    status = "CANCELLED";
                    break;
                }
                Optional<RowProblem> problem = dossierProblem(f, row, dossiers);
                if (problem.isPresent()) {
                    problems.add(problem.get());
                } else {
                    chunk.add(new Taking(row, dossiers.get(row.dossier()).orElseThrow(), store(stored, row)));
                }
                done++;
                if (chunk.size() == CHUNK || done == rows.size()) {
                    // the chunk's files are on disk under their names before the commit that names them
                    stored.sync();
                    taken += take(chunk, problems);
                    chunk.clear();
                }
                context.progress(done, rows.size(), row.fileName());
            }
            stored.sync();
            taken += take(chunk, problems);
        } catch (OfficeException e) {
            problems.add(new RowProblem(0, source.toString(), "source", e.getMessage()));
            status = "FAILED";
        }
        finish(id, status, taken, problems);
        problems.forEach(p -> context.report("row " + p.row() + " " + p.file() + ": " + p.field() + " " + p.problem()));
        events.post(ArchiveEvents.BATCH_ENDED, Map.of(ArchiveEvents.BATCH_ID, id, ArchiveEvents.COUNT, taken));
        return taken + " scans taken, " + problems.size() + " problems";
    }

    /** A good row with its dossier and its scan already in the archive's store. */
    private record Taking(ScanBatch.Row row, Dossier dossier, StoredFile file) {
    }

    private static StoredFile store(ArchiveFiles.Batch stored, ScanBatch.Row row) {
        try (InputStream in = Files.newInputStream(row.file())) {
            return stored.store(new NewFile(row.fileName(), row.mediaType(), in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Takes a chunk of rows in one transaction (one durable commit for many scans is most of the
     * speed of a batch); when one row fails, the chunk is taken again row by row so only that row
     * is reported.
     */
    private int take(List<Taking> chunk, List<RowProblem> problems) {
        if (chunk.isEmpty()) {
            return 0;
        }
        List<Long> itemIds = new ArrayList<>();
        try {
            itemIds.addAll(tx.required(c -> {
                List<Long> ids = new ArrayList<>();
                for (Taking t : chunk) {
                    ids.add(insert(c, t));
                }
                return ids;
            }));
        } catch (OfficeException chunkFailed) {
            for (Taking t : chunk) {
                try {
                    itemIds.add(tx.required(c -> insert(c, t)));
                } catch (OfficeException e) {
                    problems.add(new RowProblem(t.row().number(), t.row().fileName(), e.field() == null ? "file" : e.field(),
                            e.getMessage()));
                }
            }
        }
        index.update(itemIds);
        return itemIds.size();
    }

    private long insert(java.sql.Connection c, Taking t) throws java.sql.SQLException {
        ScanBatch.Row row = t.row();
        return archive.addItem(c, t.dossier(), row.title(), row.date(), "digitisation", null, row.classification(),
                List.of(t.file())).id();
    }

    private void finish(long id, String status, int taken, List<RowProblem> problems) {
        tx.required(c -> {
            Db.update(c, "UPDATE ARCHIVES.BATCHES SET STATUS = ?, TAKEN = ?, FINISHED_AT = ? WHERE ID = ?", status, taken,
                    Instant.now(), id);
            for (RowProblem p : problems) {
                Db.update(c, "INSERT INTO ARCHIVES.BATCH_PROBLEMS (BATCH_ID, ROW_NO, FILE_NAME, FIELD, PROBLEM) VALUES (?, ?, ?, ?, ?)",
                        id, p.row(), truncate(p.file()), p.field(), truncate(p.problem()));
            }
            return null;
        });
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
    }

    @Override
    public List<Batch> batches() {
        ArchiveScope scope = access.scope();
        List<Long> ids = tx.required(c -> Db.list(c, "SELECT B.ID, F.UNIT_ID FROM ARCHIVES.BATCHES B JOIN ARCHIVES.FONDS F "
                + "ON F.ID = B.FONDS_ID ORDER BY B.ID DESC FETCH FIRST 100 ROWS ONLY", rs -> new long[] {rs.getLong(1), rs.getLong(2)}))
                .stream().filter(r -> scope.covers(r[1])).map(r -> r[0]).toList();
        return ids.stream().map(this::load).toList();
    }

    @Override
    public Batch batch(long id) {
        Batch b = load(id);
        archive.getFonds(b.fondsId());
        return b;
    }

    private Batch load(long id) {
        return tx.required(c -> {
            Optional<Batch> b = Db.one(c, "SELECT * FROM ARCHIVES.BATCHES WHERE ID = ?", rs -> new Batch(rs.getLong("ID"),
                    rs.getLong("FONDS_ID"), rs.getString("SOURCE"), rs.getString("JOB_ID"), rs.getString("STATUS"),
                    rs.getInt("ROWS_TOTAL"), rs.getInt("TAKEN"), List.of(), Db.instant(rs, "STARTED_AT"),
                    Db.instant(rs, "FINISHED_AT")), id);
            if (b.isEmpty()) {
                throw new EntityNotFoundException("batch", id, "batchId");
            }
            List<RowProblem> problems = Db.list(c, "SELECT * FROM ARCHIVES.BATCH_PROBLEMS WHERE BATCH_ID = ? ORDER BY ROW_NO",
                    rs -> new RowProblem(rs.getInt("ROW_NO"), rs.getString("FILE_NAME"), rs.getString("FIELD"),
                            rs.getString("PROBLEM")), id);
            Batch x = b.get();
            return new Batch(x.id(), x.fondsId(), x.source(), x.jobId(), x.status(), x.rows(), x.taken(), problems,
                    x.startedAt(), x.finishedAt());
        });
    }
}
