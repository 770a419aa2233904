package org.partyoffice.archives.impl.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.partyoffice.archives.api.ArchiveEvents;
import org.partyoffice.archives.api.DestructionRecord;
import org.partyoffice.archives.api.DispositionService;
import org.partyoffice.archives.api.Dossier;
import org.partyoffice.archives.api.DossierStatus;
import org.partyoffice.archives.api.Item;
import org.partyoffice.archives.api.RetentionCategory;
import org.partyoffice.archives.api.StoredFile;
import org.partyoffice.archives.api.TransferRecord;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.Transactions;

/**
 * Retention and disposition. A dossier is due when its category has a period and that many years
 * have passed since it closed; a legal hold takes it off the queue and blocks destruction and
 * transfer. Destruction removes the items and the files no other dossier holds, and keeps a
 * destruction record with the appraisal decision for ever. A transfer hands custody to the
 * historical archive: the package is checked against the archive's hashes and forced to disk, then
 * the dossier is marked transferred with its transfer record, its items stay as the list of what
 * went, and the files no other dossier holds are removed from the archive's store (as destruction
 * does), so the fixity sweep no longer answers for what the office no longer keeps.
 */
@Component(service = DispositionService.class)
public final class JdbcDispositionService implements DispositionService {

    private final Transactions tx;
    private final ArchiveAccess access;
    private final ArchiveFiles files;
    private final JdbcArchiveService archive;
    private final BagPackages bags;
    private final ArchiveIndex index;
    private final ArchiveEventPublisher events;
    private final Holdings holdings = new Holdings();

    @Activate
    public JdbcDispositionService(@Reference Transactions tx, @Reference ArchiveAccess access, @Reference ArchiveFiles files,
                                  @Reference JdbcArchiveService archive, @Reference BagPackages bags,
                                  @Reference ArchiveIndex index, @Reference ArchiveEventPublisher events) {
        this.tx = tx;
        this.access = access;
        this.files = files;
        this.archive = archive;
        this.bags = bags;
        this.index = index;
        this.events = events;
    }

    private Clock clock() {
        return archive.clock();
    }

    @Override
    public List<Dossier> queue(LocalDate asOf) {
        LocalDate day = asOf == null ? LocalDate.now(clock()) : asOf;
        ArchiveScope scope = access.scope();
        return tx.required(c -> {
            List<Dossier> due = new ArrayList<>();
            for (Dossier d : holdings.closedWithPeriod(c, scope)) {
                if (!dueOn(c, d).isAfter(day)) {
                    due.add(d);
                }
            }
            return due;
        });
    }

    /** The first day a closed dossier may be destroyed. */
    private LocalDate dueOn(java.sql.Connection c, Dossier d) throws java.sql.SQLException {
        RetentionCategory r = holdings.retention(c, d.retention()).orElseThrow();
        return d.closedAt().atZone(ZoneOffset.UTC).toLocalDate().plusYears(r.years());
    }

    @Override
    public Dossier hold(long dossierId, String reason) {
        access.requireArchivist();
        String why = ArchiveAccess.required(reason, "reason", 1000);
        Dossier d = archive.getDossier(dossierId);
        if (d.status() == DossierStatus.DESTROYED || d.status() == DossierStatus.TRANSFERRED) {
            throw new ConflictException("status", "dossier " + d.code() + " is " + d.status());
        }
        return tx.required(c -> {
            holdings.setHold(c, d.id(), true, why);
            access.audit("dossier.hold", d.id(), "reason=" + why);
            return holdings.dossier(c, d.id()).orElseThrow();
        });
    }

    @Override
    public Dossier release(long dossierId, String reason) {
        access.requireArchivist();
        String why = ArchiveAccess.required(reason, "reason", 1000);
        Dossier d = archive.getDossier(dossierId);
        if (!d.legalHold()) {
            throw new ConflictException("legalHold", "dossier " + d.code() + " is not on hold");
        }
        return tx.required(c -> {
            holdings.setHold(c, d.id(), false, null);
            access.audit("dossier.release", d.id(), "reason=" + why);
            return holdings.dossier(c, d.id()).orElseThrow();
        });
    }

    @Override
    public DestructionRecord destroy(long dossierId, String decision) {
        access.requireApprover();
        String appraisal = ArchiveAccess.required(decision, "decision", 1000);
        Dossier d = archive.getDossier(dossierId);
        List<Long> itemIds = new ArrayList<>();
        List<StoredFile> removed = new ArrayList<>();
        DestructionRecord record = tx.required(c -> {
            Dossier now = holdings.dossier(c, d.id()).orElseThrow();
            requireDue(c, now);
            holdings.items(c, now.id()).stream().map(Item::id).forEach(itemIds::add);
            removed.addAll(holdings.removeItems(c, now.id()));
            holdings.setStatus(c, now.id(), DossierStatus.DESTROYED, null);
            holdings.recount(c, now.id());
            long bytes = removed.stream().mapToLong(StoredFile::size).sum();
            var at = clock().instant();
            long id = Db.insert(c, "INSERT INTO ARCHIVES.DESTRUCTIONS (DOSSIER_ID, DOSSIER_CODE, TITLE, RETENTION, DECISION, "
                    + "APPROVED_BY, DESTROYED_AT, FILES, BYTES) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", now.id(), now.code(),
                    now.title(), now.retention(), appraisal, access.user().login(), at, removed.size(), bytes);
            access.audit("dossier.destroy", now.id(), "code=" + now.code() + " decision=" + appraisal + " files=" + removed.size());
            return new DestructionRecord(id, now.id(), now.code(), now.title(), now.retention(), appraisal,
                    access.user().login(), at, removed.size(), bytes);
        });
        // files go only after the database says so: a failed transaction leaves every file in place
        removed.forEach(f -> files.area().delete(f.sha256()));
        index.remove(itemIds);
        events.post(ArchiveEvents.DESTROYED, Map.of(ArchiveEvents.DOSSIER_ID, d.id()));
        return record;
    }

    private void requireDue(java.sql.Connection c, Dossier d) throws java.sql.SQLException {
        if (d.legalHold()) {
            throw new ConflictException("legalHold", "dossier " + d.code() + " is on legal hold: " + d.holdReason());
        }
        if (d.status() != DossierStatus.CLOSED) {
            throw new ConflictException("status", "dossier " + d.code() + " is " + d.status() + "; only a closed dossier is destroyed");
        }
        Optional<RetentionCategory> r = holdings.retention(c, d.retention());
        if (r.isEmpty() || r.get().permanent()) {
            throw new ConflictException("retention", "dossier " + d.code() + " is kept permanently");
        }
        LocalDate due = dueOn(c, d);
        if (due.isAfter(LocalDate.now(clock()))) {
            throw new ConflictException("retention", "dossier " + d.code() + " must be kept until " + due);
        }
    }

    @Override
    public List<DestructionRecord> destructions() {
        access.scope();
        return tx.required(c -> Db.list(c, "SELECT * FROM ARCHIVES.DESTRUCTIONS ORDER BY DESTROYED_AT DESC, ID DESC",
                rs -> new DestructionRecord(rs.getLong("ID"), rs.getLong("DOSSIER_ID"), rs.getString("DOSSIER_CODE"),
                        rs.getString("TITLE"), rs.getString("RETENTION"), rs.getString("DECISION"), rs.getString("APPROVED_BY"),
                        Db.instant(rs, "DESTROYED_AT"), rs.getInt("FILES"), rs.getLong("BYTES"))));
    }

    @Override
    public TransferRecord transfer(long dossierId, String destination, Path target) {
        access.requireApprover();
        String to = ArchiveAccess.required(destination, "destination", 500);
        Dossier d = archive.getDossier(dossierId);
        if (d.legalHold()) {
            throw new ConflictException("legalHold", "dossier " + d.code() + " is on legal hold: " + d.holdReason());
        }
        if (d.status() != DossierStatus.CLOSED) {
            throw new ConflictException("status", "dossier " + d.code() + " is " + d.status() + "; only a closed dossier is transferred");
        }
        Path bag = bags.export(d.id(), target);
        // custody passes with the package: it must hold exactly the archive's bytes, on disk, before our copies go
        bags.checkTransferPackage(bag, archive.items(d.id()));
        List<StoredFile> removed = new ArrayList<>();
        List<Long> itemIds = new ArrayList<>();
        TransferRecord record = tx.required(c -> {
            Dossier now = holdings.dossier(c, d.id()).orElseThrow();
            if (now.status() != DossierStatus.CLOSED || now.legalHold()) {
                throw new ConflictException("status", "dossier " + d.code() + " changed while it was packed; transfer it again");
            }
            holdings.items(c, now.id()).stream().map(Item::id).forEach(itemIds::add);
            removed.addAll(holdings.detachFiles(c, now.id()));
            holdings.setStatus(c, now.id(), DossierStatus.TRANSFERRED, null);
            holdings.recount(c, now.id());
            var at = clock().instant();
            long id = Db.insert(c, "INSERT INTO ARCHIVES.TRANSFERS (DOSSIER_ID, DESTINATION, PACKAGE_PATH, BY_LOGIN, TRANSFERRED_AT) "
                    + "VALUES (?, ?, ?, ?, ?)", d.id(), to, bag.toString(), access.user().login(), at);
            access.audit("dossier.transfer", d.id(), "code=" + d.code() + " to=" + to + " items=" + itemIds.size()
                    + " files removed=" + removed.size() + " bytes=" + removed.stream().mapToLong(StoredFile::size).sum());
            return new TransferRecord(id, d.id(), to, bag.toString(), access.user().login(), at);
        });
        // as for destruction: the files go only after the commit, and a file another dossier holds stays
        removed.forEach(f -> files.area().delete(f.sha256()));
        index.update(itemIds);
        events.post(ArchiveEvents.TRANSFERRED, Map.of(ArchiveEvents.DOSSIER_ID, d.id()));
        return record;
    }
}
