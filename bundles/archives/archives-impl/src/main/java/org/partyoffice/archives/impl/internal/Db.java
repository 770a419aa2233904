package org.partyoffice.archives.impl.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The few JDBC moves the module's stores make: bind by kind, run, map rows. */
final class Db {

    /** Maps the current row. */
    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private Db() {
    }

    static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        bind(ps, args);
        return ps;
    }

    static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object v = args[i];
            int n = i + 1;
            if (v instanceof Null typed) {
                ps.setNull(n, typed.sqlType());
            } else if (v == null) {
                ps.setNull(n, Types.VARCHAR);
            } else if (v instanceof LocalDate d) {
                ps.setDate(n, Date.valueOf(d));
            } else if (v instanceof Instant t) {
                ps.setLong(n, t.toEpochMilli());
            } else if (v instanceof Enum<?> e) {
                ps.setString(n, e.name());
            } else if (v instanceof Boolean b) {
                ps.setShort(n, (short) (b ? 1 : 0));
            } else {
                ps.setObject(n, v);
            }
        }
    }

    /** A typed SQL NULL, where the column is not a string. */
    record Null(int sqlType) {
        static final Null BIGINT = new Null(Types.BIGINT);
        static final Null DATE = new Null(Types.DATE);
        static final Null INTEGER = new Null(Types.INTEGER);
    }

    static Object orNull(Long v) {
        return v == null ? Null.BIGINT : v;
    }

    static Object orNull(LocalDate v) {
        return v == null ? Null.DATE : v;
    }

    static Object orNull(Integer v) {
        return v == null ? Null.INTEGER : v;
    }

    static Object orNull(Instant v) {
        return v == null ? Null.BIGINT : v;
    }

    static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args)) {
            return ps.executeUpdate();
        }
    }

    static long insert(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"ID"})) {
            bind(ps, args);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no generated key");
                }
                return keys.getLong(1);
            }
        }
    }

    static <T> List<T> list(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rs.next()) {
                result.add(row.map(rs));
            }
            return result;
        }
    }

    static <T> java.util.Optional<T> one(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args)) {
            ps.setMaxRows(1);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(row.map(rs)) : java.util.Optional.empty();
            }
        }
    }

    static long count(Connection c, String sql, Object... args) throws SQLException {
        return one(c, sql, rs -> rs.getLong(1), args).orElse(0L);
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
