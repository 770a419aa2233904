package org.partyoffice.finance.impl.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.partyoffice.finance.api.Account;
import org.partyoffice.finance.api.FinanceEvents;
import org.partyoffice.finance.api.FiscalYear;
import org.partyoffice.finance.api.JournalEntry;
import org.partyoffice.finance.api.LedgerService;
import org.partyoffice.finance.api.NewEntry;
import org.partyoffice.finance.api.Period;
import org.partyoffice.finance.api.PeriodStatus;
import org.partyoffice.finance.api.TrialBalance;
import org.partyoffice.finance.api.TrialBalanceLine;
import org.partyoffice.platform.api.AuditTrail;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.Roles;
import org.partyoffice.platform.api.Transactions;

/** The chart of accounts, periods and the journal of each unit, on the {@code FINANCE} tables. */
@Component(service = LedgerService.class)
public final class JdbcLedgerService implements LedgerService {

    private final Transactions tx;
    private final FinanceAccess access;
    private final AuditTrail audit;
    private final Books books;
    private final FinanceEventPublisher events;
    private final Clock clock;
    private final LedgerStore store = new LedgerStore();

    @Activate
    public JdbcLedgerService(@Reference Transactions tx, @Reference FinanceAccess access, @Reference AuditTrail audit,
                             @Reference Books books, @Reference FinanceEventPublisher events) {
        this(tx, access, audit, books, events, Clock.systemUTC());
    }

    JdbcLedgerService(Transactions tx, FinanceAccess access, AuditTrail audit, Books books, FinanceEventPublisher events,
                      Clock clock) {
        this.tx = tx;
        this.access = access;
        this.audit = audit;
        this.books = books;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<Account> accounts() {
        access.scope();
        return tx.required(store::accounts);
    }

    @Override
    public Account account(String code) {
        access.scope();
        return tx.required(c -> store.account(c, code)).orElseThrow(() -> new EntityNotFoundException("account", code, "account"));
    }

    @Override
    public Account saveAccount(Account account) {
        access.user().requireAnyRole(FinanceAccess.BOOKKEEPERS);
        Inputs.required(account, "account");
        String code = Inputs.text(account.code(), 10, "code");
        if (!code.matches("[0-9]{3,10}")) {
            throw new InvalidInputException("code", "must be 3 to 10 digits", code);
        }
        Account a = new Account(code, Inputs.text(account.name(), 200, "name"), Inputs.required(account.type(), "type"),
                Inputs.optional(account.parentCode(), 10, "parentCode"), account.active());
        return tx.required(c -> {
            if (a.parentCode() != null && (a.parentCode().equals(code) || store.account(c, a.parentCode()).isEmpty())) {
                throw new InvalidInputException("parentCode", "must be another account of the chart", a.parentCode());
            }
            Optional<Account> old = store.account(c, code);
            if (old.isPresent() && old.get().type() != a.type() && store.hasPostings(c, code)) {
                throw new ConflictException("type", "account " + code + " has postings: its type stays " + old.get().type());
            }
            store.saveAccount(c, a, old.isPresent());
            audit.append(FinanceSchema.MODULE, "account.save", code, a.name() + " " + a.type() + (a.active() ? "" : " (inactive)"));
            return a;
        });
    }

    @Override
    public FiscalYear fiscalYear(long unitId, int year) {
        access.read(unitId);
        Inputs.year(year, "year");
        Map<Integer, Period> recorded = tx.required(c -> store.periods(c, unitId, year));
        List<Period> periods = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            periods.add(recorded.getOrDefault(m, new Period(unitId, year, m, PeriodStatus.OPEN, null, null)));
        }
        boolean closed = periods.stream().allMatch(p -> p.status() == PeriodStatus.CLOSED);
        return new FiscalYear(unitId, year, closed ? PeriodStatus.CLOSED : PeriodStatus.OPEN, periods);
    }

    @Override
    public Period closePeriod(long unitId, int year, int month) {
        access.write(unitId, FinanceAccess.BOOKKEEPERS);
        return setPeriod(unitId, year, month, PeriodStatus.CLOSED, null);
    }

    @Override
    public Period reopenPeriod(long unitId, int year, int month, String reason) {
        access.write(unitId, Roles.ADMIN);
        return setPeriod(unitId, year, month, PeriodStatus.OPEN, Inputs.text(reason, 500, "reason"));
    }

    private Period setPeriod(long unitId, int year, int month, PeriodStatus status, String reason) {
        Inputs.year(year, "year");
        if (month < 1 || month > 12) {
            throw new InvalidInputException("month", "must be 1 to 12", month);
        }
        String login = access.user().login();
        tx.required(c -> {
            boolean closedNow = store.closed(c, unitId, LocalDate.of(year, month, 1));
            if (closedNow == (status == PeriodStatus.CLOSED)) {
                throw new ConflictException("month", "the period " + year + "-" + month + " is already " + status);
            }
            store.setPeriod(c, unitId, year, month, status, status == PeriodStatus.CLOSED ? login : null,
                    status == PeriodStatus.CLOSED ? clock.millis() : null);
            audit.append(FinanceSchema.MODULE, status == PeriodStatus.CLOSED ? "period.close" : "period.reopen",
                    unitId + ":" + year + "-" + month, reason == null ? "" : reason);
            return null;
        });
        if (status == PeriodStatus.CLOSED) {
            events.post(FinanceEvents.PERIOD_CLOSED, Map.of(FinanceEvents.UNIT_ID, unitId, FinanceEvents.YEAR, year,
                    FinanceEvents.MONTH, month));
        }
        return fiscalYear(unitId, year).periods().get(month - 1);
    }

    @Override
    public JournalEntry post(NewEntry entry) {
        Inputs.required(entry, "entry");
        access.write(entry.unitId(), FinanceAccess.BOOKKEEPERS);
        String login = access.user().login();
        JournalEntry posted = tx.required(c -> books.post(c, entry, login));
        books.posted(posted);
        return posted;
    }

    @Override
    public JournalEntry reverse(long entryId, LocalDate date, String reason) {
        JournalEntry original = entry(entryId).orElseThrow(() -> new EntityNotFoundException("entry", entryId, "entryId"));
        access.write(original.unitId(), FinanceAccess.BOOKKEEPERS);
        Inputs.required(date, "date");
        String login = access.user().login();
        JournalEntry reversal = tx.required(c -> books.reverse(c, entryId, date, reason, login));
        books.posted(reversal);
        return reversal;
    }

    @Override
    public Optional<JournalEntry> entry(long id) {
        Optional<JournalEntry> e = tx.required(c -> store.entry(c, id));
        e.ifPresent(found -> access.read(found.unitId()));
        return e;
    }

    @Override
    public List<JournalEntry> journal(long unitId, LocalDate from, LocalDate to) {
        access.read(unitId);
        Inputs.required(from, "from");
        Inputs.required(to, "to");
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "must not be before from", to);
        }
        return tx.required(c -> store.journal(c, unitId, from, to));
    }

    @Override
    public TrialBalance trialBalance(long unitId, LocalDate asOf, boolean rollUp) {
        LocalDate date = asOf == null ? access.today() : asOf;
        Set<Long> units = access.units(unitId, rollUp, date);
        return tx.required(c -> {
            Map<String, Account> chart = new java.util.HashMap<>();
            store.accounts(c).forEach(a -> chart.put(a.code(), a));
            List<TrialBalanceLine> lines = new ArrayList<>();
            long debit = 0;
            long credit = 0;
            for (var e : store.sums(c, units, date).entrySet()) {
                Account a = chart.get(e.getKey());
                lines.add(new TrialBalanceLine(e.getKey(), a == null ? e.getKey() : a.name(), a == null ? null : a.type(),
                        e.getValue()[0], e.getValue()[1]));
                debit += e.getValue()[0];
                credit += e.getValue()[1];
            }
            return new TrialBalance(unitId, rollUp, date, List.copyOf(units), lines, debit, credit);
        });
    }
}
