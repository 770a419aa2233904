package org.partyoffice.finance.impl.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.partyoffice.finance.api.Asset;
import org.partyoffice.finance.api.AssetService;
import org.partyoffice.finance.api.BudgetExecution;
import org.partyoffice.finance.api.BudgetService;
import org.partyoffice.finance.api.Depreciation;
import org.partyoffice.finance.api.DuesService;
import org.partyoffice.finance.api.DuesStatus;
import org.partyoffice.finance.api.FinanceReports;
import org.partyoffice.finance.api.LedgerService;
import org.partyoffice.finance.api.ReportFormat;
import org.partyoffice.finance.api.ReportKind;
import org.partyoffice.finance.api.TrialBalance;
import org.partyoffice.finance.api.TrialBalanceLine;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.OrganisationService;
import org.partyoffice.platform.api.Unit;

/**
 * The four reports of a unit's year, from the services (so the same roles and units apply), as rows
 * of text with a total line, and as CSV or PDF. A past year is reported as of 31 December, the
 * current year as of today.
 */
@Component(service = FinanceReports.class)
public final class JdbcFinanceReports implements FinanceReports {

    private static final Map<ReportKind, List<String>> HEADERS = Map.of(
            ReportKind.TRIAL_BALANCE, List.of("Tài khoản", "Tên tài khoản", "Phát sinh Nợ", "Phát sinh Có", "Số dư Nợ", "Số dư Có"),
            ReportKind.BUDGET_EXECUTION, List.of("Đơn vị", "Dòng", "Nhóm", "Nội dung", "Dự toán", "Đã phân bổ", "Đã cam kết",
                    "Đã chi", "Còn lại", "% thực hiện"),
            ReportKind.DUES_COLLECTION, List.of("Đơn vị", "Đảng viên", "Số tháng", "Phải nộp", "Đã nộp", "Còn nợ"),
            ReportKind.ASSETS, List.of("Mã tài sản", "Tên tài sản", "Loại", "Đơn vị", "Người giữ", "Ngày mua", "Nguyên giá",
                    "Hao mòn lũy kế", "Giá trị còn lại", "Tình trạng"));
    private static final Map<ReportKind, String> TITLES = Map.of(ReportKind.TRIAL_BALANCE, "Bảng cân đối tài khoản",
            ReportKind.BUDGET_EXECUTION, "Tình hình thực hiện dự toán", ReportKind.DUES_COLLECTION, "Tình hình thu nộp đảng phí",
            ReportKind.ASSETS, "Danh sách tài sản");

    private final LedgerService ledger;
    private final BudgetService budgets;
    private final DuesService dues;
    private final AssetService assets;
    private final OrganisationService organisation;
    private final FinanceAccess access;

    @Activate
    public JdbcFinanceReports(@Reference LedgerService ledger, @Reference BudgetService budgets, @Reference DuesService dues,
                              @Reference AssetService assets, @Reference OrganisationService organisation,
                              @Reference FinanceAccess access) {
        this.ledger = ledger;
        this.budgets = budgets;
        this.dues = dues;
        this.assets = assets;
        this.organisation = organisation;
        this.access = access;
    }

    @Override
    public List<String> header(ReportKind kind) {
        return HEADERS.get(Inputs.required(kind, "kind"));
    }

    @Override
    public List<List<String>> rows(ReportKind kind, long unitId, int year, boolean rollUp) {
        Inputs.year(year, "year");
        LocalDate today = access.today();
        LocalDate asOf = year < today.getYear() ? LocalDate.of(year, 12, 31) : today;
        if (year > today.getYear()) {
            throw new InvalidInputException("year", "is still to come", year);
        }
        return switch (Inputs.required(kind, "kind")) {
            case TRIAL_BALANCE -> trialBalance(ledger.trialBalance(unitId, asOf, rollUp));
            case BUDGET_EXECUTION -> execution(budgets.execution(unitId, year, rollUp));
            case DUES_COLLECTION -> dues(dues.collection(unitId, YearMonth.of(year, 1), YearMonth.from(asOf), rollUp));
            case ASSETS -> assets(assets.assets(unitId, rollUp), asOf);
        };
    }

    @Override
    public byte[] export(ReportKind kind, ReportFormat format, long unitId, int year, boolean rollUp) {
        List<List<String>> rows = rows(kind, unitId, year, rollUp);
        if (Inputs.required(format, "format") == ReportFormat.CSV) {
            return Csv.write(header(kind), rows);
        }
        Unit unit = organisation.get(unitId, "unitId");
        return ReportPdf.print(TITLES.get(kind) + " — " + unit.name() + (rollUp ? " (toàn đảng bộ)" : "") + " — năm " + year,
                header(kind), rows);
    }

    private static List<List<String>> trialBalance(TrialBalance tb) {
        List<List<String>> rows = new ArrayList<>();
        for (TrialBalanceLine l : tb.lines()) {
            long b = l.balanceVnd();
            rows.add(List.of(l.account(), l.name(), n(l.debitVnd()), n(l.creditVnd()), n(Math.max(b, 0)), n(Math.max(-b, 0))));
        }
        rows.add(List.of("", "Cộng", n(tb.totalDebitVnd()), n(tb.totalCreditVnd()), "", ""));
        return rows;
    }

    private List<List<String>> execution(List<BudgetExecution> lines) {
        List<List<String>> rows = new ArrayList<>();
        long[] total = new long[5];
        Map<Long, String> names = new HashMap<>();
        for (BudgetExecution e : lines) {
            rows.add(List.of(name(names, e.unitId()), Long.toString(e.lineId()), e.category(), e.title(), n(e.estimateVnd()),
                    n(e.allocatedVnd()), n(e.committedVnd()), n(e.spentVnd()), n(e.remainingVnd()),
                    percent(e.spentVnd(), e.allocatedVnd())));
            long[] v = {e.estimateVnd(), e.allocatedVnd(), e.committedVnd(), e.spentVnd(), e.remainingVnd()};
            for (int i = 0; i < 5; i++) {
                total[i] += v[i];
            }
        }
        rows.add(List.of("Cộng", "", "", "", n(total[0]), n(total[1]), n(total[2]), n(total[3]), n(total[4]),
                percent(total[3], total[1])));
        return rows;
    }

    private List<List<String>> dues(List<DuesStatus> statuses) {
        List<List<String>> rows = new ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        long due = 0;
        long paid = 0;
        long owed = 0;
        for (DuesStatus s : statuses) {
            rows.add(List.of(name(names, s.unitId()), s.fullName(), Integer.toString(s.months()), n(s.dueVnd()), n(s.paidVnd()),
                    n(s.arrearsVnd())));
            due += s.dueVnd();
            paid += s.paidVnd();
            owed += s.arrearsVnd();
        }
        rows.add(List.of("Cộng", Integer.toString(statuses.size()) + " đảng viên", "", n(due), n(paid), n(owed)));
        return rows;
    }

    private List<List<String>> assets(List<Asset> list, LocalDate asOf) {
        List<List<String>> rows = new ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        long cost = 0;
        long book = 0;
        for (Asset a : list) {
            Depreciation d = assets.depreciation(a.id(), asOf);
            rows.add(List.of(a.code(), a.name(), a.category(), name(names, a.unitId()), a.custodian() == null ? "" : a.custodian(),
                    a.acquiredOn().toString(), n(a.costVnd()), n(d.accumulatedVnd()), n(d.bookValueVnd()),
                    a.disposedOn() == null ? "Đang sử dụng" : "Đã thanh lý " + a.disposedOn()));
            cost += a.costVnd();
            book += d.bookValueVnd();
        }
        rows.add(List.of("Cộng", list.size() + " tài sản", "", "", "", "", n(cost), n(cost - book), n(book), ""));
        return rows;
    }

    private String name(Map<Long, String> names, long unitId) {
        return names.computeIfAbsent(unitId, id -> organisation.find(id).map(Unit::name).orElse(Long.toString(id)));
    }

    private static String n(long vnd) {
        return Long.toString(vnd);
    }

    /** Spent of allocated in whole percent, or empty when nothing was allocated. */
    private static String percent(long spent, long allocated) {
        return allocated <= 0 ? "" : Long.toString(spent * 100 / allocated);
    }
}
