package org.partyoffice.finance.impl.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.partyoffice.finance.api.Account;
import org.partyoffice.finance.api.AccountType;
import org.partyoffice.finance.api.JournalEntry;
import org.partyoffice.finance.api.Period;
import org.partyoffice.finance.api.PeriodStatus;
import org.partyoffice.finance.api.Posting;
import org.partyoffice.platform.api.sql.Sql;

/** The SQL of the chart of accounts, the periods and the journal, on the caller's connection. */
final class LedgerStore {

    private static final String ENTRY = "SELECT e.ID, e.UNIT_ID, e.ORIGIN_UNIT_ID, e.ENTRY_DATE, e.DESCRIPTION, e.REFERENCE, "
            + "e.REVERSES_ID, (SELECT r.ID FROM FINANCE.ENTRIES r WHERE r.REVERSES_ID = e.ID) AS REVERSED_BY, "
            + "e.CREATED_BY, e.CREATED_AT FROM FINANCE.ENTRIES e ";

    List<Account> accounts(Connection c) throws SQLException {
        return Sql.list(c, "SELECT CODE, NAME, TYPE, PARENT_CODE, ACTIVE FROM FINANCE.ACCOUNTS ORDER BY CODE", LedgerStore::account);
    }

    Optional<Account> account(Connection c, String code) throws SQLException {
        return Sql.one(c, "SELECT CODE, NAME, TYPE, PARENT_CODE, ACTIVE FROM FINANCE.ACCOUNTS WHERE CODE = ?",
                LedgerStore::account, code);
    }

    void saveAccount(Connection c, Account a, boolean exists) throws SQLException {
        if (exists) {
            Sql.update(c, "UPDATE FINANCE.ACCOUNTS SET NAME = ?, TYPE = ?, PARENT_CODE = ?, ACTIVE = ? WHERE CODE = ?",
                    a.name(), a.type(), a.parentCode(), a.active(), a.code());
        } else {
            Sql.update(c, "INSERT INTO FINANCE.ACCOUNTS (CODE, NAME, TYPE, PARENT_CODE, ACTIVE) VALUES (?,?,?,?,?)",
                    a.code(), a.name(), a.type(), a.parentCode(), a.active());
        }
    }

    boolean hasPostings(Connection c, String account) throws SQLException {
        return Sql.one(c, "SELECT 1 FROM FINANCE.POSTINGS WHERE ACCOUNT_CODE = ? FETCH FIRST 1 ROWS ONLY", rs -> 1, account)
                .isPresent();
    }

    private static Account account(ResultSet rs) throws SQLException {
        return new Account(rs.getString("CODE"), rs.getString("NAME"), AccountType.valueOf(rs.getString("TYPE")),
                rs.getString("PARENT_CODE"), rs.getBoolean("ACTIVE"));
    }

    /** The recorded periods of a year; months with no row are open. */
    Map<Integer, Period> periods(Connection c, long unitId, int year) throws SQLException {
        Map<Integer, Period> result = new HashMap<>();
        for (Period p : Sql.list(c, "SELECT UNIT_ID, FISCAL_YEAR, PERIOD_MONTH, STATUS, CLOSED_BY, CLOSED_AT FROM FINANCE.PERIODS "
                + "WHERE UNIT_ID = ? AND FISCAL_YEAR = ?", rs -> new Period(rs.getLong(1), rs.getInt(2), rs.getInt(3),
                PeriodStatus.valueOf(rs.getString(4)), rs.getString(5), Sql.nullableLong(rs, "CLOSED_AT") == null ? null
                : java.time.Instant.ofEpochMilli(rs.getLong(6))), unitId, year)) {
            result.put(p.month(), p);
        }
        return result;
    }

    boolean closed(Connection c, long unitId, LocalDate date) throws SQLException {
        return Sql.one(c, "SELECT 1 FROM FINANCE.PERIODS WHERE UNIT_ID = ? AND FISCAL_YEAR = ? AND PERIOD_MONTH = ? "
                + "AND STATUS = 'CLOSED'", rs -> 1, unitId, date.getYear(), date.getMonthValue()).isPresent();
    }

    void setPeriod(Connection c, long unitId, int year, int month, PeriodStatus status, String by, Long at) throws SQLException {
        if (Sql.update(c, "UPDATE FINANCE.PERIODS SET STATUS = ?, CLOSED_BY = ?, CLOSED_AT = ? WHERE UNIT_ID = ? "
                + "AND FISCAL_YEAR = ? AND PERIOD_MONTH = ?", status, by, at, unitId, year, month) == 0) {
            Sql.update(c, "INSERT INTO FINANCE.PERIODS (UNIT_ID, FISCAL_YEAR, PERIOD_MONTH, STATUS, CLOSED_BY, CLOSED_AT) "
                    + "VALUES (?,?,?,?,?,?)", unitId, year, month, status, by, at);
        }
    }

    long insertEntry(Connection c, long unitId, LocalDate date, String description, String reference, Long reverses,
                     String by, long at, List<Posting> postings) throws SQLException {
        long id = Sql.insert(c, "INSERT INTO FINANCE.ENTRIES (UNIT_ID, ORIGIN_UNIT_ID, ENTRY_DATE, DESCRIPTION, REFERENCE, "
                + "REVERSES_ID, CREATED_BY, CREATED_AT) VALUES (?,?,?,?,?,?,?,?)", unitId, unitId, date, description, reference,
                reverses, by, at);
        try (var ps = c.prepareStatement("INSERT INTO FINANCE.POSTINGS (ENTRY_ID, LINE_NO, UNIT_ID, ENTRY_DATE, ACCOUNT_CODE, "
                + "DEBIT, CREDIT, MEMO) VALUES (?,?,?,?,?,?,?,?)")) {
            int line = 0;
            for (Posting p : postings) {
                ps.setLong(1, id);
                ps.setInt(2, ++line);
                ps.setLong(3, unitId);
                ps.setDate(4, java.sql.Date.valueOf(date));
                ps.setString(5, p.account());
                ps.setLong(6, p.debitVnd());
                ps.setLong(7, p.creditVnd());
                ps.setString(8, p.memo());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return id;
    }

    Optional<JournalEntry> entry(Connection c, long id) throws SQLException {
        Optional<JournalEntry> head = Sql.one(c, ENTRY + "WHERE e.ID = ?", rs -> entry(rs, List.of()), id);
        if (head.isEmpty()) {
            return head;
        }
        return Optional.of(withPostings(head.get(), postings(c, id)));
    }

    List<JournalEntry> journal(Connection c, long unitId, LocalDate from, LocalDate to) throws SQLException {
        List<JournalEntry> heads = Sql.list(c, ENTRY + "WHERE e.UNIT_ID = ? AND e.ENTRY_DATE BETWEEN ? AND ? ORDER BY e.ENTRY_DATE, e.ID",
                rs -> entry(rs, List.of()), unitId, from, to);
        List<JournalEntry> result = new java.util.ArrayList<>();
        for (JournalEntry e : heads) {
            result.add(withPostings(e, postings(c, e.id())));
        }
        return result;
    }

    List<Posting> postings(Connection c, long entryId) throws SQLException {
        return Sql.list(c, "SELECT ACCOUNT_CODE, DEBIT, CREDIT, MEMO FROM FINANCE.POSTINGS WHERE ENTRY_ID = ? ORDER BY LINE_NO",
                rs -> new Posting(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4)), entryId);
    }

    /** Per account: {debits, credits} of the units' postings up to {@code asOf}. */
    Map<String, long[]> sums(Connection c, Set<Long> unitIds, LocalDate asOf) throws SQLException {
        Map<String, long[]> sums = new java.util.TreeMap<>();
        for (Object[] row : Sql.list(c, "SELECT ACCOUNT_CODE, SUM(DEBIT), SUM(CREDIT) FROM FINANCE.POSTINGS WHERE UNIT_ID IN "
                + FinanceAccess.in(unitIds) + " AND ENTRY_DATE <= ? GROUP BY ACCOUNT_CODE",
                rs -> new Object[] {rs.getString(1), rs.getLong(2), rs.getLong(3)}, asOf)) {
            sums.put((String) row[0], new long[] {(Long) row[1], (Long) row[2]});
        }
        return sums;
    }

    /** The credit-minus-debit balance of one account in one unit's books. */
    long creditBalance(Connection c, long unitId, String account) throws SQLException {
        return Sql.number(c, "SELECT SUM(CREDIT) - SUM(DEBIT) FROM FINANCE.POSTINGS WHERE UNIT_ID = ? AND ACCOUNT_CODE = ?",
                unitId, account);
    }

    private static JournalEntry entry(ResultSet rs, List<Posting> postings) throws SQLException {
        return new JournalEntry(rs.getLong("ID"), rs.getLong("UNIT_ID"), rs.getLong("ORIGIN_UNIT_ID"), Sql.date(rs, "ENTRY_DATE"),
                rs.getString("DESCRIPTION"), rs.getString("REFERENCE"), Sql.nullableLong(rs, "REVERSES_ID"),
                Sql.nullableLong(rs, "REVERSED_BY"), rs.getString("CREATED_BY"),
                java.time.Instant.ofEpochMilli(rs.getLong("CREATED_AT")), postings);
    }

    private static JournalEntry withPostings(JournalEntry e, List<Posting> postings) {
        return new JournalEntry(e.id(), e.unitId(), e.originUnitId(), e.date(), e.description(), e.reference(), e.reversesId(),
                e.reversedById(), e.createdBy(), e.createdAt(), postings);
    }
}
