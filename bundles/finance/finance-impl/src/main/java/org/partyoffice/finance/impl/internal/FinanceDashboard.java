package org.partyoffice.finance.impl.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.partyoffice.finance.api.BudgetExecution;
import org.partyoffice.finance.api.BudgetService;
import org.partyoffice.finance.api.DuesService;
import org.partyoffice.finance.api.DuesStatus;
import org.partyoffice.platform.api.Account;
import org.partyoffice.platform.api.DashboardContributor;
import org.partyoffice.platform.api.DashboardFigure;
import org.partyoffice.platform.api.OrganisationService;
import org.partyoffice.platform.api.Unit;

/**
 * Dashboard figures for the reader's own committee (with the units under it): this year's budget
 * execution in percent of the allocation, and the members in arrears with the amount they owe.
 * Nothing for a reader outside any unit (an administrator sees the figures per unit in the reports).
 */
@Component(service = DashboardContributor.class)
public final class FinanceDashboard implements DashboardContributor {

    private final FinanceAccess access;
    private final BudgetService budgets;
    private final DuesService dues;

    @Activate
    public FinanceDashboard(@Reference FinanceAccess access, @Reference BudgetService budgets, @Reference DuesService dues) {
        this.access = access;
        this.budgets = budgets;
        this.dues = dues;
    }

    @Override
    public String module() {
        return FinanceSchema.MODULE;
    }

    @Override
    public List<DashboardFigure> figures(String language) {
        Optional<Long> unit = access.user().account().map(Account::unitId);
        if (unit.isEmpty()) {
            return List.of();
        }
        boolean en = "en".equals(language);
        long committee = committee(unit.get());
        YearMonth now = YearMonth.from(access.today());
        long allocated = 0;
        long spent = 0;
        for (BudgetExecution e : budgets.execution(committee, now.getYear(), true)) {
            allocated += e.allocatedVnd();
            spent += e.spentVnd();
        }
        List<DuesStatus> arrears = dues.arrears(committee, YearMonth.of(now.getYear(), 1), now, true);
        List<DashboardFigure> figures = new ArrayList<>();
        figures.add(new DashboardFigure("finance.budget.execution.percent", en ? "Budget spent (% of allocation)"
                : "Thực hiện dự toán (% phân bổ)", allocated == 0 ? 0 : spent * 100 / allocated, "finance"));
        figures.add(new DashboardFigure("finance.dues.arrears.members", en ? "Members in arrears" : "Đảng viên nợ đảng phí",
                arrears.size(), "finance"));
        figures.add(new DashboardFigure("finance.dues.arrears.vnd", en ? "Dues in arrears (VND)" : "Đảng phí còn nợ (đồng)",
                arrears.stream().mapToLong(DuesStatus::arrearsVnd).sum(), "finance"));
        return figures;
    }

    private long committee(long unitId) {
        OrganisationService organisation = access.organisation();
        Unit u = organisation.current(unitId);
        if (u.type() == org.partyoffice.platform.api.UnitType.DEPARTMENT && u.parentId() != null) {
            u = organisation.current(u.parentId());
        }
        return u.id();
    }
}
