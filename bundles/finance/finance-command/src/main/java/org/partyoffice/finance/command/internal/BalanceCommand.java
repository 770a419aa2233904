package org.partyoffice.finance.command.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.partyoffice.finance.api.LedgerService;
import org.partyoffice.finance.api.TrialBalance;
import org.partyoffice.finance.api.TrialBalanceLine;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.command.spi.OfficeAction;

/** {@code finance:balance}: the trial balance of a unit, or rolled up over its subtree. */
@Service
@Command(scope = "finance", name = "balance", description = "Prints the trial balance (Bảng cân đối tài khoản) of a unit")
public class BalanceCommand extends OfficeAction {

    @Option(name = "--unit", description = "Unit id", required = true)
    private Long unit;

    @Option(name = "--as-of", description = "Up to and including this date (default today)")
    private String asOf;

    @Option(name = "--rollup", description = "Include every unit under it")
    private boolean rollUp;

    @Reference
    private LedgerService ledger;

    @Override
    protected void run() {
        if (unit == null) {
            throw new InvalidInputException("--unit", "is required");
        }
        TrialBalance tb = ledger.trialBalance(unit, Parse.date(asOf, "--as-of", null), rollUp);
        ShellTable table = new ShellTable();
        for (String c : List.of("Tài khoản", "Tên", "Phát sinh Nợ", "Phát sinh Có", "Số dư")) {
            table.column(c);
        }
        table.emptyTableText("(chưa có bút toán / nothing posted)");
        for (TrialBalanceLine l : tb.lines()) {
            table.addRow().addContent(l.account(), l.name(), Parse.vnd(l.debitVnd()), Parse.vnd(l.creditVnd()),
                    (l.balanceVnd() >= 0 ? "Nợ " : "Có ") + Parse.vnd(Math.abs(l.balanceVnd())));
        }
        table.print(out());
        out().println("Cộng: Nợ " + Parse.vnd(tb.totalDebitVnd()) + " / Có " + Parse.vnd(tb.totalCreditVnd())
                + (tb.balanced() ? " — cân đối" : " — KHÔNG CÂN ĐỐI") + " (" + tb.unitIds().size() + " đơn vị, đến " + tb.asOf() + ")");
    }
}
