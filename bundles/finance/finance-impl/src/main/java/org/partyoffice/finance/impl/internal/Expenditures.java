package org.partyoffice.finance.impl.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.partyoffice.finance.api.BudgetLine;
import org.partyoffice.finance.api.BudgetStatus;
import org.partyoffice.finance.api.Expenditure;
import org.partyoffice.finance.api.ExpenditureStatus;
import org.partyoffice.finance.api.FinanceEvents;
import org.partyoffice.finance.api.JournalEntry;
import org.partyoffice.finance.api.NewEntry;
import org.partyoffice.finance.api.Posting;
import org.partyoffice.platform.api.AuditTrail;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.Transactions;

/**
 * Expenditures from budget lines: request, decision and payment. The line's row is locked before
 * its allocation is compared with what is committed and spent, so two requests at once cannot both
 * slip under a limit that only one fits.
 */
final class Expenditures {

    private final Transactions tx;
    private final FinanceAccess access;
    private final AuditTrail audit;
    private final Books books;
    private final FinanceSettings settings;
    private final FinanceEventPublisher events;
    private final Clock clock;
    private final BudgetStore store = new BudgetStore();

    Expenditures(Transactions tx, FinanceAccess access, AuditTrail audit, Books books, FinanceSettings settings,
                 FinanceEventPublisher events, Clock clock) {
        this.tx = tx;
        this.access = access;
        this.audit = audit;
        this.books = books;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    Expenditure request(long lineId, String title, long amountVnd, String reference) {
        String t = Inputs.text(title, 500, "title");
        Inputs.positive(amountVnd, "amountVnd");
        String ref = References.optional(reference);
        BudgetLine line = readLine(lineId);
        access.write(line.unitId(), FinanceAccess.PLANNERS);
        String login = access.user().login();
        return tx.required(c -> {
            BudgetLine l = store.lockLine(c, lineId).orElseThrow();
            if (l.status() != BudgetStatus.APPROVED) {
                throw new ConflictException("lineId", "budget line " + lineId + " is not approved yet: nothing is spent from a draft");
            }
            String warning = overspend(c, l, amountVnd);
            long id = store.insertExpenditure(c, lineId, t, amountVnd, ref, warning, login, clock.millis());
            audit.append(FinanceSchema.MODULE, "expenditure.request", Long.toString(id), "line=" + lineId + " amount=" + amountVnd
                    + (ref == null ? "" : " ref=" + ref) + (warning == null ? "" : " warning: " + warning));
            return store.expenditure(c, id).orElseThrow();
        });
    }

    Expenditure approve(long id, String note) {
        return decide(id, ExpenditureStatus.APPROVED, Inputs.optional(note, 1000, "note"));
    }

    Expenditure reject(long id, String reason) {
        return decide(id, ExpenditureStatus.REJECTED, Inputs.text(reason, 1000, "reason"));
    }

    private Expenditure decide(long id, ExpenditureStatus decision, String note) {
        Expenditure e = read(id);
        BudgetLine line = readLine(e.budgetLineId());
        access.write(line.unitId(), settings.approverRoles.toArray(new String[0]));
        String login = access.user().login();
        return tx.required(c -> {
            BudgetLine l = store.lockLine(c, line.id()).orElseThrow();
            Expenditure now = store.expenditure(c, id).orElseThrow();
            if (now.status() != ExpenditureStatus.REQUESTED) {
                throw new ConflictException("expenditureId", "expenditure " + id + " is " + now.status() + ", not REQUESTED");
            }
            String warning = decision == ExpenditureStatus.APPROVED ? overspend(c, l, now.amountVnd()) : null;
            store.decide(c, id, decision, login, note, warning);
            audit.append(FinanceSchema.MODULE, "expenditure." + (decision == ExpenditureStatus.APPROVED ? "approve" : "reject"),
                    Long.toString(id), (note == null ? "" : note) + (warning == null ? "" : " warning: " + warning));
            return store.expenditure(c, id).orElseThrow();
        });
    }

    Expenditure pay(long id, LocalDate date) {
        Inputs.required(date, "date");
        Expenditure e = read(id);
        BudgetLine line = readLine(e.budgetLineId());
        access.write(line.unitId(), FinanceAccess.BOOKKEEPERS);
        String login = access.user().login();
        JournalEntry[] entry = new JournalEntry[1];
        Expenditure paid = tx.required(c -> {
            Expenditure now = store.expenditure(c, id).orElseThrow();
            if (now.status() != ExpenditureStatus.APPROVED) {
                throw new ConflictException("expenditureId", "expenditure " + id + " is " + now.status() + ": only an APPROVED one is paid");
            }
            entry[0] = books.post(c, new NewEntry(line.unitId(), date, "Chi: " + now.title(),
                    now.reference() != null ? now.reference() : "expenditure:" + id,
                    List.of(Posting.debit(line.account(), now.amountVnd()), Posting.credit(settings.cashAccount, now.amountVnd()))),
                    login);
            store.paid(c, id, entry[0].id(), date);
            audit.append(FinanceSchema.MODULE, "expenditure.pay", Long.toString(id), "entry=" + entry[0].id() + " amount="
                    + now.amountVnd());
            return store.expenditure(c, id).orElseThrow();
        });
        books.posted(entry[0]);
        Map<String, Object> props = new HashMap<>(Map.of(FinanceEvents.EXPENDITURE_ID, id, FinanceEvents.LINE_ID, line.id(),
                FinanceEvents.ENTRY_ID, entry[0].id()));
        if (paid.reference() != null) {
            props.put(FinanceEvents.REFERENCE, paid.reference());
        }
        events.post(FinanceEvents.EXPENDITURE_PAID, props);
        return paid;
    }

    /**
     * Null when {@code amount} fits the line's allocation next to what is committed and spent;
     * otherwise refuses or, when the office only warns, returns the warning to record.
     */
    private String overspend(Connection c, BudgetLine line, long amount) throws SQLException {
        long used = store.sum(c, line.id(), ExpenditureStatus.APPROVED) + store.sum(c, line.id(), ExpenditureStatus.PAID);
        long beyond = used + amount - line.allocatedVnd();
        if (beyond <= 0) {
            return null;
        }
        String text = "exceeds the allocation of budget line " + line.id() + " (" + line.allocatedVnd() + " VND, "
                + used + " VND committed or spent) by " + beyond + " VND";
        if (settings.overspend == FinanceSettings.Overspend.REFUSE) {
            throw new InvalidInputException("amountVnd", text, amount);
        }
        return text;
    }

    Expenditure read(long id) {
        Expenditure e = tx.required(c -> store.expenditure(c, id))
                .orElseThrow(() -> new EntityNotFoundException("expenditure", id, "expenditureId"));
        access.read(readLine(e.budgetLineId()).unitId());
        return e;
    }

    private BudgetLine readLine(long lineId) {
        return tx.required(c -> store.line(c, lineId)).orElseThrow(() -> new EntityNotFoundException("budget line", lineId, "lineId"));
    }
}
