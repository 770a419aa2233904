package org.partyoffice.finance.command.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.partyoffice.finance.api.DuesPayment;
import org.partyoffice.finance.api.DuesService;
import org.partyoffice.finance.api.DuesStatus;
import org.partyoffice.finance.api.Remittance;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.command.spi.OfficeAction;

/**
 * {@code finance:dues}: dues owed and paid per member of a unit this year (or {@code --arrears}
 * only); {@code --collect <member> --month 2026-03 --amount 85000} records a payment; {@code --remit}
 * passes what the unit owes to its parent.
 */
@Service
@Command(scope = "finance", name = "dues", description = "Party dues (đảng phí): collection and arrears, collect, remit upward")
public class DuesCommand extends OfficeAction {

    @Option(name = "--unit", description = "Unit id")
    private Long unit;

    @Option(name = "--from", description = "First month, e.g. 2026-01 (default January)")
    private String from;

    @Option(name = "--to", description = "Last month (default this month)")
    private String to;

    @Option(name = "--rollup", description = "Include every unit under it")
    private boolean rollUp;

    @Option(name = "--arrears", description = "Only members who still owe")
    private boolean arrears;

    @Option(name = "--collect", description = "Record dues paid by this member id")
    private Long collect;

    @Option(name = "--month", description = "Month the dues are for (with --collect; default this month)")
    private String month;

    @Option(name = "--amount", description = "Amount in VND (with --collect; default the computed dues)")
    private Long amount;

    @Option(name = "--remit", description = "Remit what the unit owes to its parent")
    private boolean remit;

    @Reference
    private DuesService dues;

    @Override
    protected void run() {
        YearMonth now = YearMonth.now();
        if (collect != null) {
            long a = amount != null ? amount : dues.monthlyDues(collect);
            DuesPayment p = dues.collect(collect, Parse.month(month, "--month", now), a, LocalDate.now());
            out().println("Đã thu " + Parse.vnd(p.amountVnd()) + " đồng tháng " + p.month() + " (giữ lại " + Parse.vnd(p.keptVnd())
                    + ", nộp cấp trên " + Parse.vnd(p.remitVnd()) + "), bút toán " + p.journalEntryId());
            return;
        }
        if (unit == null) {
            throw new InvalidInputException("--unit", "is required");
        }
        if (remit) {
            Remittance r = dues.remit(unit, LocalDate.now());
            out().println("Đã nộp " + Parse.vnd(r.amountVnd()) + " đồng lên đơn vị " + r.toUnitId() + " (bút toán " + r.fromEntryId()
                    + " / " + r.toEntryId() + ")");
            return;
        }
        YearMonth first = Parse.month(from, "--from", YearMonth.of(now.getYear(), 1));
        YearMonth last = Parse.month(to, "--to", now);
        List<DuesStatus> rows = arrears ? dues.arrears(unit, first, last, rollUp) : dues.collection(unit, first, last, rollUp);
        ShellTable table = new ShellTable();
        for (String c : List.of("Đảng viên", "Đơn vị", "Họ tên", "Số tháng", "Phải nộp", "Đã nộp", "Còn nợ")) {
            table.column(c);
        }
        table.emptyTableText("(không có / none)");
        for (DuesStatus s : rows) {
            table.addRow().addContent(s.memberId(), s.unitId(), s.fullName(), s.months(), Parse.vnd(s.dueVnd()),
                    Parse.vnd(s.paidVnd()), Parse.vnd(s.arrearsVnd()));
        }
        table.print(out());
        out().println("Còn phải nộp cấp trên: " + Parse.vnd(dues.owedUpward(unit)) + " đồng");
    }
}
