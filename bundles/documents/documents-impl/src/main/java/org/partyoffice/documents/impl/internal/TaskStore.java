package org.partyoffice.documents.impl.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.partyoffice.documents.api.Task;
import org.partyoffice.documents.api.TaskReport;
import org.partyoffice.documents.api.TaskStatus;

/** The {@code TASKS} and {@code TASK_REPORTS} tables; reads take the reader's scope like documents do. */
final class TaskStore {

    private static final String COLUMNS = "T.ID, T.DOCUMENT_ID, T.UNIT_ID, T.TITLE, T.DEADLINE, T.STATUS, T.PERCENT_DONE, "
            + "T.CREATED_BY, T.CREATED_AT, T.UPDATED_AT";
    private static final String FROM = " FROM DOCUMENTS.TASKS T JOIN DOCUMENTS.DOCUMENTS D ON D.ID = T.DOCUMENT_ID";

    long insert(Connection c, long documentId, long unitId, String title, LocalDate deadline, String login, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO DOCUMENTS.TASKS (DOCUMENT_ID, UNIT_ID, TITLE, DEADLINE, "
                + "STATUS, PERCENT_DONE, OVERDUE_NOTIFIED, CREATED_BY, CREATED_AT, UPDATED_AT) VALUES (?,?,?,?,?,0,FALSE,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, documentId);
            ps.setLong(2, unitId);
            ps.setString(3, title);
            Jdbc.setNullableDate(ps, 4, deadline);
            ps.setString(5, TaskStatus.OPEN.name());
            ps.setString(6, login);
            ps.setLong(7, now.toEpochMilli());
            ps.setLong(8, now.toEpochMilli());
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    Optional<Task> visible(Connection c, long id, Scope scope, LocalDate today) throws SQLException {
        List<Task> found = query(c, "SELECT " + COLUMNS + FROM + " WHERE T.ID = ? AND " + condition(scope), List.of(id,
                scope.clearance().ordinal()), today);
        return found.stream().findFirst();
    }

    /** Tasks of {@code documentId} and/or of {@code units}, overdue only if asked, soonest deadline first. */
    List<Task> list(Connection c, Long documentId, Collection<Long> units, boolean overdueOnly, int offset, int limit,
                    Scope scope, LocalDate today) throws SQLException {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + FROM + " WHERE ")
                .append(viewCondition(documentId, units, overdueOnly, scope, today, args));
        sql.append(" ORDER BY T.DEADLINE, T.ID OFFSET ").append(offset).append(" ROWS FETCH NEXT ").append(limit)
                .append(" ROWS ONLY");
        return query(c, sql.toString(), args, today);
    }

    /** How many tasks {@link #list} pages through. */
    long count(Connection c, Long documentId, Collection<Long> units, boolean overdueOnly, Scope scope, LocalDate today)
            throws SQLException {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT COUNT(*)" + FROM + " WHERE " + viewCondition(documentId, units, overdueOnly, scope, today, args);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Jdbc.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String viewCondition(Long documentId, Collection<Long> units, boolean overdueOnly, Scope scope,
                                        LocalDate today, List<Object> args) {
        StringBuilder sql = new StringBuilder(condition(scope));
        args.add(scope.clearance().ordinal());
        if (documentId != null) {
            sql.append(" AND T.DOCUMENT_ID = ?");
            args.add(documentId);
        }
        if (units != null) {
            sql.append(" AND T.UNIT_ID IN ").append(units.isEmpty() ? "(-1)"
                    : units.stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")")));
        }
        if (overdueOnly) {
            sql.append(" AND T.STATUS <> 'DONE' AND T.DEADLINE < ?");
            args.add(today);
        }
        return sql.toString();
    }

    long countOverdue(Connection c, Scope scope, LocalDate today) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*)" + FROM + " WHERE " + condition(scope)
                + " AND T.STATUS <> 'DONE' AND T.DEADLINE < ?")) {
            Jdbc.bind(ps, List.of(scope.clearance().ordinal(), today));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Overdue tasks not yet announced, locked by marking them announced (the caller posts the events after commit). */
    List<Task> claimNewlyOverdue(Connection c, LocalDate today) throws SQLException {
        List<Task> due = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + FROM + " WHERE T.STATUS <> 'DONE' "
                + "AND T.DEADLINE < ? AND T.OVERDUE_NOTIFIED = FALSE ORDER BY T.ID FETCH FIRST 1000 ROWS ONLY")) {
            Jdbc.bind(ps, List.of(today));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    due.add(read(rs, today));
                }
            }
        }
        List<Task> claimed = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("UPDATE DOCUMENTS.TASKS SET OVERDUE_NOTIFIED = TRUE WHERE ID = ? "
                + "AND OVERDUE_NOTIFIED = FALSE")) {
            for (Task t : due) {
                ps.setLong(1, t.id());
                if (ps.executeUpdate() == 1) {
                    claimed.add(t);
                }
            }
        }
        return claimed;
    }

    void report(Connection c, long taskId, TaskStatus status, int percent, String comment, String sha, String login,
                Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO DOCUMENTS.TASK_REPORTS (TASK_ID, REPORTED_AT, REPORTER, STATUS, "
                + "PERCENT_DONE, COMMENT_TEXT, SHA256) VALUES (?,?,?,?,?,?,?)")) {
            ps.setLong(1, taskId);
            ps.setLong(2, now.toEpochMilli());
            ps.setString(3, login);
            ps.setString(4, status.name());
            ps.setInt(5, percent);
            ps.setString(6, comment);
            ps.setString(7, sha);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE DOCUMENTS.TASKS SET STATUS = ?, PERCENT_DONE = ?, "
                + "UPDATED_AT = ? WHERE ID = ?")) {
            ps.setString(1, status.name());
            ps.setInt(2, percent);
            ps.setLong(3, now.toEpochMilli());
            ps.setLong(4, taskId);
            ps.executeUpdate();
        }
    }

    List<TaskReport> reports(Connection c, long taskId) throws SQLException {
        List<TaskReport> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT REPORTED_AT, REPORTER, STATUS, PERCENT_DONE, COMMENT_TEXT, SHA256 "
                + "FROM DOCUMENTS.TASK_REPORTS WHERE TASK_ID = ? ORDER BY ID")) {
            ps.setLong(1, taskId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new TaskReport(taskId, Instant.ofEpochMilli(rs.getLong(1)), rs.getString(2),
                            TaskStatus.valueOf(rs.getString(3)), rs.getInt(4), rs.getString(5), rs.getString(6)));
                }
            }
        }
        return result;
    }

    /** Visible: the document's classification is within clearance, and the reader sees the document or the task's unit. */
    private static String condition(Scope scope) {
        return "D.CLASSIFICATION <= ?" + (scope.allUnits() ? ""
                : " AND (" + scope.documentCondition("D") + " OR T.UNIT_ID IN " + scope.inList() + ")");
    }

    private static List<Task> query(Connection c, String sql, List<Object> args, LocalDate today) throws SQLException {
        List<Task> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Jdbc.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(read(rs, today));
                }
            }
        }
        return result;
    }

    private static Task read(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate deadline = Jdbc.date(rs, "DEADLINE");
        TaskStatus status = TaskStatus.valueOf(rs.getString("STATUS"));
        return new Task(rs.getLong("ID"), rs.getLong("DOCUMENT_ID"), rs.getLong("UNIT_ID"), rs.getString("TITLE"), deadline,
                status, rs.getInt("PERCENT_DONE"), status != TaskStatus.DONE && deadline.isBefore(today),
                rs.getString("CREATED_BY"), Jdbc.instant(rs, "CREATED_AT"), Jdbc.instant(rs, "UPDATED_AT"));
    }
}
