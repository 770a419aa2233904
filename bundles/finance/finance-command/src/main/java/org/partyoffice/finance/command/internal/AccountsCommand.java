package org.partyoffice.finance.command.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.partyoffice.finance.api.Account;
import org.partyoffice.finance.api.LedgerService;
import org.partyoffice.platform.command.spi.OfficeAction;

/** {@code finance:accounts}: the chart of accounts. */
@Service
@Command(scope = "finance", name = "accounts", description = "Lists the chart of accounts (Hệ thống tài khoản)")
public class AccountsCommand extends OfficeAction {

    @Reference
    private LedgerService ledger;

    @Override
    protected void run() {
        ShellTable table = new ShellTable();
        for (String c : List.of("Tài khoản", "Tên", "Loại", "TK cấp trên", "Dùng")) {
            table.column(c);
        }
        for (Account a : ledger.accounts()) {
            table.addRow().addContent(a.code(), a.name(), a.type(), a.parentCode() == null ? "" : a.parentCode(),
                    a.active() ? "có" : "không");
        }
        table.print(out());
    }
}
