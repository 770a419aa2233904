package org.partyoffice.signatures.impl.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.partyoffice.signatures.api.Device;
import org.partyoffice.signatures.api.DeviceState;

/** SQL of the device register ({@code SIGNATURES.DEVICES}); every method runs on the caller's connection. */
final class DeviceStore {

    private static final String COLUMNS = "SERIAL, MODEL, HOLDER_LOGIN, UNIT_ID, STATE, REGISTERED_AT, CHANGED_AT";

    /** A device row without its certificates. */
    record Row(String serial, String model, String holderLogin, Long unitId, DeviceState state, Instant registeredAt,
               Instant changedAt) {

        Device device(List<String> certificates) {
            return new Device(serial, model, holderLogin, unitId, state, registeredAt, changedAt, certificates);
        }
    }

    boolean exists(Connection c, String serial) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM SIGNATURES.DEVICES WHERE SERIAL = ?")) {
            ps.setString(1, serial);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    void insert(Connection c, String serial, String model, String by, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO SIGNATURES.DEVICES (SERIAL, MODEL, HOLDER_LOGIN, UNIT_ID, "
                + "STATE, REGISTERED_AT, REGISTERED_BY, CHANGED_AT) VALUES (?,?,NULL,NULL,?,?,?,?)")) {
            ps.setString(1, serial);
            ps.setString(2, model);
            ps.setString(3, DeviceState.IN_STOCK.name());
            ps.setLong(4, at.toEpochMilli());
            ps.setString(5, by);
            ps.setLong(6, at.toEpochMilli());
            ps.executeUpdate();
        }
    }

    /**
     * Moves a device to {@code to} if it is in one of {@code from}; when {@code holderLogin} is not
     * {@code null} the holder and unit are set too. 0 when it is in another state (or unknown): the
     * row lock decides races.
     */
    int transition(Connection c, String serial, Set<DeviceState> from, DeviceState to, String holderLogin, Long unitId,
                   Instant at) throws SQLException {
        String states = from.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(","));
        String holder = holderLogin == null ? "" : ", HOLDER_LOGIN = ?, UNIT_ID = ?";
        try (PreparedStatement ps = c.prepareStatement("UPDATE SIGNATURES.DEVICES SET STATE = ?, CHANGED_AT = ?" + holder
                + " WHERE SERIAL = ? AND STATE IN (" + states + ")")) {
            int i = 1;
            ps.setString(i++, to.name());
            ps.setLong(i++, at.toEpochMilli());
            if (holderLogin != null) {
                ps.setString(i++, holderLogin);
                if (unitId == null) {
                    ps.setNull(i++, Types.BIGINT);
                } else {
                    ps.setLong(i++, unitId);
                }
            }
            ps.setString(i, serial);
            return ps.executeUpdate();
        }
    }

    /**
     * Locks a device's row until the transaction ends if it is {@code ISSUED} to {@code holderLogin}
     * (or, for {@code holderLogin == null}, to anyone in {@code unitId}); 0 otherwise. Issuance onto
     * a device uses it so a loss reported meanwhile is not overtaken.
     */
    int lockIssued(Connection c, String serial, String holderLogin, Long unitId) throws SQLException {
        String who = holderLogin != null ? " AND HOLDER_LOGIN = ?" : " AND UNIT_ID = ?";
        try (PreparedStatement ps = c.prepareStatement("UPDATE SIGNATURES.DEVICES SET CHANGED_AT = CHANGED_AT WHERE SERIAL = ? "
                + "AND STATE = 'ISSUED'" + who)) {
            ps.setString(1, serial);
            if (holderLogin != null) {
                ps.setString(2, holderLogin);
            } else if (unitId == null) {
                ps.setNull(2, Types.BIGINT);
            } else {
                ps.setLong(2, unitId);
            }
            return ps.executeUpdate();
        }
    }

    Optional<Row> find(Connection c, String serial) throws SQLException {
        List<Row> rows = rows(c, "SELECT " + COLUMNS + " FROM SIGNATURES.DEVICES WHERE SERIAL = ?", List.of(serial));
        return rows.stream().findFirst();
    }

    List<Row> list(Connection c, DeviceState state, String holderLogin) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM SIGNATURES.DEVICES WHERE 1=1");
        List<Object> args = new ArrayList<>();
        if (state != null) {
            sql.append(" AND STATE = ?");
            args.add(state.name());
        }
        if (holderLogin != null) {
            sql.append(" AND HOLDER_LOGIN = ?");
            args.add(holderLogin);
        }
        sql.append(" ORDER BY SERIAL");
        return rows(c, sql.toString(), args);
    }

    /** Serials of the certificates on one device, newest first. */
    List<String> certificates(Connection c, String serial) throws SQLException {
        List<String> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT SERIAL FROM SIGNATURES.CERTIFICATES WHERE DEVICE_SERIAL = ? "
                + "ORDER BY ISSUED_AT DESC, SERIAL")) {
            ps.setString(1, serial);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(rs.getString(1));
                }
            }
        }
        return result;
    }

    /** Serials of the certificates on every device, newest first per device: one query for a listing. */
    Map<String, List<String>> allCertificates(Connection c) throws SQLException {
        Map<String, List<String>> result = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DEVICE_SERIAL, SERIAL FROM SIGNATURES.CERTIFICATES "
                + "WHERE DEVICE_SERIAL IS NOT NULL ORDER BY ISSUED_AT DESC, SERIAL")) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return result;
    }

    /** Valid (not revoked, not expired) certificates on a device. */
    List<String> validCertificates(Connection c, String serial, Instant now) throws SQLException {
        List<String> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT SERIAL FROM SIGNATURES.CERTIFICATES WHERE DEVICE_SERIAL = ? "
                + "AND REVOKED_AT IS NULL AND NOT_AFTER > ? ORDER BY SERIAL")) {
            ps.setString(1, serial);
            ps.setLong(2, now.toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(rs.getString(1));
                }
            }
        }
        return result;
    }

    private static List<Row> rows(Connection c, String sql, List<Object> args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            List<Row> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long unit = rs.getLong(4);
                    Long unitId = rs.wasNull() ? null : unit;
                    result.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), unitId,
                            DeviceState.valueOf(rs.getString(5)), Instant.ofEpochMilli(rs.getLong(6)),
                            Instant.ofEpochMilli(rs.getLong(7))));
                }
            }
            return result;
        }
    }
}
