package org.partyoffice.archives.impl.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.partyoffice.archives.api.Dossier;
import org.partyoffice.archives.api.DossierQuery;
import org.partyoffice.archives.api.DossierStatus;
import org.partyoffice.archives.api.Fonds;
import org.partyoffice.archives.api.Item;
import org.partyoffice.archives.api.NewDossier;
import org.partyoffice.archives.api.RetentionCategory;
import org.partyoffice.archives.api.Series;
import org.partyoffice.archives.api.StoredFile;
import org.partyoffice.platform.api.Clearance;

/** SQL over fonds, series, dossiers, items and their files. No access rules here: callers apply them. */
final class Holdings {

    private static final String DOSSIER_COLUMNS = "D.ID, D.FONDS_ID, D.SERIES_ID, D.CODE, D.TITLE, D.START_DATE, "
            + "D.END_DATE, D.UNIT_ID, D.RETENTION, D.CLASSIFICATION, D.STATUS, D.CLOSED_AT, D.LEGAL_HOLD, "
            + "D.HOLD_REASON, D.ITEM_COUNT, D.FILE_COUNT";

    // --- retention

    List<RetentionCategory> retention(Connection c) throws SQLException {
        return Db.list(c, "SELECT CODE, NAME, YEARS FROM ARCHIVES.RETENTION ORDER BY YEARS DESC NULLS FIRST, CODE",
                Holdings::retention);
    }

    Optional<RetentionCategory> retention(Connection c, String code) throws SQLException {
        return Db.one(c, "SELECT CODE, NAME, YEARS FROM ARCHIVES.RETENTION WHERE CODE = ?", Holdings::retention, code);
    }

    void saveRetention(Connection c, RetentionCategory r) throws SQLException {
        if (Db.update(c, "UPDATE ARCHIVES.RETENTION SET NAME = ?, YEARS = ? WHERE CODE = ?", r.name(),
                Db.orNull(r.years()), r.code()) == 0) {
            Db.update(c, "INSERT INTO ARCHIVES.RETENTION (CODE, NAME, YEARS) VALUES (?, ?, ?)", r.code(), r.name(),
                    Db.orNull(r.years()));
        }
    }

    private static RetentionCategory retention(ResultSet rs) throws SQLException {
        return new RetentionCategory(rs.getString("CODE"), rs.getString("NAME"), Db.nullableInt(rs, "YEARS"));
    }

    // --- fonds

    Fonds insertFonds(Connection c, String code, String name, long unitId, Instant now) throws SQLException {
        long id = Db.insert(c, "INSERT INTO ARCHIVES.FONDS (CODE, NAME, UNIT_ID, ORIGINAL_UNIT_ID, CREATED_AT) "
                + "VALUES (?, ?, ?, ?, ?)", code, name, unitId, unitId, now);
        return new Fonds(id, code, name, unitId, unitId, now);
    }

    Optional<Fonds> fonds(Connection c, long id) throws SQLException {
        return Db.one(c, "SELECT * FROM ARCHIVES.FONDS WHERE ID = ?", Holdings::fonds, id);
    }

    Optional<Fonds> fondsOfOriginalUnit(Connection c, long unitId) throws SQLException {
        return Db.one(c, "SELECT * FROM ARCHIVES.FONDS WHERE ORIGINAL_UNIT_ID = ?", Holdings::fonds, unitId);
    }

    boolean fondsCodeTaken(Connection c, String code) throws SQLException {
        return Db.count(c, "SELECT COUNT(*) FROM ARCHIVES.FONDS WHERE CODE = ?", code) > 0;
    }

    List<Fonds> allFonds(Connection c) throws SQLException {
        return Db.list(c, "SELECT * FROM ARCHIVES.FONDS ORDER BY CODE", Holdings::fonds);
    }

    private static Fonds fonds(ResultSet rs) throws SQLException {
        return new Fonds(rs.getLong("ID"), rs.getString("CODE"), rs.getString("NAME"), rs.getLong("UNIT_ID"),
                rs.getLong("ORIGINAL_UNIT_ID"), Db.instant(rs, "CREATED_AT"));
    }

    // --- series

    Series insertSeries(Connection c, long fondsId, String code, String title, String retention) throws SQLException {
        long id = Db.insert(c, "INSERT INTO ARCHIVES.SERIES (FONDS_ID, CODE, TITLE, RETENTION) VALUES (?, ?, ?, ?)",
                fondsId, code, title, retention);
        return new Series(id, fondsId, code, title, retention);
    }

    Optional<Series> series(Connection c, long id) throws SQLException {
        return Db.one(c, "SELECT * FROM ARCHIVES.SERIES WHERE ID = ?", Holdings::series, id);
    }

    List<Series> seriesOf(Connection c, long fondsId) throws SQLException {
        return Db.list(c, "SELECT * FROM ARCHIVES.SERIES WHERE FONDS_ID = ? ORDER BY CODE", Holdings::series, fondsId);
    }

    private static Series series(ResultSet rs) throws SQLException {
        return new Series(rs.getLong("ID"), rs.getLong("FONDS_ID"), rs.getString("CODE"), rs.getString("TITLE"),
                rs.getString("RETENTION"));
    }

    // --- dossiers

    Dossier insertDossier(Connection c, NewDossier d, long unitId, Instant now) throws SQLException {
        long id = Db.insert(c, "INSERT INTO ARCHIVES.DOSSIERS (FONDS_ID, SERIES_ID, CODE, TITLE, START_DATE, END_DATE, "
                        + "UNIT_ID, RETENTION, CLASSIFICATION, STATUS, CREATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                d.fondsId(), Db.orNull(d.seriesId()), d.code(), d.title(), Db.orNull(d.startDate()),
                Db.orNull(d.endDate()), unitId, d.retention(), d.classification(), DossierStatus.OPEN, now);
        return dossier(c, id).orElseThrow();
    }

    Optional<Dossier> dossier(Connection c, long id) throws SQLException {
        return Db.one(c, "SELECT " + DOSSIER_COLUMNS + " FROM ARCHIVES.DOSSIERS D WHERE D.ID = ?", Holdings::dossier, id);
    }

    Optional<Dossier> dossierByCode(Connection c, long fondsId, String code) throws SQLException {
        return Db.one(c, "SELECT " + DOSSIER_COLUMNS + " FROM ARCHIVES.DOSSIERS D WHERE D.FONDS_ID = ? AND D.CODE = ?",
                Holdings::dossier, fondsId, code);
    }

    /** The page of dossiers matching {@code q} within {@code scope}, and how many match in all. */
    Map.Entry<List<Dossier>, Long> dossiers(Connection c, DossierQuery q, ArchiveScope scope) throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE ").append(scope.condition("D"));
        List<Object> args = new ArrayList<>();
        if (q.fondsId() != null) {
            where.append(" AND D.FONDS_ID = ?");
            args.add(q.fondsId());
        }
        if (q.seriesId() != null) {
            where.append(" AND D.SERIES_ID = ?");
            args.add(q.seriesId());
        }
        if (q.status() != null) {
            where.append(" AND D.STATUS = ?");
            args.add(q.status());
        }
        if (q.legalHold() != null) {
            where.append(" AND D.LEGAL_HOLD = ?");
            args.add(q.legalHold() ? 1 : 0);
        }
        if (q.text() != null && !q.text().isBlank()) {
            where.append(" AND (LOWER(D.CODE) LIKE ? OR LOWER(D.TITLE) LIKE ?)");
            String like = "%" + q.text().strip().toLowerCase(java.util.Locale.ROOT) + "%";
            args.add(like);
            args.add(like);
        }
        long total = Db.count(c, "SELECT COUNT(*) FROM ARCHIVES.DOSSIERS D" + where, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(q.offset());
        pageArgs.add(q.limit());
        List<Dossier> items = Db.list(c, "SELECT " + DOSSIER_COLUMNS + " FROM ARCHIVES.DOSSIERS D" + where
                + " ORDER BY D.CODE OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", Holdings::dossier, pageArgs.toArray());
        return Map.entry(items, total);
    }

    /** Closed dossiers not on hold whose retention has a period, within scope (oldest close first). */
    List<Dossier> closedWithPeriod(Connection c, ArchiveScope scope) throws SQLException {
        return Db.list(c, "SELECT " + DOSSIER_COLUMNS + " FROM ARCHIVES.DOSSIERS D JOIN ARCHIVES.RETENTION R "
                + "ON R.CODE = D.RETENTION WHERE R.YEARS IS NOT NULL AND D.STATUS = 'CLOSED' AND D.LEGAL_HOLD = 0 AND "
                + scope.condition("D") + " ORDER BY D.CLOSED_AT, D.ID", Holdings::dossier);
    }

    void setStatus(Connection c, long id, DossierStatus status, Instant closedAt) throws SQLException {
        Db.update(c, "UPDATE ARCHIVES.DOSSIERS SET STATUS = ?, CLOSED_AT = COALESCE(?, CLOSED_AT) WHERE ID = ?",
                status, Db.orNull(closedAt), id);
    }

    void setHold(Connection c, long id, boolean hold, String reason) throws SQLException {
        Db.update(c, "UPDATE ARCHIVES.DOSSIERS SET LEGAL_HOLD = ?, HOLD_REASON = ? WHERE ID = ?", hold, reason, id);
    }

    void raiseClassification(Connection c, long id, Clearance classification) throws SQLException {
        Db.update(c, "UPDATE ARCHIVES.DOSSIERS SET CLASSIFICATION = ? WHERE ID = ?", classification, id);
    }

    /** Recounts a dossier's items and files (after a change to them). */
    void recount(Connection c, long dossierId) throws SQLException {
        Db.update(c, "UPDATE ARCHIVES.DOSSIERS SET ITEM_COUNT = (SELECT COUNT(*) FROM ARCHIVES.ITEMS WHERE DOSSIER_ID = ?), "
                + "FILE_COUNT = (SELECT COUNT(*) FROM ARCHIVES.ITEM_FILES F JOIN ARCHIVES.ITEMS I ON I.ID = F.ITEM_ID "
                + "WHERE I.DOSSIER_ID = ?) WHERE ID = ?", dossierId, dossierId, dossierId);
    }

    /** Dossiers (not destroyed) of a fonds visible in {@code scope}, and those with at least one file. */
    long[] progress(Connection c, long fondsId, ArchiveScope scope) throws SQLException {
        String base = "SELECT COUNT(*) FROM ARCHIVES.DOSSIERS D WHERE D.FONDS_ID = ? AND D.STATUS <> 'DESTROYED' AND "
                + scope.condition("D");
        return new long[] {Db.count(c, base, fondsId), Db.count(c, base + " AND D.FILE_COUNT > 0", fondsId)};
    }

    private static Dossier dossier(ResultSet rs) throws SQLException {
        return new Dossier(rs.getLong("ID"), rs.getLong("FONDS_ID"), Db.nullableLong(rs, "SERIES_ID"),
                rs.getString("CODE"), rs.getString("TITLE"), Db.date(rs, "START_DATE"), Db.date(rs, "END_DATE"),
                rs.getLong("UNIT_ID"), rs.getString("RETENTION"), Clearance.valueOf(rs.getString("CLASSIFICATION")),
                DossierStatus.valueOf(rs.getString("STATUS")), Db.instant(rs, "CLOSED_AT"), rs.getShort("LEGAL_HOLD") != 0,
                rs.getString("HOLD_REASON"), rs.getInt("ITEM_COUNT"), rs.getInt("FILE_COUNT"));
    }

    // --- items and files

    long insertItem(Connection c, long dossierId, String title, LocalDate date, String source, String sourceId,
                    Clearance classification, Instant now) throws SQLException {
        return Db.insert(c, "INSERT INTO ARCHIVES.ITEMS (DOSSIER_ID, TITLE, ITEM_DATE, SOURCE, SOURCE_ID, CLASSIFICATION, "
                + "CREATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?)", dossierId, title, Db.orNull(date), source, sourceId,
                classification, now);
    }

    boolean itemFromSourceExists(Connection c, String source, String sourceId) throws SQLException {
        return Db.count(c, "SELECT COUNT(*) FROM ARCHIVES.ITEMS WHERE SOURCE = ? AND SOURCE_ID = ?", source, sourceId) > 0;
    }

    /** Records the file in the archive's file table once, however many items hold it. */
    void registerFile(Connection c, String sha256, long size, Instant now) throws SQLException {
        if (Db.count(c, "SELECT COUNT(*) FROM ARCHIVES.FILES WHERE SHA256 = ?", sha256) == 0) {
            Db.update(c, "INSERT INTO ARCHIVES.FILES (SHA256, SIZE_BYTES, STORED_AT, STATUS) VALUES (?, ?, ?, 'OK')",
                    sha256, size, now);
        }
    }

    /** Links the file to the item once; false when the item already held it. */
    boolean attach(Connection c, long itemId, StoredFile f) throws SQLException {
        if (Db.count(c, "SELECT COUNT(*) FROM ARCHIVES.ITEM_FILES WHERE ITEM_ID = ? AND SHA256 = ?", itemId, f.sha256()) > 0) {
            return false;
        }
        Db.update(c, "INSERT INTO ARCHIVES.ITEM_FILES (ITEM_ID, SHA256, NAME, MEDIA_TYPE) VALUES (?, ?, ?, ?)",
                itemId, f.sha256(), f.name(), f.mediaType());
        return true;
    }

    /** Counts a new item and its files on the dossier (a recount would read every item of a large dossier). */
    void countItem(Connection c, long dossierId, int files) throws SQLException {
        Db.update(c, "UPDATE ARCHIVES.DOSSIERS SET ITEM_COUNT = ITEM_COUNT + 1, FILE_COUNT = FILE_COUNT + ? WHERE ID = ?",
                files, dossierId);
    }

    Optional<Item> item(Connection c, long id) throws SQLException {
        List<Item> items = itemsWhere(c, "I.ID = ?", id);
        return items.isEmpty() ? Optional.empty() : Optional.of(items.get(0));
    }

    /** Items by id (at most 100 at a time, as a search page), with their files; missing ids are left out. */
    Map<Long, Item> itemsById(Connection c, List<Long> ids) throws SQLException {
        Map<Long, Item> byId = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            for (Item i : itemsWhere(c, "I.ID IN " + placeholders(ids.size()), padded(ids))) {
                byId.put(i.id(), i);
            }
        }
        return byId;
    }

    /** Dossiers by id (at most 100 at a time); missing ids are left out. */
    Map<Long, Dossier> dossiersById(Connection c, List<Long> ids) throws SQLException {
        Map<Long, Dossier> byId = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            for (Dossier d : Db.list(c, "SELECT " + DOSSIER_COLUMNS + " FROM ARCHIVES.DOSSIERS D WHERE D.ID IN "
                    + placeholders(ids.size()), Holdings::dossier, padded(ids))) {
                byId.put(d.id(), d);
            }
        }
        return byId;
    }

    /** Lists of ids are padded to 20 or 100 parameters, so Derby compiles two statement texts, not one per length. */
    private static int bucket(int n) {
        if (n > 100) {
            throw new IllegalArgumentException("at most 100 ids at a time: " + n);
        }
        return n <= 20 ? 20 : 100;
    }

    private static String placeholders(int n) {
        return "(" + String.join(", ", java.util.Collections.nCopies(bucket(n), "?")) + ")";
    }

    private static Object[] padded(List<Long> ids) {
        Object[] args = new Object[bucket(ids.size())];
        for (int k = 0; k < args.length; k++) {
            args[k] = k < ids.size() ? ids.get(k) : -1L; // no row has a negative id
        }
        return args;
    }

    List<Item> items(Connection c, long dossierId) throws SQLException {
        return itemsWhere(c, "I.DOSSIER_ID = ?", dossierId);
    }

    List<Item> itemsAfter(Connection c, long afterId, int limit) throws SQLException {
        List<Long> ids = Db.list(c, "SELECT ID FROM ARCHIVES.ITEMS WHERE ID > ? ORDER BY ID FETCH FIRST " + limit
                + " ROWS ONLY", rs -> rs.getLong(1), afterId);
        return ids.isEmpty() ? List.of() : itemsWhere(c, "I.ID BETWEEN ? AND ?", ids.get(0), ids.get(ids.size() - 1));
    }

    private List<Item> itemsWhere(Connection c, String condition, Object... args) throws SQLException {
        Map<Long, Item> items = new LinkedHashMap<>();
        Map<Long, List<StoredFile>> files = new LinkedHashMap<>();
        for (Item i : Db.list(c, "SELECT I.* FROM ARCHIVES.ITEMS I WHERE " + condition + " ORDER BY I.ITEM_DATE, I.ID",
                rs -> new Item(rs.getLong("ID"), rs.getLong("DOSSIER_ID"), rs.getString("TITLE"), Db.date(rs, "ITEM_DATE"),
                        rs.getString("SOURCE"), rs.getString("SOURCE_ID"), Clearance.valueOf(rs.getString("CLASSIFICATION")),
                        List.of()), args)) {
            items.put(i.id(), i);
            files.put(i.id(), new ArrayList<>());
        }
        if (items.isEmpty()) {
            return List.of();
        }
        // the items' own condition again rather than an IN list of their ids: one statement text per
        // condition, which Derby compiles once (an IN list is a new text, compiled anew, on every call:
        // a quarter of an ingest thread's CPU went into that)
        for (Object[] row : Db.list(c, "SELECT F.ITEM_ID, F.SHA256, F.NAME, F.MEDIA_TYPE, S.SIZE_BYTES FROM ARCHIVES.ITEM_FILES F "
                + "JOIN ARCHIVES.FILES S ON S.SHA256 = F.SHA256 JOIN ARCHIVES.ITEMS I ON I.ID = F.ITEM_ID WHERE " + condition
                + " ORDER BY F.NAME",
                rs -> new Object[] {rs.getLong(1), new StoredFile(rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5))},
                args)) {
            List<StoredFile> of = files.get((Long) row[0]);
            if (of != null) {
                of.add((StoredFile) row[1]);
            }
        }
        List<Item> result = new ArrayList<>();
        for (Item i : items.values()) {
            result.add(new Item(i.id(), i.dossierId(), i.title(), i.date(), i.source(), i.sourceId(), i.classification(),
                    List.copyOf(files.get(i.id()))));
        }
        return result;
    }

    long countItems(Connection c) throws SQLException {
        return Db.count(c, "SELECT COUNT(*) FROM ARCHIVES.ITEMS");
    }

    /**
     * Deletes a dossier's items and their file links; returns the files no other item holds any
     * more (their rows removed too), which the caller deletes from the store after commit.
     */
    List<StoredFile> removeItems(Connection c, long dossierId) throws SQLException {
        List<StoredFile> held = new ArrayList<>();
        for (Item i : items(c, dossierId)) {
            held.addAll(i.files());
        }
        Db.update(c, "DELETE FROM ARCHIVES.ITEM_FILES WHERE ITEM_ID IN (SELECT ID FROM ARCHIVES.ITEMS WHERE DOSSIER_ID = ?)",
                dossierId);
        Db.update(c, "DELETE FROM ARCHIVES.ITEMS WHERE DOSSIER_ID = ?", dossierId);
        return unheld(c, held);
    }

    /**
     * Unlinks the files of a dossier's items, keeping the items (a transferred dossier's list of
     * what went); returns the files no other item holds any more (their rows removed too), which
     * the caller deletes from the store after commit.
     */
    List<StoredFile> detachFiles(Connection c, long dossierId) throws SQLException {
        List<StoredFile> held = new ArrayList<>();
        for (Item i : items(c, dossierId)) {
            held.addAll(i.files());
        }
        Db.update(c, "DELETE FROM ARCHIVES.ITEM_FILES WHERE ITEM_ID IN (SELECT ID FROM ARCHIVES.ITEMS WHERE DOSSIER_ID = ?)",
                dossierId);
        return unheld(c, held);
    }

    /** Of these files (just unlinked), those no item holds any more, once each; their file rows are deleted. */
    private static List<StoredFile> unheld(Connection c, List<StoredFile> held) throws SQLException {
        List<StoredFile> orphans = new ArrayList<>();
        for (StoredFile f : held) {
            if (orphans.stream().noneMatch(o -> o.sha256().equals(f.sha256()))
                    && Db.count(c, "SELECT COUNT(*) FROM ARCHIVES.ITEM_FILES WHERE SHA256 = ?", f.sha256()) == 0) {
                Db.update(c, "DELETE FROM ARCHIVES.FILES WHERE SHA256 = ?", f.sha256());
                orphans.add(f);
            }
        }
        return orphans;
    }

    List<Long> dossiersHolding(Connection c, String sha256) throws SQLException {
        return Db.list(c, "SELECT DISTINCT I.DOSSIER_ID FROM ARCHIVES.ITEM_FILES F JOIN ARCHIVES.ITEMS I ON I.ID = F.ITEM_ID "
                + "WHERE F.SHA256 = ? ORDER BY I.DOSSIER_ID", rs -> rs.getLong(1), sha256);
    }
}
