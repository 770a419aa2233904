package org.partyoffice.finance.impl.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.partyoffice.finance.api.BudgetChange;
import org.partyoffice.finance.api.BudgetChangeKind;
import org.partyoffice.finance.api.BudgetExecution;
import org.partyoffice.finance.api.BudgetLine;
import org.partyoffice.finance.api.BudgetStatus;
import org.partyoffice.finance.api.Expenditure;
import org.partyoffice.finance.api.ExpenditureStatus;
import org.partyoffice.platform.api.sql.Sql;

/** The SQL of budget lines, their history and their expenditures, on the caller's connection. */
final class BudgetStore {

    private static final String LINE = "SELECT l.ID, l.UNIT_ID, l.ORIGIN_UNIT_ID, l.FISCAL_YEAR, l.CATEGORY, l.TITLE, l.ACCOUNT_CODE, "
            + "l.ESTIMATE, (SELECT COALESCE(SUM(h.AMOUNT), 0) FROM FINANCE.BUDGET_CHANGES h WHERE h.LINE_ID = l.ID "
            + "AND h.KIND = 'ALLOCATED') AS ALLOCATED, l.STATUS, l.REFERENCE, l.CREATED_BY, l.CREATED_AT "
            + "FROM FINANCE.BUDGET_LINES l ";
    private static final String EXPENDITURE = "SELECT ID, LINE_ID, TITLE, AMOUNT, REFERENCE, STATUS, WARNING, REQUESTED_BY, "
            + "DECIDED_BY, DECISION_NOTE, ENTRY_ID, PAID_ON FROM FINANCE.EXPENDITURES ";

    long insertLine(Connection c, long unitId, int year, String category, String title, String account, long estimate,
                    String reference, String by, long at) throws SQLException {
        return Sql.insert(c, "INSERT INTO FINANCE.BUDGET_LINES (UNIT_ID, ORIGIN_UNIT_ID, FISCAL_YEAR, CATEGORY, TITLE, "
                + "ACCOUNT_CODE, ESTIMATE, STATUS, REFERENCE, CREATED_BY, CREATED_AT) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                unitId, unitId, year, category, title, account, estimate, BudgetStatus.DRAFT, reference, by, at);
    }

    /** Reads the line after locking its row, so checks against its allocation are serialised. */
    Optional<BudgetLine> lockLine(Connection c, long id) throws SQLException {
        Sql.update(c, "UPDATE FINANCE.BUDGET_LINES SET STATUS = STATUS WHERE ID = ?", id);
        return line(c, id);
    }

    Optional<BudgetLine> line(Connection c, long id) throws SQLException {
        return Sql.one(c, LINE + "WHERE l.ID = ?", BudgetStore::line, id);
    }

    Optional<BudgetLine> byReference(Connection c, String reference) throws SQLException {
        return Sql.one(c, LINE + "WHERE l.REFERENCE = ? ORDER BY l.ID", BudgetStore::line, reference);
    }

    List<BudgetLine> lines(Connection c, Set<Long> units, int year) throws SQLException {
        return Sql.list(c, LINE + "WHERE l.UNIT_ID IN " + FinanceAccess.in(units) + " AND l.FISCAL_YEAR = ? ORDER BY l.UNIT_ID, "
                + "l.CATEGORY, l.ID", BudgetStore::line, year);
    }

    void setEstimate(Connection c, long id, long estimate) throws SQLException {
        Sql.update(c, "UPDATE FINANCE.BUDGET_LINES SET ESTIMATE = ? WHERE ID = ?", estimate, id);
    }

    void setStatus(Connection c, long id, BudgetStatus status) throws SQLException {
        Sql.update(c, "UPDATE FINANCE.BUDGET_LINES SET STATUS = ? WHERE ID = ?", status, id);
    }

    void change(Connection c, long lineId, BudgetChangeKind kind, long amount, long previous, String note, String actor, long at)
            throws SQLException {
        Sql.insert(c, "INSERT INTO FINANCE.BUDGET_CHANGES (LINE_ID, KIND, AMOUNT, PREVIOUS, NOTE, ACTOR, HAPPENED_AT) "
                + "VALUES (?,?,?,?,?,?,?)", lineId, kind, amount, previous, note, actor, at);
    }

    List<BudgetChange> history(Connection c, long lineId) throws SQLException {
        return Sql.list(c, "SELECT LINE_ID, KIND, AMOUNT, PREVIOUS, NOTE, ACTOR, HAPPENED_AT FROM FINANCE.BUDGET_CHANGES "
                + "WHERE LINE_ID = ? ORDER BY ID", rs -> new BudgetChange(rs.getLong(1), BudgetChangeKind.valueOf(rs.getString(2)),
                rs.getLong(3), rs.getLong(4), rs.getString(5), rs.getString(6), Instant.ofEpochMilli(rs.getLong(7))), lineId);
    }

    long insertExpenditure(Connection c, long lineId, String title, long amount, String reference, String warning, String by,
                           long at) throws SQLException {
        return Sql.insert(c, "INSERT INTO FINANCE.EXPENDITURES (LINE_ID, TITLE, AMOUNT, REFERENCE, STATUS, WARNING, REQUESTED_BY, "
                + "REQUESTED_AT) VALUES (?,?,?,?,?,?,?,?)", lineId, title, amount, reference, ExpenditureStatus.REQUESTED,
                warning, by, at);
    }

    Optional<Expenditure> expenditure(Connection c, long id) throws SQLException {
        return Sql.one(c, EXPENDITURE + "WHERE ID = ?", BudgetStore::expenditure, id);
    }

    List<Expenditure> expenditures(Connection c, long lineId) throws SQLException {
        return Sql.list(c, EXPENDITURE + "WHERE LINE_ID = ? ORDER BY ID", BudgetStore::expenditure, lineId);
    }

    List<Expenditure> expendituresByReference(Connection c, String reference) throws SQLException {
        return Sql.list(c, EXPENDITURE + "WHERE REFERENCE = ? ORDER BY ID", BudgetStore::expenditure, reference);
    }

    void decide(Connection c, long id, ExpenditureStatus status, String by, String note, String warning) throws SQLException {
        Sql.update(c, "UPDATE FINANCE.EXPENDITURES SET STATUS = ?, DECIDED_BY = ?, DECISION_NOTE = ?, "
                + "WARNING = COALESCE(?, WARNING) WHERE ID = ?", status, by, note, warning, id);
    }

    void paid(Connection c, long id, long entryId, java.time.LocalDate on) throws SQLException {
        Sql.update(c, "UPDATE FINANCE.EXPENDITURES SET STATUS = 'PAID', ENTRY_ID = ?, PAID_ON = ? WHERE ID = ?", entryId, on, id);
    }

    /** Sum of the line's expenditures in {@code status}. */
    long sum(Connection c, long lineId, ExpenditureStatus status) throws SQLException {
        return Sql.number(c, "SELECT COALESCE(SUM(AMOUNT), 0) FROM FINANCE.EXPENDITURES WHERE LINE_ID = ? AND STATUS = ?",
                lineId, status);
    }

    BudgetExecution execution(Connection c, BudgetLine l) throws SQLException {
        long committed = sum(c, l.id(), ExpenditureStatus.APPROVED);
        long spent = sum(c, l.id(), ExpenditureStatus.PAID);
        return new BudgetExecution(l.id(), l.unitId(), l.year(), l.category(), l.title(), l.estimateVnd(), l.allocatedVnd(),
                committed, spent, l.allocatedVnd() - committed - spent);
    }

    private static BudgetLine line(ResultSet rs) throws SQLException {
        return new BudgetLine(rs.getLong("ID"), rs.getLong("UNIT_ID"), rs.getLong("ORIGIN_UNIT_ID"), rs.getInt("FISCAL_YEAR"),
                rs.getString("CATEGORY"), rs.getString("TITLE"), rs.getString("ACCOUNT_CODE"), rs.getLong("ESTIMATE"),
                rs.getLong("ALLOCATED"), BudgetStatus.valueOf(rs.getString("STATUS")), rs.getString("REFERENCE"),
                rs.getString("CREATED_BY"), Instant.ofEpochMilli(rs.getLong("CREATED_AT")));
    }

    private static Expenditure expenditure(ResultSet rs) throws SQLException {
        return new Expenditure(rs.getLong("ID"), rs.getLong("LINE_ID"), rs.getString("TITLE"), rs.getLong("AMOUNT"),
                rs.getString("REFERENCE"), ExpenditureStatus.valueOf(rs.getString("STATUS")), rs.getString("WARNING"),
                rs.getString("REQUESTED_BY"), rs.getString("DECIDED_BY"), rs.getString("DECISION_NOTE"),
                Sql.nullableLong(rs, "ENTRY_ID"), Sql.date(rs, "PAID_ON"));
    }
}
