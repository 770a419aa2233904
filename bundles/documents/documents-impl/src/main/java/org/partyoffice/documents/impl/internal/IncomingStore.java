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

import org.partyoffice.documents.api.IncomingDocument;
import org.partyoffice.documents.api.IncomingStatus;
import org.partyoffice.documents.api.NewIncoming;
import org.partyoffice.documents.api.Urgency;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.NumberingService;
import org.partyoffice.platform.api.SequenceKey;

/** The {@code INCOMING} table; arrival numbers come from the platform's numbering, per unit and year. */
final class IncomingStore {

    private static final String COLUMNS = "ID, UNIT_ID, ARRIVAL_YEAR, ARRIVAL_NO, SENDER, ORIGINAL_SYMBOL, ORIGINAL_DATE, "
            + "RECEIVED_ON, TITLE, CLASSIFICATION, URGENCY, SOURCE_DOCUMENT_ID, HANDLER_UNIT_ID, HANDLER_LOGIN, DEADLINE, "
            + "STATUS, CREATED_AT";

    /** The sequence of a unit's arrival numbers in a year. */
    static SequenceKey arrivals(long unitId, int year) {
        return SequenceKey.perYear("incoming:" + unitId, "DEN", year);
    }

    long insert(Connection c, NumberingService numbering, NewIncoming in, Long sourceDocumentId, String login, Instant now)
            throws SQLException {
        int year = in.receivedOn().getYear();
        long arrival = numbering.next(arrivals(in.unitId(), year));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO DOCUMENTS.INCOMING (UNIT_ID, ARRIVAL_YEAR, ARRIVAL_NO, "
                + "SENDER, ORIGINAL_SYMBOL, ORIGINAL_DATE, RECEIVED_ON, TITLE, CLASSIFICATION, URGENCY, SOURCE_DOCUMENT_ID, "
                + "STATUS, CREATED_BY, CREATED_AT) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, in.unitId());
            ps.setInt(2, year);
            ps.setLong(3, arrival);
            ps.setString(4, in.sender());
            ps.setString(5, in.originalSymbol());
            Jdbc.setNullableDate(ps, 6, in.originalDate());
            Jdbc.setNullableDate(ps, 7, in.receivedOn());
            ps.setString(8, in.title());
            ps.setInt(9, in.classification().ordinal());
            ps.setString(10, in.urgency().name());
            Jdbc.setNullableLong(ps, 11, sourceDocumentId);
            ps.setString(12, IncomingStatus.RECEIVED.name());
            ps.setString(13, login);
            ps.setLong(14, now.toEpochMilli());
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    boolean received(Connection c, long unitId, long sourceDocumentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM DOCUMENTS.INCOMING WHERE UNIT_ID = ? "
                + "AND SOURCE_DOCUMENT_ID = ?")) {
            ps.setLong(1, unitId);
            ps.setLong(2, sourceDocumentId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    Optional<IncomingDocument> load(Connection c, long id) throws SQLException {
        List<IncomingDocument> found = query(c, "SELECT " + COLUMNS + " FROM DOCUMENTS.INCOMING WHERE ID = ?", List.of(id));
        return found.stream().findFirst();
    }

    List<IncomingDocument> list(Connection c, long unitId, int year, Clearance clearance, int offset, int limit)
            throws SQLException {
        return query(c, "SELECT " + COLUMNS + " FROM DOCUMENTS.INCOMING WHERE UNIT_ID = ? AND ARRIVAL_YEAR = ? "
                + "AND CLASSIFICATION <= ? ORDER BY ARRIVAL_NO DESC OFFSET " + offset + " ROWS FETCH NEXT " + limit + " ROWS ONLY",
                List.of(unitId, year, clearance.ordinal()));
    }

    /** How many entries {@link #list} would page through. */
    long count(Connection c, long unitId, int year, Clearance clearance) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM DOCUMENTS.INCOMING WHERE UNIT_ID = ? "
                + "AND ARRIVAL_YEAR = ? AND CLASSIFICATION <= ?")) {
            ps.setLong(1, unitId);
            ps.setInt(2, year);
            ps.setInt(3, clearance.ordinal());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    long countOpen(Connection c, Scope scope) throws SQLException {
        String sql = "SELECT COUNT(*) FROM DOCUMENTS.INCOMING WHERE STATUS <> 'DONE' AND CLASSIFICATION <= ?"
                + (scope.allUnits() ? "" : " AND UNIT_ID IN " + scope.inList());
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, scope.clearance().ordinal());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    void assign(Connection c, long id, Long unitId, String login, LocalDate deadline) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE DOCUMENTS.INCOMING SET HANDLER_UNIT_ID = ?, HANDLER_LOGIN = ?, "
                + "DEADLINE = ?, STATUS = ? WHERE ID = ?")) {
            Jdbc.setNullableLong(ps, 1, unitId);
            ps.setString(2, login);
            Jdbc.setNullableDate(ps, 3, deadline);
            ps.setString(4, IncomingStatus.ASSIGNED.name());
            ps.setLong(5, id);
            ps.executeUpdate();
        }
    }

    void complete(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE DOCUMENTS.INCOMING SET STATUS = ? WHERE ID = ?")) {
            ps.setString(1, IncomingStatus.DONE.name());
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    private static List<IncomingDocument> query(Connection c, String sql, List<Object> args) throws SQLException {
        List<IncomingDocument> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Jdbc.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new IncomingDocument(rs.getLong("ID"), rs.getLong("UNIT_ID"), rs.getInt("ARRIVAL_YEAR"),
                            rs.getLong("ARRIVAL_NO"), rs.getString("SENDER"), rs.getString("ORIGINAL_SYMBOL"),
                            Jdbc.date(rs, "ORIGINAL_DATE"), Jdbc.date(rs, "RECEIVED_ON"), rs.getString("TITLE"),
                            Clearance.values()[rs.getInt("CLASSIFICATION")], Urgency.valueOf(rs.getString("URGENCY")),
                            Jdbc.nullableLong(rs, "SOURCE_DOCUMENT_ID"), Jdbc.nullableLong(rs, "HANDLER_UNIT_ID"),
                            rs.getString("HANDLER_LOGIN"), Jdbc.date(rs, "DEADLINE"),
                            IncomingStatus.valueOf(rs.getString("STATUS")), Jdbc.instant(rs, "CREATED_AT")));
                }
            }
        }
        return result;
    }
}
