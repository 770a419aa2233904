package org.partyoffice.finance.impl.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.partyoffice.finance.api.DuesPayment;
import org.partyoffice.finance.api.DuesRule;
import org.partyoffice.finance.api.DuesService;
import org.partyoffice.finance.api.DuesStatus;
import org.partyoffice.finance.api.FinanceEvents;
import org.partyoffice.finance.api.JournalEntry;
import org.partyoffice.finance.api.Member;
import org.partyoffice.finance.api.NewEntry;
import org.partyoffice.finance.api.Posting;
import org.partyoffice.finance.api.Remittance;
import org.partyoffice.platform.api.AuditTrail;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.Transactions;
import org.partyoffice.platform.api.Unit;

/**
 * Party dues: members, collection posted at the member's unit (cash in; the unit's share as dues
 * revenue, the rest owed upward) and remittance to the parent posted in both books, the parent
 * keeping its own share and owing the rest further up.
 */
@Component(service = DuesService.class)
public final class JdbcDuesService implements DuesService {

    private final Transactions tx;
    private final FinanceAccess access;
    private final AuditTrail audit;
    private final Books books;
    private final FinanceSettings settings;
    private final FinanceEventPublisher events;
    private final Clock clock;
    private final DuesStore store = new DuesStore();

    @Activate
    public JdbcDuesService(@Reference Transactions tx, @Reference FinanceAccess access, @Reference AuditTrail audit,
                           @Reference Books books, @Reference FinanceSettings settings, @Reference FinanceEventPublisher events) {
        this(tx, access, audit, books, settings, events, Clock.system(settings.zone));
    }

    JdbcDuesService(Transactions tx, FinanceAccess access, AuditTrail audit, Books books, FinanceSettings settings,
                    FinanceEventPublisher events, Clock clock) {
        this.tx = tx;
        this.access = access;
        this.audit = audit;
        this.books = books;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<DuesRule> rules() {
        return List.copyOf(settings.duesRules.values());
    }

    @Override
    public Member addMember(long unitId, String fullName, String category, long baseVnd, YearMonth duesFrom) {
        access.write(unitId, FinanceAccess.BOOKKEEPERS);
        String name = Inputs.text(fullName, 200, "fullName");
        String cat = Inputs.code(category, "category");
        DuesRules.rule(settings.duesRules, cat);
        Inputs.notNegative(baseVnd, "baseVnd");
        YearMonth from = duesFrom == null ? YearMonth.now(clock) : duesFrom;
        return tx.required(c -> {
            long id = store.insertMember(c, unitId, name, cat, baseVnd, from);
            audit.append(FinanceSchema.MODULE, "member.add", Long.toString(id), name + " unit=" + unitId + " " + cat);
            return store.member(c, id).orElseThrow();
        });
    }

    @Override
    public Member updateMember(long memberId, String category, long baseVnd, boolean active) {
        Member m = member(memberId);
        access.write(m.unitId(), FinanceAccess.BOOKKEEPERS);
        String cat = Inputs.code(category, "category");
        DuesRules.rule(settings.duesRules, cat);
        Inputs.notNegative(baseVnd, "baseVnd");
        return tx.required(c -> {
            store.updateMember(c, memberId, cat, baseVnd, active);
            audit.append(FinanceSchema.MODULE, "member.update", Long.toString(memberId), cat + " base=" + baseVnd
                    + (active ? "" : " (inactive)"));
            return store.member(c, memberId).orElseThrow();
        });
    }

    @Override
    public List<Member> members(long unitId, boolean rollUp) {
        Set<Long> units = access.units(unitId, rollUp, access.today());
        return tx.required(c -> store.members(c, units));
    }

    @Override
    public long monthlyDues(long memberId) {
        return DuesRules.monthly(settings.duesRules, member(memberId), settings.duesRoundingVnd);
    }

    @Override
    public DuesPayment collect(long memberId, YearMonth month, long amountVnd, LocalDate paidOn) {
        Member m = member(memberId);
        Unit unit = access.write(m.unitId(), FinanceAccess.BOOKKEEPERS);
        Inputs.required(month, "month");
        Inputs.positive(amountVnd, "amountVnd");
        LocalDate on = paidOn == null ? LocalDate.now(clock) : paidOn;
        if (month.isBefore(m.duesFrom())) {
            throw new InvalidInputException("month", "is before the member's first month of dues, " + m.duesFrom(), month);
        }
        long kept = DuesRules.kept(amountVnd, settings.keptPercent(unit.type(), unit.parentId() != null));
        long remit = amountVnd - kept;
        String login = access.user().login();
        JournalEntry[] entry = new JournalEntry[1];
        DuesPayment payment = tx.required(c -> {
            entry[0] = books.post(c, new NewEntry(m.unitId(), on, "Thu đảng phí tháng " + month + ": " + m.fullName(),
                    "member:" + memberId, split(amountVnd, kept, remit, Posting.debit(settings.cashAccount, amountVnd))), login);
            long id = store.insertPayment(c, memberId, m.unitId(), month, amountVnd, kept, remit, on, entry[0].id(), login,
                    clock.millis());
            audit.append(FinanceSchema.MODULE, "dues.collect", Long.toString(id), "member=" + memberId + " month=" + month
                    + " amount=" + amountVnd + " kept=" + kept + " remit=" + remit);
            return store.payment(c, id).orElseThrow();
        });
        books.posted(entry[0]);
        return payment;
    }

    /** {@code first}, then the kept share as revenue and the rest as owed upward (each only when not zero). */
    private List<Posting> split(long amount, long kept, long remit, Posting first) {
        List<Posting> postings = new ArrayList<>(List.of(first));
        if (kept > 0) {
            postings.add(Posting.credit(settings.duesRevenueAccount, kept));
        }
        if (remit > 0) {
            postings.add(Posting.credit(settings.duesPayableAccount, remit));
        }
        return postings;
    }

    @Override
    public List<DuesPayment> payments(long memberId) {
        member(memberId);
        return tx.required(c -> store.payments(c, memberId));
    }

    @Override
    public long owedUpward(long unitId) {
        access.read(unitId);
        return tx.required(c -> books.store().creditBalance(c, unitId, settings.duesPayableAccount));
    }

    @Override
    public Remittance remit(long unitId, LocalDate date) {
        Unit unit = access.write(unitId, FinanceAccess.BOOKKEEPERS);
        LocalDate on = Inputs.required(date, "date");
        if (unit.parentId() == null) {
            throw new ConflictException("unitId", "unit " + unitId + " has no parent: it keeps all its dues");
        }
        Unit parent = access.organisation().current(unit.parentId());
        int parentKeeps = settings.keptPercent(parent.type(), parent.parentId() != null);
        String login = access.user().login();
        List<JournalEntry> entries = new ArrayList<>();
        Remittance remittance = tx.required(c -> {
            // one remittance at a time, so two clerks cannot both send what is owed once
            lock(c);
            long owed = books.store().creditBalance(c, unitId, settings.duesPayableAccount);
            if (owed <= 0) {
                throw new ConflictException("unitId", "unit " + unitId + " owes no dues upward");
            }
            JournalEntry out = books.post(c, new NewEntry(unitId, on, "Nộp đảng phí lên " + parent.name(), "unit:" + parent.id(),
                    List.of(Posting.debit(settings.duesPayableAccount, owed), Posting.credit(settings.cashAccount, owed))), login);
            long kept = DuesRules.kept(owed, parentKeeps);
            JournalEntry in = books.post(c, new NewEntry(parent.id(), on, "Nhận đảng phí từ " + unit.name(), "unit:" + unitId,
                    split(owed, kept, owed - kept, Posting.debit(settings.cashAccount, owed))), login);
            entries.add(out);
            entries.add(in);
            long id = store.insertRemittance(c, unitId, parent.id(), owed, on, out.id(), in.id(), login, clock.millis());
            audit.append(FinanceSchema.MODULE, "dues.remit", Long.toString(id), "from=" + unitId + " to=" + parent.id()
                    + " amount=" + owed + " parentKept=" + kept);
            return store.remittance(c, id).orElseThrow();
        });
        entries.forEach(books::posted);
        events.post(FinanceEvents.DUES_REMITTED, Map.of(FinanceEvents.UNIT_ID, unitId, FinanceEvents.TO_UNIT_ID, parent.id(),
                FinanceEvents.AMOUNT, remittance.amountVnd()));
        return remittance;
    }

    private static void lock(Connection c) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute("LOCK TABLE FINANCE.REMITTANCES IN EXCLUSIVE MODE");
        }
    }

    @Override
    public List<Remittance> remittances(long unitId) {
        access.read(unitId);
        return tx.required(c -> store.remittances(c, unitId));
    }

    @Override
    public List<DuesStatus> collection(long unitId, YearMonth from, YearMonth to, boolean rollUp) {
        Inputs.required(from, "from");
        Inputs.required(to, "to");
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "must not be before from", to);
        }
        Set<Long> units = access.units(unitId, rollUp, access.today());
        return tx.required(c -> {
            List<DuesStatus> rows = new ArrayList<>();
            for (Member m : store.members(c, units)) {
                YearMonth first = m.duesFrom().isAfter(from) ? m.duesFrom() : from;
                int months = !m.active() || first.isAfter(to) ? 0 : (int) (first.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1);
                long due = months == 0 ? 0 : months * DuesRules.monthly(settings.duesRules, m, settings.duesRoundingVnd);
                rows.add(new DuesStatus(m.id(), m.fullName(), m.unitId(), months, due, store.paid(c, m.id(), from, to)));
            }
            return rows;
        });
    }

    @Override
    public List<DuesStatus> arrears(long unitId, YearMonth from, YearMonth to, boolean rollUp) {
        return collection(unitId, from, to, rollUp).stream().filter(s -> s.arrearsVnd() > 0).toList();
    }

    private Member member(long memberId) {
        Member m = tx.required(c -> store.member(c, memberId))
                .orElseThrow(() -> new EntityNotFoundException("member", memberId, "memberId"));
        access.read(m.unitId());
        return m;
    }
}
