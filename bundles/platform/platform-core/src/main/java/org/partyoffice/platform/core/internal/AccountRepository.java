package org.partyoffice.platform.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.partyoffice.platform.api.Account;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.Transactions;

/** Rows of {@code PLATFORM.ACCOUNTS}, without any permission checks (callers do those). */
final class AccountRepository {

    private static final String COLUMNS = "ID, LOGIN, FULL_NAME, ROLES, CLEARANCE, UNIT_ID, ENABLED, CREATED_AT, PASSWORD_HASH";
    private final Transactions tx;

    AccountRepository(Transactions tx) {
        this.tx = tx;
    }

    /** An account together with its password hash, which never leaves this package. */
    record Stored(Account account, String passwordHash) {
    }

    Optional<Stored> find(String login) {
        if (login == null) {
            return Optional.empty();
        }
        return tx.required(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM PLATFORM.ACCOUNTS WHERE LOGIN = ?")) {
                ps.setString(1, login);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.<Stored>empty();
                }
            }
        });
    }

    List<Account> list() {
        return tx.required(c -> {
            List<Account> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM PLATFORM.ACCOUNTS ORDER BY LOGIN");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(read(rs).account());
                }
            }
            return result;
        });
    }

    boolean anyWithRole(String role) {
        return list().stream().anyMatch(a -> a.enabled() && a.hasRole(role));
    }

    Account insert(String login, String fullName, String passwordHash, Set<String> roles, Clearance clearance,
                   Long unitId, boolean enabled) {
        return tx.required(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO PLATFORM.ACCOUNTS "
                    + "(LOGIN, FULL_NAME, PASSWORD_HASH, ROLES, CLEARANCE, UNIT_ID, ENABLED, CREATED_AT) VALUES (?,?,?,?,?,?,?,?)")) {
                ps.setString(1, login);
                ps.setString(2, fullName);
                ps.setString(3, passwordHash);
                ps.setString(4, String.join(",", roles));
                ps.setString(5, clearance.name());
                setUnit(ps, 6, unitId);
                ps.setBoolean(7, enabled);
                ps.setLong(8, System.currentTimeMillis());
                ps.executeUpdate();
            }
            return find(c, login);
        });
    }

    Account update(String login, String fullName, String passwordHash, Set<String> roles, Clearance clearance,
                   Long unitId, boolean enabled) {
        return tx.required(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE PLATFORM.ACCOUNTS SET FULL_NAME = ?, PASSWORD_HASH = ?, "
                    + "ROLES = ?, CLEARANCE = ?, UNIT_ID = ?, ENABLED = ? WHERE LOGIN = ?")) {
                ps.setString(1, fullName);
                ps.setString(2, passwordHash);
                ps.setString(3, String.join(",", roles));
                ps.setString(4, clearance.name());
                setUnit(ps, 5, unitId);
                ps.setBoolean(6, enabled);
                ps.setString(7, login);
                ps.executeUpdate();
            }
            return find(c, login);
        });
    }

    private Account find(Connection c, String login) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM PLATFORM.ACCOUNTS WHERE LOGIN = ?")) {
            ps.setString(1, login);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return read(rs).account();
            }
        }
    }

    private static void setUnit(PreparedStatement ps, int index, Long unitId) throws SQLException {
        if (unitId == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, unitId);
        }
    }

    private static Stored read(ResultSet rs) throws SQLException {
        long unit = rs.getLong(6);
        Long unitId = rs.wasNull() ? null : unit;
        Set<String> roles = Arrays.stream(rs.getString(4).split(",")).filter(s -> !s.isBlank())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Account a = new Account(rs.getLong(1), rs.getString(2), rs.getString(3), Set.copyOf(roles),
                Clearance.valueOf(rs.getString(5)), unitId, rs.getBoolean(7), Instant.ofEpochMilli(rs.getLong(8)));
        return new Stored(a, rs.getString(9));
    }
}
