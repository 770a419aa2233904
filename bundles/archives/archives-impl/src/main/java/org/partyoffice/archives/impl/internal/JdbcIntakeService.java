package org.partyoffice.archives.impl.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.partyoffice.archives.api.ArchiveEvents;
import org.partyoffice.archives.api.Dossier;
import org.partyoffice.archives.api.Fonds;
import org.partyoffice.archives.api.IntakeService;
import org.partyoffice.archives.api.Item;
import org.partyoffice.archives.api.NewDossier;
import org.partyoffice.archives.api.StoredFile;
import org.partyoffice.platform.api.ArchivalRecord;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.RecordSource;
import org.partyoffice.platform.api.Transactions;
import org.partyoffice.platform.api.Unit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes closed records from every {@link RecordSource} present into dossiers. Each source's
 * high-water mark (the {@code closedAt} of the last record taken) is kept, and a record already
 * taken (same source and id) is skipped, so a run after a crash or a second run takes nothing
 * twice. A source installed later is picked up by the next run.
 */
@Component(service = {IntakeService.class, JdbcIntakeService.class}, configurationPid = "org.partyoffice.archives.intake")
@Designate(ocd = JdbcIntakeService.Config.class)
public final class JdbcIntakeService implements IntakeService {

    @ObjectClassDefinition(name = "Party Office archive intake")
    public @interface Config {
        @AttributeDefinition(description = "Minutes between scheduled intakes; 0 turns the schedule off")
        int intakeMinutes() default 60;

        @AttributeDefinition(description = "Rules source|code|title|retention; code and title may use {year} and {source}")
        String[] intakeRules() default {"documents|VB-{year}|Văn bản ban hành năm {year}|VV",
                "meetings|HN-{year}|Hồ sơ hội nghị năm {year}|VV", "*|{source}-{year}|Tài liệu {source} năm {year}|20N"};

        @AttributeDefinition(description = "Time zone of the office (years of dossiers)")
        String zone() default "Asia/Ho_Chi_Minh";
    }

    static final int BATCH = 200;
    private static final Logger LOG = LoggerFactory.getLogger(JdbcIntakeService.class);

    private final Transactions tx;
    private final ArchiveAccess access;
    private final ArchiveFiles files;
    private final JdbcArchiveService archive;
    private final ArchiveIndex index;
    private final ArchiveEventPublisher events;
    private final List<IntakeRule> rules;
    private final ZoneId zone;
    private final Holdings holdings = new Holdings();
    private final List<RecordSource> sources = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService schedule;

    @Activate
    public JdbcIntakeService(@Reference Transactions tx, @Reference ArchiveAccess access, @Reference ArchiveFiles files,
                             @Reference JdbcArchiveService archive, @Reference ArchiveIndex index,
                             @Reference ArchiveEventPublisher events, Config config) {
        this.tx = tx;
        this.access = access;
        this.files = files;
        this.archive = archive;
        this.index = index;
        this.events = events;
        this.rules = IntakeRule.parse(config.intakeRules());
        this.zone = ZoneId.of(config.zone());
        if (config.intakeMinutes() > 0) {
            schedule = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "partyoffice-archives-intake");
                t.setDaemon(true);
                return t;
            });
            schedule.scheduleWithFixedDelay(this::scheduled, config.intakeMinutes(), config.intakeMinutes(), TimeUnit.MINUTES);
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

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addSource(RecordSource source) {
        sources.add(source);
    }

    void removeSource(RecordSource source) {
        sources.remove(source);
    }

    private void scheduled() {
        try {
            IntakeReport report = take();
            if (report.total() > 0) {
                LOG.info("Archive intake took {} records: {}", report.total(), report.taken());
            }
        } catch (RuntimeException e) {
            LOG.warn("Scheduled archive intake failed; the next run retries: {}", e.toString(), e);
        }
    }

    @Override
    public IntakeReport run() {
        access.requireArchivist();
        return take();
    }

    /** One run over every source, without a role check (the schedule runs as the platform). */
    synchronized IntakeReport take() {
        Map<String, Integer> taken = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (RecordSource source : sources) {
            String module = source.module();
            try {
                int n = takeFrom(source, problems);
                taken.put(module, n);
                if (n > 0) {
                    events.post(ArchiveEvents.INGESTED, Map.of(ArchiveEvents.SOURCE, module, ArchiveEvents.COUNT, n));
                }
            } catch (RuntimeException e) {
                LOG.warn("Intake from {} failed: {}", module, e.toString(), e);
                problems.add(module + ": " + e.getMessage());
            }
        }
        return new IntakeReport(Instant.now(), taken, problems);
    }

    private int takeFrom(RecordSource source, List<String> problems) {
        String module = source.module();
        Instant since = tx.required(c -> Db.one(c, "SELECT TAKEN_UP_TO FROM ARCHIVES.INTAKE WHERE SOURCE = ?",
                rs -> Instant.ofEpochMilli(rs.getLong(1)), module)).orElse(Instant.EPOCH);
        int taken = 0;
        while (true) {
            List<ArchivalRecord> batch = new ArrayList<>(source.closedSince(since, BATCH));
            batch.sort(Comparator.comparing(ArchivalRecord::closedAt));
            Instant from = since;
            List<Long> newItems = new ArrayList<>();
            for (ArchivalRecord r : batch) {
                Optional<Long> item = takeRecord(r, problems);
                item.ifPresent(newItems::add);
            }
            taken += newItems.size();
            Instant upTo = batch.isEmpty() ? since : batch.get(batch.size() - 1).closedAt();
            int count = newItems.size();
            tx.required(c -> {
                if (Db.update(c, "UPDATE ARCHIVES.INTAKE SET TAKEN_UP_TO = ?, TAKEN = TAKEN + ?, LAST_RUN = ? WHERE SOURCE = ?",
                        upTo, count, Instant.now(), module) == 0) {
                    Db.update(c, "INSERT INTO ARCHIVES.INTAKE (SOURCE, TAKEN_UP_TO, TAKEN, LAST_RUN) VALUES (?, ?, ?, ?)",
                            module, upTo, count, Instant.now());
                }
                return null;
            });
            index.update(newItems);
            // closedSince is inclusive: a full batch that did not move the mark would repeat for ever
            if (batch.size() < BATCH || !upTo.isAfter(from)) {
                if (batch.size() == BATCH && !upTo.isAfter(from)) {
                    problems.add(module + ": more than " + BATCH + " records closed at " + from + "; the rest wait for a source that pages by id");
                }
                return taken;
            }
            since = upTo;
        }
    }

    /** Takes one record (in its own transaction with its files); empty when it was taken before. */
    private Optional<Long> takeRecord(ArchivalRecord r, List<String> problems) {
        if (tx.required(c -> holdings.itemFromSourceExists(c, r.source(), r.sourceId()))) {
            return Optional.empty();
        }
        Unit unit = access.organisation().get(r.unitId(), "unitId");
        Fonds fonds = archive.openFonds(unit.id(), unit.code(), unit.name());
        IntakeRule rule = IntakeRule.forSource(rules, r.source());
        List<StoredFile> stored = new ArrayList<>();
        int n = 1;
        for (String hash : r.fileHashes()) {
            Optional<StoredFile> f = copy(r, hash, n++);
            if (f.isPresent()) {
                stored.add(f.get());
            } else {
                problems.add(r.source() + " " + r.sourceId() + ": file " + hash + " is not in the platform store");
            }
        }
        Clearance level = r.classification() == null ? Clearance.UNCLASSIFIED : r.classification();
        Item item = tx.required(c -> {
            String code = rule.codeFor(r, zone);
            Dossier d = holdings.dossierByCode(c, fonds.id(), code).orElse(null);
            if (d == null) {
                int year = r.closedAt().atZone(zone).getYear();
                d = archive.insertDossier(c, fonds, new NewDossier(fonds.id(), null, code, rule.titleFor(r, zone),
                        LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), rule.retention(), level));
            }
            return archive.addItem(c, d, r.title(), r.closedAt().atZone(zone).toLocalDate(), r.source(), r.sourceId(),
                    level, stored);
        });
        return Optional.of(item.id());
    }

    private Optional<StoredFile> copy(ArchivalRecord r, String hash, int n) {
        Optional<StoredFile> copied = files.copyFromShared(hash, "file", "application/octet-stream");
        if (copied.isEmpty()) {
            return copied;
        }
        String mediaType;
        try (InputStream in = files.area().open(hash).orElseThrow()) {
            mediaType = MediaTypes.sniff(in);
        } catch (IOException e) {
            mediaType = "application/octet-stream";
        }
        String name = r.source() + "-" + r.sourceId() + "-" + n + MediaTypes.extension(mediaType);
        return Optional.of(new StoredFile(hash, name, mediaType, copied.get().size()));
    }

    @Override
    public List<SourceState> sources() {
        access.scope();
        Map<String, SourceState> states = new LinkedHashMap<>();
        for (SourceState s : tx.required(c -> Db.list(c, "SELECT * FROM ARCHIVES.INTAKE ORDER BY SOURCE",
                rs -> new SourceState(rs.getString("SOURCE"), Db.instant(rs, "TAKEN_UP_TO"), rs.getLong("TAKEN"),
                        Db.instant(rs, "LAST_RUN"))))) {
            states.put(s.module(), s);
        }
        for (RecordSource s : sources) {
            states.putIfAbsent(s.module(), new SourceState(s.module(), null, 0, null));
        }
        return List.copyOf(states.values());
    }

    /** Names of the sources installed now (for the page and the shell). */
    List<String> present() {
        return sources.stream().map(RecordSource::module).sorted().toList();
    }
}
