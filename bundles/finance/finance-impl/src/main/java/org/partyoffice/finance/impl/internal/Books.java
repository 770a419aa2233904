package org.partyoffice.finance.impl.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.partyoffice.finance.api.Account;
import org.partyoffice.finance.api.FinanceEvents;
import org.partyoffice.finance.api.JournalEntry;
import org.partyoffice.finance.api.NewEntry;
import org.partyoffice.finance.api.Posting;
import org.partyoffice.finance.api.UnbalancedEntryException;
import org.partyoffice.platform.api.AuditTrail;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.InvalidInputException;

/**
 * The rules of the journal, on the caller's connection so a budget payment, a dues collection or a
 * remittance posts in the same transaction as its own change: balanced entries only, known and
 * active accounts, open periods, reversals instead of edits, and an audit entry for each posting.
 * Callers check roles and units; they post {@link #posted} events after their commit.
 */
@Component(service = Books.class)
public final class Books {

    private final AuditTrail audit;
    private final FinanceEventPublisher events;
    private final Clock clock;
    private final LedgerStore store = new LedgerStore();

    @Activate
    public Books(@Reference AuditTrail audit, @Reference FinanceEventPublisher events, @Reference FinanceSchema schema) {
        this(audit, events, Clock.systemUTC());
    }

    Books(AuditTrail audit, FinanceEventPublisher events, Clock clock) {
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    LedgerStore store() {
        return store;
    }

    /** Checks and posts {@code entry}; nothing is written when a rule is broken. */
    JournalEntry post(Connection c, NewEntry entry, String login) throws SQLException {
        return post(c, entry, login, null);
    }

    JournalEntry post(Connection c, NewEntry entry, String login, Long reverses) throws SQLException {
        Inputs.required(entry, "entry");
        LocalDate date = Inputs.required(entry.date(), "date");
        String description = Inputs.text(entry.description(), 1000, "description");
        String reference = Inputs.optional(entry.reference(), 200, "reference");
        List<Posting> postings = checkPostings(c, entry.postings());
        if (store.closed(c, entry.unitId(), date)) {
            throw new InvalidInputException("date", "the period " + date.getYear() + "-" + String.format("%02d", date.getMonthValue())
                    + " of unit " + entry.unitId() + " is closed: it takes no postings", date);
        }
        long id = store.insertEntry(c, entry.unitId(), date, description, reference, reverses, login,
                clock.millis(), postings);
        long total = postings.stream().mapToLong(Posting::debitVnd).sum();
        audit.append(FinanceSchema.MODULE, reverses == null ? "entry.post" : "entry.reverse", Long.toString(id),
                "unit=" + entry.unitId() + " date=" + date + " total=" + total + " lines=" + postings.size()
                        + (reverses == null ? "" : " reverses=" + reverses) + (reference == null ? "" : " ref=" + reference));
        return store.entry(c, id).orElseThrow();
    }

    /** Posts the opposite of entry {@code entryId} on {@code date}. */
    JournalEntry reverse(Connection c, long entryId, LocalDate date, String reason, String login) throws SQLException {
        JournalEntry original = store.entry(c, entryId).orElseThrow(() -> new EntityNotFoundException("entry", entryId, "entryId"));
        String why = Inputs.text(reason, 500, "reason");
        if (original.reversesId() != null) {
            throw new ConflictException("entryId", "entry " + entryId + " is itself a reversal (of entry "
                    + original.reversesId() + "): post a new entry instead");
        }
        if (original.reversedById() != null) {
            throw new ConflictException("entryId", "entry " + entryId + " was already reversed by entry " + original.reversedById());
        }
        List<Posting> opposite = new ArrayList<>();
        for (Posting p : original.postings()) {
            opposite.add(new Posting(p.account(), p.creditVnd(), p.debitVnd(), p.memo()));
        }
        NewEntry reversal = new NewEntry(original.unitId(), date, "Đảo bút toán " + entryId + ": " + why,
                original.reference(), opposite);
        return post(c, reversal, login, entryId);
    }

    /** Events for entries posted in a committed transaction. */
    void posted(JournalEntry e) {
        events.post(FinanceEvents.POSTED, Map.of(FinanceEvents.ENTRY_ID, e.id(), FinanceEvents.UNIT_ID, e.unitId()));
        if (e.reversesId() != null) {
            events.post(FinanceEvents.REVERSED, Map.of(FinanceEvents.ENTRY_ID, e.id(), FinanceEvents.REVERSED_ID, e.reversesId(),
                    FinanceEvents.UNIT_ID, e.unitId()));
        }
    }

    private List<Posting> checkPostings(Connection c, List<Posting> postings) throws SQLException {
        if (postings == null || postings.size() < 2) {
            throw new InvalidInputException("postings", "an entry needs at least two postings");
        }
        long debit = 0;
        long credit = 0;
        List<Posting> checked = new ArrayList<>();
        for (int i = 0; i < postings.size(); i++) {
            Posting p = postings.get(i);
            String field = "postings[" + i + "]";
            if (p == null) {
                throw new InvalidInputException(field, "is empty");
            }
            if (p.debitVnd() < 0 || p.creditVnd() < 0 || (p.debitVnd() > 0) == (p.creditVnd() > 0)) {
                throw new InvalidInputException(field, "must have a positive amount on exactly one side, debit or credit");
            }
            String code = Inputs.text(p.account(), 10, field + ".account");
            Account account = store.account(c, code).orElseThrow(() -> new InvalidInputException(field + ".account",
                    "is not in the chart of accounts", code));
            if (!account.active()) {
                throw new InvalidInputException(field + ".account", "is inactive: it takes no new postings", code);
            }
            try {
                debit = Math.addExact(debit, p.debitVnd());
                credit = Math.addExact(credit, p.creditVnd());
            } catch (ArithmeticException e) {
                throw new InvalidInputException("postings", "the amounts add up beyond what can be recorded");
            }
            checked.add(new Posting(code, p.debitVnd(), p.creditVnd(), Inputs.optional(p.memo(), 500, field + ".memo")));
        }
        if (debit != credit) {
            throw new UnbalancedEntryException(debit, credit);
        }
        return checked;
    }
}
