package org.partyoffice.documents.impl.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.partyoffice.documents.api.Document;
import org.partyoffice.documents.api.DocumentQuery;
import org.partyoffice.documents.api.DocumentStatus;
import org.partyoffice.documents.api.DocumentVersion;
import org.partyoffice.documents.api.NewDraft;
import org.partyoffice.documents.api.Relation;
import org.partyoffice.documents.api.RelationKind;
import org.partyoffice.documents.api.Review;
import org.partyoffice.documents.api.ReviewDecision;
import org.partyoffice.documents.api.TimelineEntry;
import org.partyoffice.documents.api.Urgency;
import org.partyoffice.platform.api.Clearance;

/**
 * The outgoing documents' tables, plain JDBC on the caller's connection (callers run inside
 * {@code Transactions}, so a change, its timeline entry and its audit entry commit together).
 * Every read takes the reader's {@link Scope}, so no query forgets clearance.
 */
final class DocumentStore {

    static final String COLUMNS = "D.ID, D.UNIT_ID, D.TYPE_CODE, D.TITLE, D.STATUS, D.CLASSIFICATION, D.URGENCY, D.NUMBER, "
            + "D.SYMBOL, D.PERIOD, D.PROMULGATED_ON, D.SIGNER_LOGIN, D.SIGNED_DIGITALLY, D.CREATED_BY, D.CREATED_AT, "
            + "D.UPDATED_AT";

    long insert(Connection c, NewDraft d, String title, String login, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO DOCUMENTS.DOCUMENTS (UNIT_ID, TYPE_CODE, TITLE, STATUS, "
                + "CLASSIFICATION, URGENCY, SIGNED_DIGITALLY, CREATED_BY, CREATED_AT, UPDATED_AT) VALUES (?,?,?,?,?,?,FALSE,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, d.unitId());
            ps.setString(2, d.type());
            ps.setString(3, title);
            ps.setString(4, DocumentStatus.DRAFT.name());
            ps.setInt(5, d.classification().ordinal());
            ps.setString(6, d.urgency().name());
            ps.setString(7, login);
            ps.setLong(8, now.toEpochMilli());
            ps.setLong(9, now.toEpochMilli());
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    /** The row whatever the reader's scope (for the module's own checks and for the archive). */
    Optional<Document> load(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM DOCUMENTS.DOCUMENTS D WHERE D.ID = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** Locks the row for the rest of the transaction and returns it (state changes start here). */
    Optional<Document> lock(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE DOCUMENTS.DOCUMENTS SET UPDATED_AT = UPDATED_AT WHERE ID = ?")) {
            ps.setLong(1, id);
            if (ps.executeUpdate() == 0) {
                return Optional.empty();
            }
        }
        return load(c, id);
    }

    Optional<Document> visible(Connection c, long id, Scope scope) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM DOCUMENTS.DOCUMENTS D WHERE D.ID = ? "
                + "AND D.CLASSIFICATION <= ? AND " + scope.documentCondition("D"))) {
            ps.setLong(1, id);
            ps.setInt(2, scope.clearance().ordinal());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** A page of the register and its total, both under the same conditions. */
    List<Document> list(Connection c, DocumentQuery q, Scope scope, long[] total) throws SQLException {
        StringBuilder where = new StringBuilder(" FROM DOCUMENTS.DOCUMENTS D WHERE D.CLASSIFICATION <= ? AND ")
                .append(scope.documentCondition("D"));
        List<Object> args = new ArrayList<>();
        args.add(scope.clearance().ordinal());
        if (q.unitId() != null) {
            where.append(" AND D.UNIT_ID = ?");
            args.add(q.unitId());
        }
        if (q.type() != null) {
            where.append(" AND D.TYPE_CODE = ?");
            args.add(q.type());
        }
        if (q.status() != null) {
            where.append(" AND D.STATUS = ?");
            args.add(q.status().name());
        }
        if (q.period() != null) {
            where.append(" AND D.PERIOD = ?");
            args.add(q.period());
        }
        if (q.year() != null) {
            where.append(" AND D.PROMULGATED_ON >= ? AND D.PROMULGATED_ON < ?");
            args.add(LocalDate.of(q.year(), 1, 1));
            args.add(LocalDate.of(q.year() + 1, 1, 1));
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*)" + where)) {
            Jdbc.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                total[0] = rs.getLong(1);
            }
        }
        String sql = "SELECT " + COLUMNS + where + " ORDER BY D.ID DESC OFFSET " + q.offset() + " ROWS FETCH NEXT "
                + q.limit() + " ROWS ONLY";
        return query(c, sql, args);
    }

    /** Promulgated documents of a unit in a date range, in register order (for exports). */
    List<Document> promulgated(Connection c, long unitId, LocalDate from, LocalDate to, Scope scope) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM DOCUMENTS.DOCUMENTS D WHERE D.UNIT_ID = ? AND D.NUMBER IS NOT NULL "
                + "AND D.PROMULGATED_ON >= ? AND D.PROMULGATED_ON <= ? AND D.CLASSIFICATION <= ? AND "
                + scope.documentCondition("D") + " ORDER BY D.PROMULGATED_ON, D.TYPE_CODE, D.NUMBER",
                List.of(unitId, from, to, scope.clearance().ordinal()));
    }

    Optional<Document> bySymbol(Connection c, String symbol, String period, Scope scope) throws SQLException {
        List<Object> args = new ArrayList<>(List.of(symbol, scope.clearance().ordinal()));
        String sql = "SELECT " + COLUMNS + " FROM DOCUMENTS.DOCUMENTS D WHERE D.SYMBOL = ? AND D.CLASSIFICATION <= ? AND "
                + scope.documentCondition("D");
        if (period != null) {
            sql += " AND D.PERIOD = ?";
            args.add(period);
        }
        List<Document> found = query(c, sql + " ORDER BY D.ID DESC FETCH FIRST 1 ROWS ONLY", args);
        return found.stream().findFirst();
    }

    /**
     * Documents whose symbol is {@code text} or whose summary contains it, ignoring case (search
     * without an index); {@code total[0]} receives how many match in all.
     */
    List<Document> titleContains(Connection c, String text, Scope scope, int offset, int limit, long[] total)
            throws SQLException {
        String like = "%" + text.toUpperCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        String where = " FROM DOCUMENTS.DOCUMENTS D WHERE (D.SYMBOL = ? OR UPPER(D.TITLE) LIKE ? ESCAPE '\\') "
                + "AND D.CLASSIFICATION <= ? AND " + scope.documentCondition("D");
        List<Object> args = List.of(text, like, scope.clearance().ordinal());
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*)" + where)) {
            Jdbc.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                total[0] = rs.getLong(1);
            }
        }
        return query(c, "SELECT " + COLUMNS + where + " ORDER BY D.ID DESC OFFSET " + offset + " ROWS FETCH NEXT " + limit
                + " ROWS ONLY", args);
    }

    /** Documents with these ids the reader may see (order not kept). */
    List<Document> visibleAmong(Connection c, List<Long> ids, Scope scope) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        StringBuilder in = new StringBuilder();
        for (Long id : ids) {
            in.append(in.length() == 0 ? "" : ",").append(id.longValue());
        }
        return query(c, "SELECT " + COLUMNS + " FROM DOCUMENTS.DOCUMENTS D WHERE D.ID IN (" + in + ") AND D.CLASSIFICATION <= ? AND "
                + scope.documentCondition("D"), List.of(scope.clearance().ordinal()));
    }

    /** Promulgated at or after {@code since}, oldest first (the archive's intake). */
    List<Document> promulgatedSince(Connection c, Instant since, int limit) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM DOCUMENTS.DOCUMENTS D WHERE D.PROMULGATED_AT >= ? AND D.STATUS = ? "
                + "ORDER BY D.PROMULGATED_AT, D.ID FETCH FIRST " + limit + " ROWS ONLY", List.of(since, DocumentStatus.PROMULGATED));
    }

    /** Every document, in id order from {@code afterId}, for rebuilding the search index. */
    List<Document> batchAfter(Connection c, long afterId, int limit) throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM DOCUMENTS.DOCUMENTS D WHERE D.ID > ? ORDER BY D.ID FETCH FIRST "
                + limit + " ROWS ONLY", List.of(afterId));
    }

    long count(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM DOCUMENTS.DOCUMENTS");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Documents per status the reader may see (for the dashboard). */
    long countByStatus(Connection c, DocumentStatus status, Scope scope, Instant promulgatedSince) throws SQLException {
        String sql = "SELECT COUNT(*) FROM DOCUMENTS.DOCUMENTS D WHERE D.STATUS = ? AND D.CLASSIFICATION <= ? AND "
                + scope.documentCondition("D") + (promulgatedSince == null ? "" : " AND D.PROMULGATED_AT >= ?");
        List<Object> args = new ArrayList<>(List.of(status, scope.clearance().ordinal()));
        if (promulgatedSince != null) {
            args.add(promulgatedSince);
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Jdbc.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    void updateFields(Connection c, long id, String title, Clearance classification, Urgency urgency, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE DOCUMENTS.DOCUMENTS SET TITLE = ?, CLASSIFICATION = ?, "
                + "URGENCY = ?, UPDATED_AT = ? WHERE ID = ?")) {
            ps.setString(1, title);
            ps.setInt(2, classification.ordinal());
            ps.setString(3, urgency.name());
            ps.setLong(4, now.toEpochMilli());
            ps.setLong(5, id);
            ps.executeUpdate();
        }
    }

    void setStatus(Connection c, long id, DocumentStatus status, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE DOCUMENTS.DOCUMENTS SET STATUS = ?, UPDATED_AT = ? WHERE ID = ?")) {
            ps.setString(1, status.name());
            ps.setLong(2, now.toEpochMilli());
            ps.setLong(3, id);
            ps.executeUpdate();
        }
    }

    void submit(Connection c, long id, String signer, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE DOCUMENTS.DOCUMENTS SET STATUS = ?, SIGNER_LOGIN = ?, "
                + "UPDATED_AT = ? WHERE ID = ?")) {
            ps.setString(1, DocumentStatus.SUBMITTED.name());
            ps.setString(2, signer);
            ps.setLong(3, now.toEpochMilli());
            ps.setLong(4, id);
            ps.executeUpdate();
        }
    }

    void signed(Connection c, long id, boolean digitally, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE DOCUMENTS.DOCUMENTS SET STATUS = ?, SIGNED_DIGITALLY = ?, "
                + "UPDATED_AT = ? WHERE ID = ?")) {
            ps.setString(1, DocumentStatus.SIGNED.name());
            ps.setBoolean(2, digitally);
            ps.setLong(3, now.toEpochMilli());
            ps.setLong(4, id);
            ps.executeUpdate();
        }
    }

    void promulgate(Connection c, long id, long number, String symbol, String period, Long congressId, LocalDate date,
                    Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE DOCUMENTS.DOCUMENTS SET STATUS = ?, NUMBER = ?, SYMBOL = ?, "
                + "PERIOD = ?, CONGRESS_ID = ?, PROMULGATED_ON = ?, PROMULGATED_AT = ?, UPDATED_AT = ? WHERE ID = ?")) {
            ps.setString(1, DocumentStatus.PROMULGATED.name());
            ps.setLong(2, number);
            ps.setString(3, symbol);
            ps.setString(4, period);
            Jdbc.setNullableLong(ps, 5, congressId);
            Jdbc.setNullableDate(ps, 6, date);
            ps.setLong(7, now.toEpochMilli());
            ps.setLong(8, now.toEpochMilli());
            ps.setLong(9, id);
            ps.executeUpdate();
        }
    }

    // --- versions --------------------------------------------------------------------------------

    int addVersion(Connection c, long id, String kind, String fileName, String mediaType, long size, String sha256,
                   String note, String login, Instant now) throws SQLException {
        int next;
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(VERSION_NO), 0) + 1 FROM DOCUMENTS.VERSIONS "
                + "WHERE DOCUMENT_ID = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                next = rs.getInt(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO DOCUMENTS.VERSIONS (DOCUMENT_ID, VERSION_NO, KIND, "
                + "FILE_NAME, MEDIA_TYPE, SIZE_BYTES, SHA256, NOTE, CREATED_BY, CREATED_AT) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            ps.setLong(1, id);
            ps.setInt(2, next);
            ps.setString(3, kind);
            ps.setString(4, fileName);
            ps.setString(5, mediaType);
            ps.setLong(6, size);
            ps.setString(7, sha256);
            ps.setString(8, note);
            ps.setString(9, login);
            ps.setLong(10, now.toEpochMilli());
            ps.executeUpdate();
        }
        return next;
    }

    List<DocumentVersion> versions(Connection c, long id) throws SQLException {
        List<DocumentVersion> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DOCUMENT_ID, VERSION_NO, KIND, FILE_NAME, MEDIA_TYPE, "
                + "SIZE_BYTES, SHA256, NOTE, CREATED_BY, CREATED_AT FROM DOCUMENTS.VERSIONS WHERE DOCUMENT_ID = ? "
                + "ORDER BY VERSION_NO")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new DocumentVersion(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getLong(6), rs.getString(7), rs.getString(8), rs.getString(9),
                            Instant.ofEpochMilli(rs.getLong(10))));
                }
            }
        }
        return result;
    }

    // --- reviews, timeline, relations ------------------------------------------------------------

    void upsertReview(Connection c, long id, String reviewer, ReviewDecision decision, String comment, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE DOCUMENTS.REVIEWS SET DECISION = ?, COMMENT_TEXT = ?, DECIDED_AT = ? "
                + "WHERE DOCUMENT_ID = ? AND REVIEWER = ?")) {
            ps.setString(1, decision.name());
            ps.setString(2, comment);
            ps.setLong(3, now.toEpochMilli());
            ps.setLong(4, id);
            ps.setString(5, reviewer);
            if (ps.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO DOCUMENTS.REVIEWS (DOCUMENT_ID, REVIEWER, DECISION, "
                + "COMMENT_TEXT, DECIDED_AT) VALUES (?,?,?,?,?)")) {
            ps.setLong(1, id);
            ps.setString(2, reviewer);
            ps.setString(3, decision.name());
            ps.setString(4, comment);
            ps.setLong(5, now.toEpochMilli());
            ps.executeUpdate();
        }
    }

    List<Review> reviews(Connection c, long id) throws SQLException {
        List<Review> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT REVIEWER, DECISION, COMMENT_TEXT, DECIDED_AT FROM DOCUMENTS.REVIEWS "
                + "WHERE DOCUMENT_ID = ? ORDER BY REVIEWER")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new Review(id, rs.getString(1), ReviewDecision.valueOf(rs.getString(2)), rs.getString(3),
                            Instant.ofEpochMilli(rs.getLong(4))));
                }
            }
        }
        return result;
    }

    void timeline(Connection c, long id, String actor, String action, String detail, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO DOCUMENTS.TIMELINE (DOCUMENT_ID, HAPPENED_AT, ACTOR, ACTION, DETAIL) "
                + "VALUES (?,?,?,?,?)")) {
            ps.setLong(1, id);
            ps.setLong(2, now.toEpochMilli());
            ps.setString(3, actor);
            ps.setString(4, action);
            ps.setString(5, detail == null ? null : detail.length() > 2000 ? detail.substring(0, 2000) : detail);
            ps.executeUpdate();
        }
    }

    List<TimelineEntry> timeline(Connection c, long id) throws SQLException {
        List<TimelineEntry> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT HAPPENED_AT, ACTOR, ACTION, DETAIL FROM DOCUMENTS.TIMELINE "
                + "WHERE DOCUMENT_ID = ? ORDER BY ID")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new TimelineEntry(id, Instant.ofEpochMilli(rs.getLong(1)), rs.getString(2), rs.getString(3),
                            rs.getString(4)));
                }
            }
        }
        return result;
    }

    boolean relate(Connection c, long from, RelationKind kind, long to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM DOCUMENTS.RELATIONS WHERE FROM_ID = ? AND KIND = ? "
                + "AND TO_ID = ?")) {
            ps.setLong(1, from);
            ps.setString(2, kind.name());
            ps.setLong(3, to);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return false;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO DOCUMENTS.RELATIONS (FROM_ID, KIND, TO_ID) VALUES (?,?,?)")) {
            ps.setLong(1, from);
            ps.setString(2, kind.name());
            ps.setLong(3, to);
            ps.executeUpdate();
            return true;
        }
    }

    List<Relation> relations(Connection c, long id) throws SQLException {
        List<Relation> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT FROM_ID, KIND, TO_ID FROM DOCUMENTS.RELATIONS "
                + "WHERE FROM_ID = ? OR TO_ID = ? ORDER BY FROM_ID, TO_ID")) {
            ps.setLong(1, id);
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new Relation(rs.getLong(1), RelationKind.valueOf(rs.getString(2)), rs.getLong(3)));
                }
            }
        }
        return result;
    }

    // --- reading ---------------------------------------------------------------------------------

    private static List<Document> query(Connection c, String sql, List<Object> args) throws SQLException {
        List<Document> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Jdbc.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(read(rs));
                }
            }
        }
        return result;
    }

    static Document read(ResultSet rs) throws SQLException {
        return new Document(rs.getLong("ID"), rs.getLong("UNIT_ID"), rs.getString("TYPE_CODE"), rs.getString("TITLE"),
                DocumentStatus.valueOf(rs.getString("STATUS")), Clearance.values()[rs.getInt("CLASSIFICATION")],
                Urgency.valueOf(rs.getString("URGENCY")), Jdbc.nullableLong(rs, "NUMBER"), rs.getString("SYMBOL"),
                rs.getString("PERIOD"), Jdbc.date(rs, "PROMULGATED_ON"), rs.getString("SIGNER_LOGIN"),
                rs.getBoolean("SIGNED_DIGITALLY"), rs.getString("CREATED_BY"), Jdbc.instant(rs, "CREATED_AT"),
                Jdbc.instant(rs, "UPDATED_AT"));
    }
}
