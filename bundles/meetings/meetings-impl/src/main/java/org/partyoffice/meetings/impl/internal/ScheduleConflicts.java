package org.partyoffice.meetings.impl.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.sql.Sql;

/**
 * The two rules of the schedule: a room holds one meeting at a time, and a required person
 * attends one meeting at a time. Times are half-open, so a meeting may start when another ends.
 * The refusal names the other meeting so the clerk can move one of them, unless it is classified
 * above the clerk's clearance: then it says only that a classified meeting holds that time.
 */
final class ScheduleConflicts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private ScheduleConflicts() {
    }

    static void check(Connection c, Long self, Long roomId, Set<String> required, Instant start, Instant end,
                      Clearance reader) throws SQLException {
        long me = self == null ? -1 : self;
        if (roomId != null) {
            var clash = Sql.one(c, "SELECT ID, TITLE, STARTS_AT, ENDS_AT, CLASSIFICATION FROM MEETINGS.MEETINGS WHERE ROOM_ID = ? "
                    + "AND STATUS <> 'CANCELLED' AND ID <> ? AND STARTS_AT < ? AND ENDS_AT > ? ORDER BY STARTS_AT "
                    + "FETCH FIRST 1 ROWS ONLY", rs -> describe(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                    rs.getInt(5), reader), roomId, me, end, start);
            if (clash.isPresent()) {
                throw new ConflictException("roomId", "the room is booked for " + clash.get());
            }
        }
        if (required.isEmpty()) {
            return;
        }
        // One query for everyone required: the first clash by time names the person and the meeting.
        String marks = String.join(",", java.util.Collections.nCopies(required.size(), "?"));
        Object[] args = new Object[required.size() + 3];
        int i = 0;
        for (String login : required) {
            args[i++] = login;
        }
        args[i++] = me;
        args[i++] = end;
        args[i] = start;
        var clash = Sql.one(c, "SELECT R.LOGIN, M.ID, M.TITLE, M.STARTS_AT, M.ENDS_AT, M.CLASSIFICATION FROM MEETINGS.MEETINGS M JOIN "
                + "MEETINGS.REQUIRED R ON R.MEETING_ID = M.ID WHERE R.LOGIN IN (" + marks + ") AND M.STATUS <> 'CANCELLED' "
                + "AND M.ID <> ? AND M.STARTS_AT < ? AND M.ENDS_AT > ? ORDER BY M.STARTS_AT, R.LOGIN FETCH FIRST 1 ROWS ONLY",
                rs -> rs.getString(1) + " is required at " + describe(rs.getLong(2), rs.getString(3), rs.getLong(4),
                        rs.getLong(5), rs.getInt(6), reader), args);
        if (clash.isPresent()) {
            throw new ConflictException("required", clash.get());
        }
    }

    private static String describe(long id, String title, long start, long end, int classification, Clearance reader) {
        String when = "(" + WHEN.format(Instant.ofEpochMilli(start)) + "–" + WHEN.format(Instant.ofEpochMilli(end)) + ")";
        if (!reader.permits(Clearance.values()[classification])) {
            return "a meeting classified above your clearance " + when;
        }
        return "meeting " + id + " \"" + title + "\" " + when;
    }
}
