package org.partyoffice.finance.command.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.partyoffice.finance.api.JournalEntry;
import org.partyoffice.finance.api.LedgerService;
import org.partyoffice.finance.api.NewEntry;
import org.partyoffice.finance.api.Posting;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.command.spi.OfficeAction;

/**
 * {@code finance:post}: posts a journal entry, e.g.
 * {@code finance:post --unit 5 --date 2026-03-02 "Nhận kinh phí quý I" N:112:500000000 C:511:500000000},
 * or reverses one: {@code finance:post --reverse 17 "nhập nhầm số tiền"}.
 */
@Service
@Command(scope = "finance", name = "post", description = "Posts a balanced journal entry, or reverses one (--reverse)")
public class PostCommand extends OfficeAction {

    @Option(name = "--unit", description = "Unit whose books take the entry")
    private Long unit;

    @Option(name = "--date", description = "Accounting date, e.g. 2026-03-02 (default today)")
    private String date;

    @Option(name = "--reference", description = "Outside reference or voucher, e.g. meetings:42")
    private String reference;

    @Option(name = "--reverse", description = "Id of the entry to reverse; the description is the reason")
    private Long reverse;

    @Argument(index = 0, name = "description", required = true, description = "What the entry records (or why it is reversed)")
    private String description;

    @Argument(index = 1, name = "postings", multiValued = true, description = "N:<account>:<VND> for a debit, C:<account>:<VND> for a credit")
    private List<String> postings;

    @Reference
    private LedgerService ledger;

    @Override
    protected void run() {
        java.time.LocalDate on = Parse.date(date, "--date", java.time.LocalDate.now());
        JournalEntry e;
        if (reverse != null) {
            e = ledger.reverse(reverse, on, description);
        } else {
            if (unit == null) {
                throw new InvalidInputException("--unit", "is required");
            }
            e = ledger.post(new NewEntry(unit, on, description, reference, Parse.postings(postings)));
        }
        out().println("Bút toán " + e.id() + " (" + e.date() + ", đơn vị " + e.unitId() + "): " + e.description());
        for (Posting p : e.postings()) {
            out().println(p.debitVnd() > 0 ? "  Nợ " + p.account() + "  " + Parse.vnd(p.debitVnd())
                    : "      Có " + p.account() + "  " + Parse.vnd(p.creditVnd()));
        }
    }
}
