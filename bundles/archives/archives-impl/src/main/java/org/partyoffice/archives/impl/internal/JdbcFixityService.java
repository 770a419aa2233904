package org.partyoffice.archives.impl.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.partyoffice.archives.api.ArchiveEvents;
import org.partyoffice.archives.api.FixityService;
import org.partyoffice.platform.api.ContentArea;
import org.partyoffice.platform.api.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-hashes every file the archive holds against its SHA-256 name, in batches of rows so a sweep
 * over hundreds of thousands of files holds no long transaction. A changed file is a
 * {@code MISMATCH}, a vanished one {@code MISSING}; either is kept with the run, marked on the
 * file's row, posted as {@link ArchiveEvents#FIXITY_FAILED} and shown on the dashboard.
 */
@Component(service = {FixityService.class, JdbcFixityService.class}, configurationPid = "org.partyoffice.archives.fixity")
@Designate(ocd = JdbcFixityService.Config.class)
public final class JdbcFixityService implements FixityService {

    @ObjectClassDefinition(name = "Party Office archive fixity")
    public @interface Config {
        @AttributeDefinition(description = "Hours between scheduled fixity sweeps; 0 turns the schedule off")
        int sweepHours() default 24;
    }

    private static final int BATCH = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(JdbcFixityService.class);

    private final Transactions tx;
    private final ArchiveAccess access;
    private final ContentArea area;
    private final ArchiveEventPublisher events;
    private final Holdings holdings = new Holdings();
    private final Clock clock = Clock.systemUTC();
    private final ScheduledExecutorService schedule;

    @Activate
    public JdbcFixityService(@Reference Transactions tx, @Reference ArchiveAccess access, @Reference ArchiveFiles files,
                             @Reference ArchiveEventPublisher events, @Reference ArchivesSchema schema, Config config) {
        this.tx = tx;
        this.access = access;
        this.area = files.area();
        this.events = events;
        if (config.sweepHours() > 0) {
            schedule = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "partyoffice-archives-fixity");
                t.setDaemon(true);
                return t;
            });
            schedule.scheduleWithFixedDelay(this::scheduled, config.sweepHours(), config.sweepHours(), TimeUnit.HOURS);
        } else {
            schedule = null;
        }
    }

    @Deactivate
    void deactivate() {
        if (schedule != null) {
            schedule.shutdownNow();
        }
    }

    private void scheduled() {
        try {
            FixityReport r = check();
            LOG.info("Fixity sweep {}: {} files checked, {} failed", r.id(), r.checked(), r.failures().size());
        } catch (RuntimeException e) {
            LOG.warn("Scheduled fixity sweep failed: {}", e.toString(), e);
        }
    }

    @Override
    public FixityReport sweep() {
        access.requireArchivist();
        return check();
    }

    /** One sweep without a role check (the schedule runs as the platform); one sweep at a time. */
    synchronized FixityReport check() {
        Instant started = clock.instant();
        long checked = 0;
        long bytes = 0;
        List<String[]> failed = new ArrayList<>();
        String after = "";
        while (true) {
            String from = after;
            List<String[]> rows = tx.required(c -> Db.list(c, "SELECT SHA256, SIZE_BYTES FROM ARCHIVES.FILES WHERE SHA256 > ? "
                    + "ORDER BY SHA256 FETCH FIRST " + BATCH + " ROWS ONLY", rs -> new String[] {rs.getString(1), rs.getString(2)}, from));
            if (rows.isEmpty()) {
                break;
            }
            List<String[]> results = new ArrayList<>();
            for (String[] row : rows) {
                String hash = row[0];
                String status = area.size(hash) < 0 ? "MISSING" : area.verify(hash) ? "OK" : "MISMATCH";
                results.add(new String[] {hash, status});
                if (!status.equals("OK")) {
                    failed.add(new String[] {hash, status});
                } else {
                    bytes += Long.parseLong(row[1]);
                }
                checked++;
            }
            Instant now = clock.instant();
            tx.required(c -> {
                for (String[] r : results) {
                    Db.update(c, "UPDATE ARCHIVES.FILES SET STATUS = ?, CHECKED_AT = ? WHERE SHA256 = ?", r[1], now, r[0]);
                }
                return null;
            });
            after = rows.get(rows.size() - 1)[0];
        }
        Instant finished = clock.instant();
        long total = checked;
        long sum = bytes;
        long runId = tx.required(c -> {
            long id = Db.insert(c, "INSERT INTO ARCHIVES.FIXITY_RUNS (STARTED_AT, FINISHED_AT, CHECKED, BYTES, FAILURES) "
                    + "VALUES (?, ?, ?, ?, ?)", started, finished, total, sum, failed.size());
            for (String[] f : failed) {
                Db.update(c, "INSERT INTO ARCHIVES.FIXITY_FAILURES (RUN_ID, SHA256, PROBLEM) VALUES (?, ?, ?)", id, f[0], f[1]);
            }
            access.audit("fixity.sweep", id, "checked=" + total + " failures=" + failed.size());
            return id;
        });
        if (!failed.isEmpty()) {
            LOG.error("Fixity sweep {} found {} changed or missing archive files", runId, failed.size());
            events.post(ArchiveEvents.FIXITY_FAILED, Map.of(ArchiveEvents.REPORT_ID, runId, ArchiveEvents.COUNT, failed.size()));
        }
        return report(runId).orElseThrow();
    }

    @Override
    public Optional<FixityReport> latest() {
        access.scope();
        return tx.required(c -> Db.one(c, "SELECT MAX(ID) FROM ARCHIVES.FIXITY_RUNS", rs -> rs.getLong(1)))
                .filter(id -> id > 0).flatMap(this::report);
    }

    private Optional<FixityReport> report(long id) {
        return tx.required(c -> {
            Optional<Object[]> run = Db.one(c, "SELECT * FROM ARCHIVES.FIXITY_RUNS WHERE ID = ?", rs -> new Object[] {
                    Db.instant(rs, "STARTED_AT"), Db.instant(rs, "FINISHED_AT"), rs.getLong("CHECKED"), rs.getLong("BYTES")}, id);
            if (run.isEmpty()) {
                return Optional.<FixityReport>empty();
            }
            List<FixityFailure> failures = new ArrayList<>();
            for (String[] f : Db.list(c, "SELECT SHA256, PROBLEM FROM ARCHIVES.FIXITY_FAILURES WHERE RUN_ID = ? ORDER BY SHA256",
                    rs -> new String[] {rs.getString(1), rs.getString(2)}, id)) {
                failures.add(new FixityFailure(f[0], f[1], holdings.dossiersHolding(c, f[0])));
            }
            Object[] r = run.get();
            return Optional.of(new FixityReport(id, (Instant) r[0], (Instant) r[1], (Long) r[2], (Long) r[3], failures));
        });
    }
}
