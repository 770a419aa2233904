package org.partyoffice.archives.impl.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.partyoffice.archives.api.ArchiveSearchResult;
import org.partyoffice.archives.api.ArchiveService;
import org.partyoffice.archives.api.DigitisationProgress;
import org.partyoffice.archives.api.Dossier;
import org.partyoffice.archives.api.DossierPage;
import org.partyoffice.archives.api.DossierQuery;
import org.partyoffice.archives.api.DossierStatus;
import org.partyoffice.archives.api.FileContent;
import org.partyoffice.archives.api.Fonds;
import org.partyoffice.archives.api.Item;
import org.partyoffice.archives.api.NewDossier;
import org.partyoffice.archives.api.NewFile;
import org.partyoffice.archives.api.RetentionCategory;
import org.partyoffice.archives.api.Series;
import org.partyoffice.archives.api.StoredFile;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.Transactions;
import org.partyoffice.platform.api.search.FullTextIndex;
import org.partyoffice.platform.api.search.SearchHit;
import org.partyoffice.platform.api.search.SearchQuery;
import org.partyoffice.platform.api.search.SearchResult;

@Component(service = {ArchiveService.class, JdbcArchiveService.class})
public final class JdbcArchiveService implements ArchiveService {

    static final int MAX_PAGE = 500;
    /** Search totals are exact up to this many matches, "at least" beyond. */
    static final int SEARCH_EXACT_UP_TO = 1_000;

    private final Transactions tx;
    private final ArchiveAccess access;
    private final ArchiveFiles files;
    private final ArchiveIndex index;
    private final Holdings holdings = new Holdings();
    private final Clock clock;

    @Activate
    public JdbcArchiveService(@Reference Transactions tx, @Reference ArchiveAccess access, @Reference ArchiveFiles files,
                              @Reference ArchiveIndex index, @Reference ArchivesSchema schema) {
        this(tx, access, files, index, Clock.systemUTC());
    }

    JdbcArchiveService(Transactions tx, ArchiveAccess access, ArchiveFiles files, ArchiveIndex index, Clock clock) {
        this.tx = tx;
        this.access = access;
        this.files = files;
        this.index = index;
        this.clock = clock;
    }

    Clock clock() {
        return clock;
    }

    @Override
    public List<Fonds> fonds() {
        ArchiveScope scope = access.scope();
        return tx.required(c -> holdings.allFonds(c).stream().filter(f -> scope.covers(f.unitId())).toList());
    }

    @Override
    public Fonds getFonds(long id) {
        ArchiveScope scope = access.scope();
        return tx.required(c -> holdings.fonds(c, id)).filter(f -> scope.covers(f.unitId()))
                .orElseThrow(() -> new EntityNotFoundException("fonds", id, "fondsId"));
    }

    @Override
    public Fonds fondsOf(long unitId) {
        access.requireArchivist();
        var unit = access.organisation().get(unitId, "unitId");
        if (!access.scope().covers(access.organisation().current(unitId).id())) {
            throw new EntityNotFoundException("unit", unitId, "unitId");
        }
        return openFonds(unit.id(), unit.code(), unit.name());
    }

    /** The fonds of the organisation {@code unitId}, opened when first needed (intake does this as the system). */
    Fonds openFonds(long unitId, String unitCode, String unitName) {
        return tx.required(c -> {
            Optional<Fonds> existing = holdings.fondsOfOriginalUnit(c, unitId);
            if (existing.isPresent()) {
                return existing.get();
            }
            String code = holdings.fondsCodeTaken(c, unitCode) ? unitCode + "-" + unitId : unitCode;
            long current = access.organisation().current(unitId).id();
            Fonds f = holdings.insertFonds(c, code, "Phông " + unitName, current, clock.instant());
            access.audit("fonds.open", f.id(), "code=" + code + " unit=" + unitId);
            return f;
        });
    }

    @Override
    public List<RetentionCategory> retentionCategories() {
        access.scope();
        return tx.required(holdings::retention);
    }

    @Override
    public RetentionCategory defineRetention(String code, String name, Integer years) {
        access.requireArchivist();
        String c = ArchiveAccess.required(code, "code", 16).toUpperCase(java.util.Locale.ROOT);
        if (!c.matches("[A-Z0-9_-]+")) {
            throw new InvalidInputException("code", "must be letters, digits, '-' or '_'", code);
        }
        if (years != null && (years < 1 || years > 200)) {
            throw new InvalidInputException("years", "must be between 1 and 200, or empty for permanent", years);
        }
        RetentionCategory r = new RetentionCategory(c, ArchiveAccess.required(name, "name", 200), years);
        tx.required(conn -> {
            holdings.saveRetention(conn, r);
            access.audit("retention.define", c, "name=" + r.name() + " years=" + years);
            return null;
        });
        return r;
    }

    @Override
    public Series createSeries(long fondsId, String code, String title, String retention) {
        access.requireArchivist();
        Fonds f = getFonds(fondsId);
        String c = ArchiveAccess.required(code, "code", 64);
        String t = ArchiveAccess.required(title, "title", 1000);
        return tx.required(conn -> {
            requireRetention(conn, retention);
            if (holdings.seriesOf(conn, f.id()).stream().anyMatch(s -> s.code().equals(c))) {
                throw new ConflictException("code", "series " + c + " already exists in fonds " + f.code());
            }
            Series s = holdings.insertSeries(conn, f.id(), c, t, retention);
            access.audit("series.create", s.id(), "fonds=" + f.code() + " code=" + c);
            return s;
        });
    }

    private void requireRetention(java.sql.Connection c, String retention) throws java.sql.SQLException {
        if (retention == null || holdings.retention(c, retention).isEmpty()) {
            throw new InvalidInputException("retention", "must be a retention category code (see the schedule)", retention);
        }
    }

    @Override
    public List<Series> series(long fondsId) {
        Fonds f = getFonds(fondsId);
        return tx.required(c -> holdings.seriesOf(c, f.id()));
    }

    @Override
    public Dossier createDossier(NewDossier d) {
        access.requireArchivist();
        Fonds f = getFonds(d.fondsId());
        Clearance classification = d.classification() == null ? Clearance.UNCLASSIFIED : d.classification();
        access.requireCleared(classification, "classification");
        NewDossier clean = new NewDossier(f.id(), d.seriesId(), ArchiveAccess.required(d.code(), "code", 100),
                ArchiveAccess.required(d.title(), "title", 1000), d.startDate(), d.endDate(), d.retention(), classification);
        if (d.startDate() != null && d.endDate() != null && d.endDate().isBefore(d.startDate())) {
            throw new InvalidInputException("endDate", "must not be before startDate", d.endDate());
        }
        Dossier created = tx.required(c -> {
            String retention = clean.retention();
            if (clean.seriesId() != null) {
                Series s = holdings.series(c, clean.seriesId()).filter(x -> x.fondsId() == f.id())
                        .orElseThrow(() -> new InvalidInputException("seriesId", "must be a series of fonds " + f.code(),
                                clean.seriesId()));
                retention = retention == null ? s.retention() : retention;
            }
            requireRetention(c, retention);
            NewDossier withRetention = new NewDossier(clean.fondsId(), clean.seriesId(), clean.code(), clean.title(),
                    clean.startDate(), clean.endDate(), retention, classification);
            return insertDossier(c, f, withRetention);
        });
        return created;
    }

    /** Inserts after the code check; shared by the service, intake and bag import. */
    Dossier insertDossier(java.sql.Connection c, Fonds f, NewDossier d) throws java.sql.SQLException {
        if (holdings.dossierByCode(c, f.id(), d.code()).isPresent()) {
            throw new ConflictException("code", "dossier " + d.code() + " already exists in fonds " + f.code());
        }
        Dossier created = holdings.insertDossier(c, d, f.unitId(), clock.instant());
        access.audit("dossier.create", created.id(), "fonds=" + f.code() + " code=" + d.code()
                + " classification=" + d.classification().name());
        return created;
    }

    @Override
    public Dossier getDossier(long id) {
        ArchiveScope scope = access.scope();
        Dossier d = tx.required(c -> holdings.dossier(c, id))
                .orElseThrow(() -> new EntityNotFoundException("dossier", id, "dossierId"));
        access.visible(d, scope);
        access.auditRead(d);
        return d;
    }

    @Override
    public Optional<Dossier> findDossier(long fondsId, String code) {
        ArchiveScope scope = access.scope();
        Optional<Dossier> d = tx.required(c -> holdings.dossierByCode(c, fondsId, code)).filter(scope::sees);
        d.ifPresent(access::auditRead);
        return d;
    }

    @Override
    public DossierPage dossiers(DossierQuery query) {
        DossierQuery q = query == null ? DossierQuery.all() : query;
        if (q.offset() < 0) {
            throw new InvalidInputException("offset", "must not be negative", q.offset());
        }
        if (q.limit() < 1 || q.limit() > MAX_PAGE) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_PAGE, q.limit());
        }
        ArchiveScope scope = access.scope();
        var page = tx.required(c -> holdings.dossiers(c, q, scope));
        List<Dossier> classified = page.getKey().stream().filter(d -> d.classification() != Clearance.UNCLASSIFIED).toList();
        if (!classified.isEmpty()) {
            access.audit("dossier.list", classified.stream().map(d -> Long.toString(d.id()))
                    .collect(java.util.stream.Collectors.joining(",")), "classified dossiers listed");
        }
        return new DossierPage(page.getKey(), page.getValue());
    }

    @Override
    public Dossier close(long dossierId) {
        access.requireArchivist();
        Dossier d = getDossier(dossierId);
        if (d.status() != DossierStatus.OPEN) {
            throw new ConflictException("status", "dossier " + d.code() + " is " + d.status() + ", not OPEN");
        }
        return tx.required(c -> {
            holdings.setStatus(c, d.id(), DossierStatus.CLOSED, clock.instant());
            access.audit("dossier.close", d.id(), "code=" + d.code());
            return holdings.dossier(c, d.id()).orElseThrow();
        });
    }

    @Override
    public Item addItem(long dossierId, String title, LocalDate date, Clearance classification, List<NewFile> newFiles) {
        access.requireArchivist();
        Dossier d = getDossier(dossierId);
        Clearance level = classification == null ? Clearance.UNCLASSIFIED : classification;
        access.requireCleared(level, "classification");
        String t = ArchiveAccess.required(title, "title", 1000);
        List<StoredFile> stored = new ArrayList<>();
        Item item;
        try (ArchiveFiles.Batch batch = files.batch()) {
            for (NewFile f : newFiles == null ? List.<NewFile>of() : newFiles) {
                stored.add(batch.store(f));
            }
            // the rows are written while the files are forced; every file is on disk under its name
            // before the commit that names it (a rolled-back item leaves unnamed content, as a failed put)
            item = tx.required(c -> {
                Item added = addItem(c, d, t, date, "manual", null, level, stored);
                batch.sync();
                return added;
            });
        }
        index.update(List.of(item.id()));
        if (level.ordinal() > d.classification().ordinal()) {
            index.updateDossier(d.id());
        }
        return item;
    }

    /** Adds an item whose files are already in the archive's area; raises the dossier's classification to the item's. */
    Item addItem(java.sql.Connection c, Dossier d, String title, LocalDate date, String source, String sourceId,
                 Clearance classification, List<StoredFile> stored) throws java.sql.SQLException {
        Dossier current = holdings.dossier(c, d.id()).orElseThrow();
        if (current.status() == DossierStatus.TRANSFERRED || current.status() == DossierStatus.DESTROYED) {
            throw new ConflictException("status", "dossier " + d.code() + " is " + current.status() + ": it takes no items");
        }
        long itemId = holdings.insertItem(c, d.id(), title, date, source, sourceId, classification, clock.instant());
        int attached = 0;
        for (StoredFile f : stored) {
            holdings.registerFile(c, f.sha256(), f.size(), clock.instant());
            attached += holdings.attach(c, itemId, f) ? 1 : 0;
        }
        if (classification.ordinal() > current.classification().ordinal()) {
            holdings.raiseClassification(c, d.id(), classification);
        }
        holdings.countItem(c, d.id(), attached);
        access.audit("item.add", itemId, "dossier=" + d.code() + " source=" + source + " files=" + stored.size());
        return holdings.item(c, itemId).orElseThrow();
    }

    @Override
    public List<Item> items(long dossierId) {
        Dossier d = getDossier(dossierId);
        Clearance clearance = access.user().clearance();
        return tx.required(c -> holdings.items(c, d.id())).stream().filter(i -> clearance.permits(i.classification())).toList();
    }

    @Override
    public FileContent open(long itemId, String sha256) {
        Item item = tx.required(c -> holdings.item(c, itemId))
                .filter(i -> access.user().clearance().permits(i.classification()))
                .orElseThrow(() -> new EntityNotFoundException("item", itemId, "itemId"));
        getDossier(item.dossierId());
        StoredFile f = item.files().stream().filter(x -> x.sha256().equals(sha256)).findFirst()
                .orElseThrow(() -> new EntityNotFoundException("file", sha256, "sha256"));
        return new FileContent(f, files.area().open(sha256)
                .orElseThrow(() -> new ConflictException("sha256", "file " + sha256 + " is missing from the archive store; "
                        + "see the fixity report")));
    }

    @Override
    public DigitisationProgress progress(long fondsId) {
        Fonds f = getFonds(fondsId);
        ArchiveScope scope = access.scope();
        long[] counts = tx.required(c -> holdings.progress(c, f.id(), scope));
        return new DigitisationProgress(f.id(), counts[0], counts[1]);
    }

    @Override
    public ArchiveSearchResult search(String text, int offset, int limit) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("q", "must not be empty");
        }
        if (limit < 1 || limit > 100) {
            throw new InvalidInputException("limit", "must be between 1 and 100", limit);
        }
        if (offset < 0) {
            throw new InvalidInputException("offset", "must not be negative", offset);
        }
        ArchiveScope scope = access.scope();
        FullTextIndex i = index.index();
        if (i == null) {
            return tx.required(c -> new ArchiveSearch().metadata(c, text, scope, offset, limit));
        }
        Map<String, String> filters = scope.committee() == null ? Map.of()
                : Map.of(ArchiveIndex.scopeFilter(scope.committee()), "y");
        // a total exact up to a bound, "more than" beyond (as documents does): an exact count of a common
        // word's hundreds of thousands of matches is most of a search's time at a million items
        SearchResult result = i.search(ArchiveIndex.INDEX, new SearchQuery(text, scope.clearance(), filters, offset, limit),
                SEARCH_EXACT_UP_TO);
        List<Long> ids = result.hits().stream().map(h -> Long.parseLong(h.id())).toList();
        List<ArchiveSearchResult.Hit> hits = tx.required(c -> {
            Map<Long, Item> items = holdings.itemsById(c, ids);
            Map<Long, Dossier> dossiers = holdings.dossiersById(c, items.values().stream().map(Item::dossierId).distinct().toList());
            List<ArchiveSearchResult.Hit> found = new ArrayList<>();
            for (SearchHit h : result.hits()) {
                Item item = items.get(Long.parseLong(h.id()));
                Dossier d = item == null ? null : dossiers.get(item.dossierId());
                // the index may lag a change by a second: never return what the tables say the reader may not see
                if (d != null && scope.sees(d) && scope.clearance().permits(item.classification())) {
                    found.add(new ArchiveSearchResult.Hit(d, item, h.snippet()));
                }
            }
            // every classified dossier shown is audited, all in this one transaction (one commit, not one per dossier)
            found.stream().map(ArchiveSearchResult.Hit::dossier).distinct().forEach(access::auditRead);
            return found;
        });
        return new ArchiveSearchResult(hits, result.total(), result.totalExact(), true);
    }
}
