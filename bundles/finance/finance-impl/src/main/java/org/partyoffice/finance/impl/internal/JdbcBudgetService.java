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
import org.partyoffice.finance.api.BudgetChange;
import org.partyoffice.finance.api.BudgetChangeKind;
import org.partyoffice.finance.api.BudgetExecution;
import org.partyoffice.finance.api.BudgetLine;
import org.partyoffice.finance.api.BudgetRequest;
import org.partyoffice.finance.api.BudgetService;
import org.partyoffice.finance.api.BudgetStatus;
import org.partyoffice.finance.api.Expenditure;
import org.partyoffice.finance.api.FinanceEvents;
import org.partyoffice.platform.api.AuditTrail;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.Transactions;

/** Budget lines with their history, and (through {@link Expenditures}) the spending from them. */
@Component(service = BudgetService.class)
public final class JdbcBudgetService implements BudgetService {

    private final Transactions tx;
    private final FinanceAccess access;
    private final AuditTrail audit;
    private final FinanceSettings settings;
    private final FinanceEventPublisher events;
    private final Clock clock;
    private final Expenditures expenditures;
    private final BudgetStore store = new BudgetStore();
    private final LedgerStore ledger = new LedgerStore();

    @Activate
    public JdbcBudgetService(@Reference Transactions tx, @Reference FinanceAccess access, @Reference AuditTrail audit,
                             @Reference Books books, @Reference FinanceSettings settings,
                             @Reference FinanceEventPublisher events) {
        this(tx, access, audit, books, settings, events, Clock.systemUTC());
    }

    JdbcBudgetService(Transactions tx, FinanceAccess access, AuditTrail audit, Books books, FinanceSettings settings,
                      FinanceEventPublisher events, Clock clock) {
        this.tx = tx;
        this.access = access;
        this.audit = audit;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
        this.expenditures = new Expenditures(tx, access, audit, books, settings, events, clock);
    }

    @Override
    public BudgetLine estimate(long unitId, int year, String category, String title, long estimateVnd, String account) {
        return create(unitId, year, category, title, estimateVnd, account, null);
    }

    private BudgetLine create(long unitId, int year, String category, String title, long estimateVnd, String account,
                              String reference) {
        access.write(unitId, FinanceAccess.PLANNERS);
        Inputs.year(year, "year");
        String cat = Inputs.code(category, "category");
        String t = Inputs.text(title, 500, "title");
        Inputs.positive(estimateVnd, "estimateVnd");
        String acc = account == null || account.isBlank() ? settings.defaultExpenseAccount : account.strip();
        String login = access.user().login();
        return tx.required(c -> {
            if (ledger.account(c, acc).filter(a -> a.active()).isEmpty()) {
                throw new InvalidInputException("account", "is not an active account of the chart", acc);
            }
            long now = clock.millis();
            long id = store.insertLine(c, unitId, year, cat, t, acc, estimateVnd, reference, login, now);
            store.change(c, id, BudgetChangeKind.ESTIMATED, estimateVnd, 0, reference, login, now);
            audit.append(FinanceSchema.MODULE, "budget.estimate", Long.toString(id), "unit=" + unitId + " year=" + year
                    + " " + cat + " " + estimateVnd + (reference == null ? "" : " ref=" + reference));
            return store.line(c, id).orElseThrow();
        });
    }

    @Override
    public BudgetLine request(BudgetRequest request) {
        Inputs.required(request, "request");
        String reference = References.required(request.reference());
        Optional<BudgetLine> existing = byReference(reference);
        if (existing.isEmpty()) {
            String category = request.category() == null || request.category().isBlank() ? settings.defaultCategory
                    : request.category();
            return create(request.unitId(), request.year(), category, request.title(), request.amountVnd(), null, reference);
        }
        BudgetLine line = existing.get();
        if (line.estimateVnd() == request.amountVnd()) {
            return line;
        }
        if (line.status() != BudgetStatus.DRAFT) {
            throw new ConflictException("reference", "budget line " + line.id() + " for " + reference + " is already "
                    + line.status() + " at " + line.estimateVnd() + " VND: amend it in the finance module");
        }
        return amend(line.id(), request.amountVnd(), "yêu cầu cập nhật từ " + reference);
    }

    @Override
    public Optional<BudgetLine> byReference(String reference) {
        String r = References.required(reference);
        Optional<BudgetLine> line = tx.required(c -> store.byReference(c, r));
        line.ifPresent(l -> access.read(l.unitId()));
        return line;
    }

    @Override
    public BudgetLine approve(long lineId) {
        BudgetLine line = get(lineId);
        access.write(line.unitId(), settings.approverRoles.toArray(new String[0]));
        String login = access.user().login();
        BudgetLine approved = tx.required(c -> {
            BudgetLine l = store.lockLine(c, lineId).orElseThrow();
            if (l.status() != BudgetStatus.DRAFT) {
                throw new ConflictException("lineId", "budget line " + lineId + " is already " + l.status());
            }
            store.setStatus(c, lineId, BudgetStatus.APPROVED);
            store.change(c, lineId, BudgetChangeKind.APPROVED, l.estimateVnd(), 0, null, login, clock.millis());
            audit.append(FinanceSchema.MODULE, "budget.approve", Long.toString(lineId), "estimate=" + l.estimateVnd());
            return store.line(c, lineId).orElseThrow();
        });
        events.post(FinanceEvents.BUDGET_APPROVED, Map.of(FinanceEvents.LINE_ID, lineId, FinanceEvents.UNIT_ID, line.unitId()));
        return approved;
    }

    @Override
    public BudgetLine allocate(long lineId, long amountVnd, String note) {
        Inputs.positive(amountVnd, "amountVnd");
        String n = Inputs.optional(note, 1000, "note");
        BudgetLine line = get(lineId);
        access.write(line.unitId(), FinanceAccess.BOOKKEEPERS);
        String login = access.user().login();
        return tx.required(c -> {
            BudgetLine l = store.lockLine(c, lineId).orElseThrow();
            if (l.status() != BudgetStatus.APPROVED) {
                throw new ConflictException("lineId", "budget line " + lineId + " is not approved: a draft gets no allocation");
            }
            if (l.allocatedVnd() + amountVnd > l.estimateVnd()) {
                throw new InvalidInputException("amountVnd", "allocations would exceed the estimate of " + l.estimateVnd()
                        + " VND by " + (l.allocatedVnd() + amountVnd - l.estimateVnd()) + " VND", amountVnd);
            }
            store.change(c, lineId, BudgetChangeKind.ALLOCATED, amountVnd, l.allocatedVnd(), n, login, clock.millis());
            audit.append(FinanceSchema.MODULE, "budget.allocate", Long.toString(lineId), amountVnd + (n == null ? "" : " " + n));
            return store.line(c, lineId).orElseThrow();
        });
    }

    @Override
    public BudgetLine amend(long lineId, long newEstimateVnd, String reason) {
        Inputs.positive(newEstimateVnd, "newEstimateVnd");
        String why = Inputs.text(reason, 1000, "reason");
        BudgetLine line = get(lineId);
        // a draft is the planners' to change; an approved budget is changed by those who approve it
        access.write(line.unitId(), line.status() == BudgetStatus.DRAFT ? FinanceAccess.PLANNERS
                : settings.approverRoles.toArray(new String[0]));
        String login = access.user().login();
        return tx.required(c -> {
            BudgetLine l = store.lockLine(c, lineId).orElseThrow();
            if (newEstimateVnd < l.allocatedVnd()) {
                throw new InvalidInputException("newEstimateVnd", "must not be below the " + l.allocatedVnd()
                        + " VND already allocated", newEstimateVnd);
            }
            store.setEstimate(c, lineId, newEstimateVnd);
            store.change(c, lineId, BudgetChangeKind.AMENDED, newEstimateVnd, l.estimateVnd(), why, login, clock.millis());
            audit.append(FinanceSchema.MODULE, "budget.amend", Long.toString(lineId), l.estimateVnd() + " -> " + newEstimateVnd
                    + ": " + why);
            return store.line(c, lineId).orElseThrow();
        });
    }

    @Override
    public Optional<BudgetLine> line(long lineId) {
        Optional<BudgetLine> line = tx.required(c -> store.line(c, lineId));
        line.ifPresent(l -> access.read(l.unitId()));
        return line;
    }

    @Override
    public List<BudgetLine> lines(long unitId, int year, boolean rollUp) {
        Set<Long> units = access.units(unitId, rollUp, access.today());
        return tx.required(c -> store.lines(c, units, year));
    }

    @Override
    public List<BudgetChange> history(long lineId) {
        get(lineId);
        return tx.required(c -> store.history(c, lineId));
    }

    @Override
    public Expenditure requestExpenditure(long lineId, String title, long amountVnd, String reference) {
        return expenditures.request(lineId, title, amountVnd, reference);
    }

    @Override
    public Expenditure approveExpenditure(long expenditureId, String note) {
        return expenditures.approve(expenditureId, note);
    }

    @Override
    public Expenditure rejectExpenditure(long expenditureId, String reason) {
        return expenditures.reject(expenditureId, reason);
    }

    @Override
    public Expenditure pay(long expenditureId, LocalDate date) {
        return expenditures.pay(expenditureId, date);
    }

    @Override
    public Optional<Expenditure> expenditure(long expenditureId) {
        try {
            return Optional.of(expenditures.read(expenditureId));
        } catch (EntityNotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<Expenditure> expenditures(long lineId) {
        get(lineId);
        return tx.required(c -> store.expenditures(c, lineId));
    }

    @Override
    public List<Expenditure> expendituresByReference(String reference) {
        String r = References.required(reference);
        Set<Long> scope = access.scope();
        return tx.required(c -> {
            List<Expenditure> visible = new ArrayList<>();
            for (Expenditure e : store.expendituresByReference(c, r)) {
                long unit = store.line(c, e.budgetLineId()).orElseThrow().unitId();
                if (scope == null || scope.contains(unit)) {
                    visible.add(e);
                }
            }
            return visible;
        });
    }

    @Override
    public List<BudgetExecution> execution(long unitId, int year, boolean rollUp) {
        Set<Long> units = access.units(unitId, rollUp, access.today());
        return tx.required(c -> {
            List<BudgetExecution> rows = new ArrayList<>();
            for (BudgetLine l : store.lines(c, units, year)) {
                rows.add(store.execution(c, l));
            }
            return rows;
        });
    }

    private BudgetLine get(long lineId) {
        return line(lineId).orElseThrow(() -> new EntityNotFoundException("budget line", lineId, "lineId"));
    }
}
