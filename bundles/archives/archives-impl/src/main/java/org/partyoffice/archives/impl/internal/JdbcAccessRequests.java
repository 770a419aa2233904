package org.partyoffice.archives.impl.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import org.partyoffice.archives.api.AccessRequestService;
import org.partyoffice.archives.api.ArchiveEvents;
import org.partyoffice.archives.api.Dossier;
import org.partyoffice.archives.api.DossierStatus;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.Roles;
import org.partyoffice.platform.api.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reading-room requests: REQUESTED → APPROVED or REFUSED; APPROVED → RETURNED. */
@Component(service = AccessRequestService.class)
@Designate(ocd = JdbcAccessRequests.Config.class)
public final class JdbcAccessRequests implements AccessRequestService {

    @ObjectClassDefinition(name = "Party Office archives: reading room")
    public @interface Config {
        @AttributeDefinition(description = "Minutes between checks for overdue loans (each is announced once); 0 turns it off")
        int reminderMinutes() default 60;
    }

    private static final Logger LOG = LoggerFactory.getLogger(JdbcAccessRequests.class);
    private static final String OVERDUE = " AND R.STATUS = 'APPROVED' AND R.UNTIL_DATE < ?";

    private static final String SELECT = "SELECT R.*, D.CODE AS DOSSIER_CODE FROM ARCHIVES.ACCESS_REQUESTS R "
            + "JOIN ARCHIVES.DOSSIERS D ON D.ID = R.DOSSIER_ID";

    private final Transactions tx;
    private final ArchiveAccess access;
    private final JdbcArchiveService archive;
    private final ArchiveEventPublisher events;
    private final ScheduledExecutorService schedule;

    @Activate
    public JdbcAccessRequests(@Reference Transactions tx, @Reference ArchiveAccess access,
                              @Reference JdbcArchiveService archive, @Reference ArchiveEventPublisher events, Config config) {
        this.tx = tx;
        this.access = access;
        this.archive = archive;
        this.events = events;
        if (config.reminderMinutes() > 0) {
            schedule = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "partyoffice-archives-reading-room");
                t.setDaemon(true);
                return t;
            });
            schedule.scheduleWithFixedDelay(this::scheduledReminders, 1, config.reminderMinutes(), TimeUnit.MINUTES);
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

    private void scheduledReminders() {
        try {
            int sent = remind();
            if (sent > 0) {
                LOG.info("{} reading-room loan(s) became overdue", sent);
            }
        } catch (RuntimeException e) {
            LOG.warn("checking for overdue reading-room loans failed: {}", e.toString());
        }
    }

    @Override
    public AccessRequest request(long dossierId, String purpose, LocalDate until) {
        Dossier d = archive.getDossier(dossierId);
        String why = ArchiveAccess.required(purpose, "purpose", 1000);
        LocalDate today = LocalDate.now(archive.clock());
        if (until == null || until.isBefore(today) || until.isAfter(today.plusDays(90))) {
            throw new InvalidInputException("until", "must be a day from today to 90 days ahead", until);
        }
        if (d.status() == DossierStatus.DESTROYED) {
            throw new ConflictException("dossierId", "dossier " + d.code() + " was destroyed");
        }
        long id = tx.required(c -> {
            long created = Db.insert(c, "INSERT INTO ARCHIVES.ACCESS_REQUESTS (DOSSIER_ID, REQUESTER, PURPOSE, UNTIL_DATE, "
                    + "STATUS, REQUESTED_AT) VALUES (?, ?, ?, ?, 'REQUESTED', ?)", d.id(), access.user().login(), why, until,
                    Instant.now());
            access.audit("access.request", created, "dossier=" + d.code() + " until=" + until);
            return created;
        });
        return get(id);
    }

    @Override
    public AccessRequest approve(long requestId, String note) {
        return decide(requestId, "REQUESTED", "APPROVED", note);
    }

    @Override
    public AccessRequest refuse(long requestId, String note) {
        if (note == null || note.isBlank()) {
            throw new InvalidInputException("note", "must give the reason for refusing");
        }
        return decide(requestId, "REQUESTED", "REFUSED", note);
    }

    @Override
    public AccessRequest returned(long requestId) {
        access.requireArchivist();
        AccessRequest r = get(requestId);
        if (!r.status().equals("APPROVED")) {
            throw new ConflictException("status", "request " + requestId + " is " + r.status() + ", not APPROVED");
        }
        tx.required(c -> {
            Db.update(c, "UPDATE ARCHIVES.ACCESS_REQUESTS SET STATUS = 'RETURNED', RETURNED_AT = ? WHERE ID = ?",
                    Instant.now(), requestId);
            access.audit("access.return", requestId, "dossier=" + r.dossierCode());
            return null;
        });
        return get(requestId);
    }

    private AccessRequest decide(long requestId, String from, String to, String note) {
        access.requireArchivist();
        AccessRequest r = get(requestId);
        if (!r.status().equals(from)) {
            throw new ConflictException("status", "request " + requestId + " is " + r.status() + ", not " + from);
        }
        if (r.requester().equals(access.user().login())) {
            throw new ConflictException("requestId", "nobody decides their own request");
        }
        tx.required(c -> {
            Db.update(c, "UPDATE ARCHIVES.ACCESS_REQUESTS SET STATUS = ?, DECIDED_BY = ?, NOTE = ?, DECIDED_AT = ? WHERE ID = ?",
                    to, access.user().login(), note == null ? null : note.strip(), Instant.now(), requestId);
            access.audit("access." + to.toLowerCase(java.util.Locale.ROOT), requestId, "dossier=" + r.dossierCode());
            return null;
        });
        return get(requestId);
    }

    private AccessRequest get(long id) {
        AccessRequest r = tx.required(c -> Db.one(c, SELECT + " WHERE R.ID = ?", JdbcAccessRequests::row, id))
                .orElseThrow(() -> new EntityNotFoundException("access request", id, "requestId"));
        archive.getDossier(r.dossierId());
        return r;
    }

    @Override
    public List<AccessRequest> list(boolean open) {
        ArchiveScope scope = access.scope();
        boolean all = access.user().hasRole(Roles.ARCHIVIST) || access.user().hasRole(Roles.ADMIN);
        String where = " WHERE " + scope.condition("D") + (open ? " AND R.STATUS IN ('REQUESTED','APPROVED')" : "")
                + (all ? "" : " AND R.REQUESTER = ?");
        Object[] args = all ? new Object[0] : new Object[] {access.user().login()};
        return tx.required(c -> Db.list(c, SELECT + where + " ORDER BY R.REQUESTED_AT DESC, R.ID DESC", JdbcAccessRequests::row, args));
    }

    @Override
    public List<AccessRequest> overdue() {
        ArchiveScope scope = access.scope();
        boolean all = access.user().hasRole(Roles.ARCHIVIST) || access.user().hasRole(Roles.ADMIN);
        String where = " WHERE " + scope.condition("D") + OVERDUE + (all ? "" : " AND R.REQUESTER = ?");
        Object[] args = all ? new Object[] {today()} : new Object[] {today(), access.user().login()};
        return tx.required(c -> Db.list(c, SELECT + where + " ORDER BY R.UNTIL_DATE, R.ID", JdbcAccessRequests::row, args));
    }

    @Override
    public int remindOverdue() {
        access.requireArchivist();
        return remind();
    }

    /** Marks each newly overdue loan as reminded and announces it after the commit, across all units. */
    private int remind() {
        List<AccessRequest> due = tx.required(c -> {
            List<AccessRequest> found = Db.list(c, SELECT + " WHERE R.REMINDED_AT IS NULL" + OVERDUE, JdbcAccessRequests::row,
                    today());
            for (AccessRequest r : found) {
                Db.update(c, "UPDATE ARCHIVES.ACCESS_REQUESTS SET REMINDED_AT = ? WHERE ID = ?", archive.clock().instant(),
                        r.id());
            }
            return found;
        });
        for (AccessRequest r : due) {
            events.post(ArchiveEvents.LOAN_OVERDUE, Map.of(ArchiveEvents.REQUEST_ID, r.id(), ArchiveEvents.DOSSIER_ID,
                    r.dossierId(), ArchiveEvents.REQUESTER, r.requester()));
        }
        return due.size();
    }

    private LocalDate today() {
        return LocalDate.now(archive.clock());
    }

    private static AccessRequest row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new AccessRequest(rs.getLong("ID"), rs.getLong("DOSSIER_ID"), rs.getString("DOSSIER_CODE"),
                rs.getString("REQUESTER"), rs.getString("PURPOSE"), Db.date(rs, "UNTIL_DATE"), rs.getString("STATUS"),
                rs.getString("DECIDED_BY"), rs.getString("NOTE"), Db.instant(rs, "REQUESTED_AT"),
                Db.instant(rs, "DECIDED_AT"), Db.instant(rs, "RETURNED_AT"));
    }
}
