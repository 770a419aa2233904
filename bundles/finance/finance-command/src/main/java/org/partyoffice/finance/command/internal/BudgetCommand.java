package org.partyoffice.finance.command.internal;

import java.time.LocalDate;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.partyoffice.finance.api.BudgetExecution;
import org.partyoffice.finance.api.BudgetLine;
import org.partyoffice.finance.api.BudgetService;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.command.spi.OfficeAction;

/**
 * {@code finance:budget}: the execution of a unit's budget for a year; with {@code --estimate} a new
 * draft line (the argument is its title), with {@code --approve} or {@code --allocate} a step on a line.
 */
@Service
@Command(scope = "finance", name = "budget", description = "Budget execution of a unit (Tình hình thực hiện dự toán); estimates, approves, allocates")
public class BudgetCommand extends OfficeAction {

    @Option(name = "--unit", description = "Unit id")
    private Long unit;

    @Option(name = "--year", description = "Fiscal year (default this year)")
    private Integer year;

    @Option(name = "--rollup", description = "Include every unit under it")
    private boolean rollUp;

    @Option(name = "--estimate", description = "Create a draft line of this many VND (title as argument)")
    private Long estimate;

    @Option(name = "--category", description = "Category of a new line, e.g. DAI_HOI, HOI_NGHI, HOAT_DONG")
    private String category = "HOAT_DONG";

    @Option(name = "--account", description = "Expense account of a new line (default from the configuration)")
    private String account;

    @Option(name = "--approve", description = "Approve this budget line")
    private Long approve;

    @Option(name = "--allocate", description = "Allocate to this budget line (with --amount)")
    private Long allocate;

    @Option(name = "--amount", description = "Amount in VND")
    private Long amount;

    @Argument(index = 0, name = "title", description = "Title of a new line, or note of an allocation")
    private String title;

    @Reference
    private BudgetService budgets;

    @Override
    protected void run() {
        int y = year == null ? LocalDate.now().getYear() : year;
        if (approve != null) {
            print(budgets.approve(approve));
        } else if (allocate != null) {
            if (amount == null) {
                throw new InvalidInputException("--amount", "is required with --allocate");
            }
            print(budgets.allocate(allocate, amount, title));
        } else if (estimate != null) {
            print(budgets.estimate(unit(), y, category, title, estimate, account));
        } else {
            ShellTable table = new ShellTable();
            for (String c : List.of("Dòng", "Đơn vị", "Nhóm", "Nội dung", "Dự toán", "Phân bổ", "Cam kết", "Đã chi", "Còn lại")) {
                table.column(c);
            }
            table.emptyTableText("(chưa có dự toán / no budget lines)");
            for (BudgetExecution e : budgets.execution(unit(), y, rollUp)) {
                table.addRow().addContent(e.lineId(), e.unitId(), e.category(), e.title(), Parse.vnd(e.estimateVnd()),
                        Parse.vnd(e.allocatedVnd()), Parse.vnd(e.committedVnd()), Parse.vnd(e.spentVnd()), Parse.vnd(e.remainingVnd()));
            }
            table.print(out());
        }
    }

    private long unit() {
        if (unit == null) {
            throw new InvalidInputException("--unit", "is required");
        }
        return unit;
    }

    private void print(BudgetLine l) {
        out().println("Dòng " + l.id() + " [" + l.status() + "] " + l.category() + " " + l.title() + ": dự toán "
                + Parse.vnd(l.estimateVnd()) + ", phân bổ " + Parse.vnd(l.allocatedVnd()));
    }
}
