package org.partyoffice.documents.impl.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.partyoffice.documents.api.DocumentType;
import org.partyoffice.documents.api.NumberingPolicy;
import org.partyoffice.documents.api.Register;

/** The {@code TYPES} and {@code REGISTERS} tables. */
final class RegisterStore {

    List<DocumentType> types(Connection c) throws SQLException {
        List<DocumentType> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT CODE, NAME, ACTIVE FROM DOCUMENTS.TYPES ORDER BY NAME");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(new DocumentType(rs.getString(1), rs.getString(2), rs.getBoolean(3)));
            }
        }
        return result;
    }

    Optional<DocumentType> type(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT CODE, NAME, ACTIVE FROM DOCUMENTS.TYPES WHERE CODE = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new DocumentType(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
                        : Optional.empty();
            }
        }
    }

    void saveType(Connection c, DocumentType t) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE DOCUMENTS.TYPES SET NAME = ?, ACTIVE = ? WHERE CODE = ?")) {
            ps.setString(1, t.name());
            ps.setBoolean(2, t.active());
            ps.setString(3, t.code());
            if (ps.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO DOCUMENTS.TYPES (CODE, NAME, ACTIVE) VALUES (?,?,?)")) {
            ps.setString(1, t.code());
            ps.setString(2, t.name());
            ps.setBoolean(3, t.active());
            ps.executeUpdate();
        }
    }

    Optional<Register> register(Connection c, long unitId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT UNIT_ID, ISSUER, POLICY, TERM FROM DOCUMENTS.REGISTERS "
                + "WHERE UNIT_ID = ?")) {
            ps.setLong(1, unitId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    List<Register> registers(Connection c) throws SQLException {
        List<Register> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT UNIT_ID, ISSUER, POLICY, TERM FROM DOCUMENTS.REGISTERS "
                + "ORDER BY UNIT_ID"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(read(rs));
            }
        }
        return result;
    }

    void saveRegister(Connection c, Register r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE DOCUMENTS.REGISTERS SET ISSUER = ?, POLICY = ?, TERM = ? "
                + "WHERE UNIT_ID = ?")) {
            ps.setString(1, r.issuer());
            ps.setString(2, r.policy().name());
            ps.setString(3, r.term());
            ps.setLong(4, r.unitId());
            if (ps.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO DOCUMENTS.REGISTERS (UNIT_ID, ISSUER, POLICY, TERM) "
                + "VALUES (?,?,?,?)")) {
            ps.setLong(1, r.unitId());
            ps.setString(2, r.issuer());
            ps.setString(3, r.policy().name());
            ps.setString(4, r.term());
            ps.executeUpdate();
        }
    }

    private static Register read(ResultSet rs) throws SQLException {
        return new Register(rs.getLong(1), rs.getString(2), NumberingPolicy.valueOf(rs.getString(3)), rs.getString(4));
    }
}
