package org.partyoffice.documents.impl.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.partyoffice.documents.api.CongressRegister;

/** The {@code CONGRESSES} table and the documents numbered in a Congress's sequence. */
final class CongressStore {

    private static final String COLUMNS = "ID, UNIT_ID, NAME, ISSUER, PERIOD, OPENS_ON, CLOSES_ON";

    Optional<CongressRegister> get(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM DOCUMENTS.CONGRESSES WHERE ID = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    List<CongressRegister> ofUnit(Connection c, long unitId) throws SQLException {
        List<CongressRegister> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM DOCUMENTS.CONGRESSES WHERE UNIT_ID = ? "
                + "ORDER BY OPENS_ON DESC, ID DESC")) {
            ps.setLong(1, unitId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(read(rs));
                }
            }
        }
        return result;
    }

    long insert(Connection c, CongressRegister r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO DOCUMENTS.CONGRESSES (UNIT_ID, NAME, ISSUER, PERIOD, "
                + "OPENS_ON, CLOSES_ON) VALUES (?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, r.unitId());
            bindFields(ps, r, 2);
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    void update(Connection c, CongressRegister r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE DOCUMENTS.CONGRESSES SET NAME = ?, ISSUER = ?, PERIOD = ?, "
                + "OPENS_ON = ?, CLOSES_ON = ? WHERE ID = ?")) {
            bindFields(ps, r, 1);
            ps.setLong(6, r.id());
            ps.executeUpdate();
        }
    }

    /** The unit's other Congress whose days meet {@code from}..{@code to}, if any. */
    Optional<CongressRegister> overlapping(Connection c, CongressRegister r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM DOCUMENTS.CONGRESSES WHERE UNIT_ID = ? "
                + "AND ID <> ? AND OPENS_ON <= ? AND CLOSES_ON >= ? FETCH FIRST 1 ROWS ONLY")) {
            ps.setLong(1, r.unitId());
            ps.setLong(2, r.id());
            ps.setDate(3, Date.valueOf(r.closesOn()));
            ps.setDate(4, Date.valueOf(r.opensOn()));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** First and last promulgation day of the documents numbered in this Congress; empty when none. */
    Optional<LocalDate[]> numberedSpan(Connection c, long congressId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(PROMULGATED_ON), MAX(PROMULGATED_ON) "
                + "FROM DOCUMENTS.DOCUMENTS WHERE CONGRESS_ID = ?")) {
            ps.setLong(1, congressId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Date first = rs.getDate(1);
                return first == null ? Optional.empty()
                        : Optional.of(new LocalDate[] {first.toLocalDate(), rs.getDate(2).toLocalDate()});
            }
        }
    }

    private static void bindFields(PreparedStatement ps, CongressRegister r, int first) throws SQLException {
        ps.setString(first, r.name());
        ps.setString(first + 1, r.issuer());
        ps.setString(first + 2, r.period());
        ps.setDate(first + 3, Date.valueOf(r.opensOn()));
        ps.setDate(first + 4, Date.valueOf(r.closesOn()));
    }

    private static CongressRegister read(ResultSet rs) throws SQLException {
        return new CongressRegister(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getDate(6).toLocalDate(), rs.getDate(7).toLocalDate());
    }
}
