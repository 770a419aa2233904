package org.partyoffice.meetings.impl.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.partyoffice.meetings.api.AgendaItem;
import org.partyoffice.meetings.api.Body;
import org.partyoffice.meetings.api.CostEstimate;
import org.partyoffice.meetings.api.CostEstimateStatus;
import org.partyoffice.meetings.api.BodyMember;
import org.partyoffice.meetings.api.Meeting;
import org.partyoffice.meetings.api.MeetingStatus;
import org.partyoffice.meetings.api.MeetingType;
import org.partyoffice.meetings.api.MemberRole;
import org.partyoffice.meetings.api.Room;
import org.partyoffice.meetings.api.Rule;
import org.partyoffice.platform.api.AccountService;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.sql.Sql;

/** Reading the module's rows into the API's records. */
final class MeetingRows {

    /** The cost estimate's columns, all {@code EST_}-prefixed, so callers' conditions on the meeting stay unambiguous. */
    static final String ESTIMATE_COLUMNS = "EST_MEETING_ID, EST_AMOUNT_VND, EST_NOTE, EST_STATUS, EST_LINE_ID, EST_LINE_STATUS, "
            + "EST_PROBLEM, EST_BY, EST_AT, EST_SENT_AT, EST_VERSION";

    static final String MEETING = "SELECT ID, UNIT_ID, TYPE, TITLE, BODY_ID, ROOM_ID, STARTS_AT, ENDS_AT, STATUS, CREATED_BY, "
            + "CREATED_AT, CLASSIFICATION, " + ESTIMATE_COLUMNS + " FROM MEETINGS.MEETINGS LEFT JOIN MEETINGS.COST_ESTIMATES "
            + "ON EST_MEETING_ID = ID";

    private MeetingRows() {
    }

    static Optional<Meeting> meeting(Connection c, long id) throws SQLException {
        return Sql.one(c, MEETING + " WHERE ID = ?", rs -> meeting(c, rs), id);
    }

    static Meeting meeting(Connection c, ResultSet rs) throws SQLException {
        long id = rs.getLong("ID");
        List<String> required = Sql.list(c, "SELECT LOGIN FROM MEETINGS.REQUIRED WHERE MEETING_ID = ? ORDER BY LOGIN",
                r -> r.getString(1), id);
        return new Meeting(id, rs.getLong("UNIT_ID"), MeetingType.valueOf(rs.getString("TYPE")), rs.getString("TITLE"),
                Sql.nullableLong(rs, "BODY_ID"), Sql.nullableLong(rs, "ROOM_ID"), Instant.ofEpochMilli(rs.getLong("STARTS_AT")),
                Instant.ofEpochMilli(rs.getLong("ENDS_AT")), MeetingStatus.valueOf(rs.getString("STATUS")), required,
                rs.getString("CREATED_BY"), Instant.ofEpochMilli(rs.getLong("CREATED_AT")),
                Clearance.values()[rs.getInt("CLASSIFICATION")], estimate(rs));
    }

    /** The estimate on a row carrying {@link #ESTIMATE_COLUMNS}, or {@code null} (a LEFT JOIN without one). */
    static CostEstimate estimate(ResultSet rs) throws SQLException {
        long meetingId = rs.getLong("EST_MEETING_ID");
        if (rs.wasNull()) {
            return null;
        }
        Long sent = Sql.nullableLong(rs, "EST_SENT_AT");
        return new CostEstimate(meetingId, rs.getLong("EST_AMOUNT_VND"), rs.getString("EST_NOTE"),
                CostEstimateStatus.valueOf(rs.getString("EST_STATUS")), Sql.nullableLong(rs, "EST_LINE_ID"),
                rs.getString("EST_LINE_STATUS"), rs.getString("EST_PROBLEM"), rs.getString("EST_BY"),
                Instant.ofEpochMilli(rs.getLong("EST_AT")), sent == null ? null : Instant.ofEpochMilli(sent));
    }

    static Optional<Room> room(Connection c, long id) throws SQLException {
        return Sql.one(c, "SELECT ID, NAME, CAPACITY, LOCATION FROM MEETINGS.ROOMS WHERE ID = ?", MeetingRows::room, id);
    }

    static Room room(ResultSet rs) throws SQLException {
        return new Room(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4));
    }

    static Optional<Body> body(Connection c, long id, AccountService accounts) throws SQLException {
        return Sql.one(c, "SELECT ID, UNIT_ID, NAME, MEETS, QUORUM_NUM, QUORUM_DEN, QUORUM_STRICT, DECISION_NUM, DECISION_DEN, "
                + "DECISION_STRICT FROM MEETINGS.BODIES WHERE ID = ?", rs -> body(c, rs, accounts), id);
    }

    static Body body(Connection c, ResultSet rs, AccountService accounts) throws SQLException {
        long id = rs.getLong(1);
        List<BodyMember> members = Sql.list(c, "SELECT LOGIN, ROLE FROM MEETINGS.BODY_MEMBERS WHERE BODY_ID = ? "
                + "ORDER BY ROLE, LOGIN", r -> new BodyMember(r.getString(1), fullName(accounts, r.getString(1)),
                MemberRole.valueOf(r.getString(2))), id);
        return new Body(id, rs.getLong(2), rs.getString(3), MeetingType.valueOf(rs.getString(4)), members,
                new Rule(rs.getInt(5), rs.getInt(6), rs.getBoolean(7)), new Rule(rs.getInt(8), rs.getInt(9), rs.getBoolean(10)));
    }

    static AgendaItem agendaItem(ResultSet rs) throws SQLException {
        return new AgendaItem(rs.getLong("ID"), rs.getLong("MEETING_ID"), rs.getInt("POSITION"), rs.getString("TITLE"),
                rs.getString("PRESENTER"), rs.getInt("MINUTES_LONG"), ids(rs.getString("DOCUMENT_IDS")),
                words(rs.getString("FILE_HASHES")));
    }

    static String fullName(AccountService accounts, String login) {
        return accounts.find(login).map(a -> a.fullName()).orElse(login);
    }

    static List<Long> ids(String csv) {
        return words(csv).stream().map(Long::valueOf).toList();
    }

    static List<String> words(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.asList(csv.split(","));
    }
}
