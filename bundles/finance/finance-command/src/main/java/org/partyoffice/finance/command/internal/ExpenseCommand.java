package org.partyoffice.finance.command.internal;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.partyoffice.finance.api.BudgetService;
import org.partyoffice.finance.api.Expenditure;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.command.spi.OfficeAction;

/**
 * {@code finance:expense}: requests a spending from a budget line
 * ({@code --line 3 --amount 120000000 --reference meetings:42 "Thuê hội trường"}), or approves,
 * rejects or pays one ({@code --approve 7}, {@code --reject 7 "lý do"}, {@code --pay 7 --date 2026-03-05}).
 */
@Service
@Command(scope = "finance", name = "expense", description = "Requests, approves, rejects or pays an expenditure")
public class ExpenseCommand extends OfficeAction {

    @Option(name = "--line", description = "Budget line to spend from")
    private Long line;

    @Option(name = "--amount", description = "Amount in VND")
    private Long amount;

    @Option(name = "--reference", description = "Outside reference, e.g. meetings:42")
    private String reference;

    @Option(name = "--approve", description = "Approve this expenditure")
    private Long approve;

    @Option(name = "--reject", description = "Reject this expenditure (reason as argument)")
    private Long reject;

    @Option(name = "--pay", description = "Pay this approved expenditure")
    private Long pay;

    @Option(name = "--date", description = "Payment date (default today)")
    private String date;

    @Argument(index = 0, name = "text", description = "Title of the request, or note/reason of a decision")
    private String text;

    @Reference
    private BudgetService budgets;

    @Override
    protected void run() {
        Expenditure e;
        if (approve != null) {
            e = budgets.approveExpenditure(approve, text);
        } else if (reject != null) {
            e = budgets.rejectExpenditure(reject, text);
        } else if (pay != null) {
            e = budgets.pay(pay, Parse.date(date, "--date", LocalDate.now()));
        } else {
            if (line == null || amount == null) {
                throw new InvalidInputException(line == null ? "--line" : "--amount", "is required to request an expenditure");
            }
            e = budgets.requestExpenditure(line, text, amount, reference);
        }
        out().println("Khoản chi " + e.id() + " [" + e.status() + "] dòng " + e.budgetLineId() + ": " + e.title() + " "
                + Parse.vnd(e.amountVnd()) + " đồng" + (e.journalEntryId() == null ? "" : ", bút toán " + e.journalEntryId()));
        if (e.warning() != null) {
            out().println("Cảnh báo: " + e.warning());
        }
    }
}
