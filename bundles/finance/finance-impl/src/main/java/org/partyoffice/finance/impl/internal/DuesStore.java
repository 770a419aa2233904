package org.partyoffice.finance.impl.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.partyoffice.finance.api.DuesPayment;
import org.partyoffice.finance.api.Member;
import org.partyoffice.finance.api.Remittance;
import org.partyoffice.platform.api.sql.Sql;

/** The SQL of members, dues payments and remittances, on the caller's connection. */
final class DuesStore {

    private static final String MEMBER = "SELECT ID, UNIT_ID, FULL_NAME, CATEGORY, BASE_VND, DUES_FROM, ACTIVE FROM FINANCE.MEMBERS ";
    private static final String PAYMENT = "SELECT ID, MEMBER_ID, UNIT_ID, DUES_MONTH, AMOUNT, KEPT, REMIT, PAID_ON, ENTRY_ID "
            + "FROM FINANCE.DUES_PAYMENTS ";
    private static final String REMITTANCE = "SELECT ID, FROM_UNIT_ID, TO_UNIT_ID, AMOUNT, REMITTED_ON, FROM_ENTRY_ID, TO_ENTRY_ID "
            + "FROM FINANCE.REMITTANCES ";

    long insertMember(Connection c, long unitId, String name, String category, long base, YearMonth from) throws SQLException {
        return Sql.insert(c, "INSERT INTO FINANCE.MEMBERS (UNIT_ID, ORIGIN_UNIT_ID, FULL_NAME, CATEGORY, BASE_VND, DUES_FROM, ACTIVE) "
                + "VALUES (?,?,?,?,?,?,TRUE)", unitId, unitId, name, category, base, from);
    }

    void updateMember(Connection c, long id, String category, long base, boolean active) throws SQLException {
        Sql.update(c, "UPDATE FINANCE.MEMBERS SET CATEGORY = ?, BASE_VND = ?, ACTIVE = ? WHERE ID = ?", category, base, active, id);
    }

    Optional<Member> member(Connection c, long id) throws SQLException {
        return Sql.one(c, MEMBER + "WHERE ID = ?", DuesStore::member, id);
    }

    List<Member> members(Connection c, Set<Long> units) throws SQLException {
        return Sql.list(c, MEMBER + "WHERE UNIT_ID IN " + FinanceAccess.in(units) + " ORDER BY UNIT_ID, FULL_NAME, ID",
                DuesStore::member);
    }

    long insertPayment(Connection c, long memberId, long unitId, YearMonth month, long amount, long kept, long remit,
                       LocalDate paidOn, long entryId, String by, long at) throws SQLException {
        return Sql.insert(c, "INSERT INTO FINANCE.DUES_PAYMENTS (MEMBER_ID, UNIT_ID, DUES_MONTH, AMOUNT, KEPT, REMIT, PAID_ON, "
                + "ENTRY_ID, RECORDED_BY, RECORDED_AT) VALUES (?,?,?,?,?,?,?,?,?,?)", memberId, unitId, month, amount, kept, remit,
                paidOn, entryId, by, at);
    }

    Optional<DuesPayment> payment(Connection c, long id) throws SQLException {
        return Sql.one(c, PAYMENT + "WHERE ID = ?", DuesStore::payment, id);
    }

    List<DuesPayment> payments(Connection c, long memberId) throws SQLException {
        return Sql.list(c, PAYMENT + "WHERE MEMBER_ID = ? ORDER BY DUES_MONTH, ID", DuesStore::payment, memberId);
    }

    long paid(Connection c, long memberId, YearMonth from, YearMonth to) throws SQLException {
        return Sql.number(c, "SELECT COALESCE(SUM(AMOUNT), 0) FROM FINANCE.DUES_PAYMENTS WHERE MEMBER_ID = ? "
                + "AND DUES_MONTH BETWEEN ? AND ?", memberId, from, to);
    }

    long insertRemittance(Connection c, long from, long to, long amount, LocalDate on, long fromEntry, long toEntry, String by,
                          long at) throws SQLException {
        return Sql.insert(c, "INSERT INTO FINANCE.REMITTANCES (FROM_UNIT_ID, TO_UNIT_ID, AMOUNT, REMITTED_ON, FROM_ENTRY_ID, "
                + "TO_ENTRY_ID, ACTOR, HAPPENED_AT) VALUES (?,?,?,?,?,?,?,?)", from, to, amount, on, fromEntry, toEntry, by, at);
    }

    Optional<Remittance> remittance(Connection c, long id) throws SQLException {
        return Sql.one(c, REMITTANCE + "WHERE ID = ?", DuesStore::remittance, id);
    }

    List<Remittance> remittances(Connection c, long unitId) throws SQLException {
        return Sql.list(c, REMITTANCE + "WHERE FROM_UNIT_ID = ? OR TO_UNIT_ID = ? ORDER BY ID", DuesStore::remittance, unitId,
                unitId);
    }

    private static Member member(ResultSet rs) throws SQLException {
        return new Member(rs.getLong("ID"), rs.getLong("UNIT_ID"), rs.getString("FULL_NAME"), rs.getString("CATEGORY"),
                rs.getLong("BASE_VND"), YearMonth.from(Sql.date(rs, "DUES_FROM")), rs.getBoolean("ACTIVE"));
    }

    private static DuesPayment payment(ResultSet rs) throws SQLException {
        return new DuesPayment(rs.getLong("ID"), rs.getLong("MEMBER_ID"), rs.getLong("UNIT_ID"),
                YearMonth.from(Sql.date(rs, "DUES_MONTH")), rs.getLong("AMOUNT"), rs.getLong("KEPT"), rs.getLong("REMIT"),
                Sql.date(rs, "PAID_ON"), rs.getLong("ENTRY_ID"));
    }

    private static Remittance remittance(ResultSet rs) throws SQLException {
        return new Remittance(rs.getLong("ID"), rs.getLong("FROM_UNIT_ID"), rs.getLong("TO_UNIT_ID"), rs.getLong("AMOUNT"),
                Sql.date(rs, "REMITTED_ON"), rs.getLong("FROM_ENTRY_ID"), rs.getLong("TO_ENTRY_ID"));
    }
}
