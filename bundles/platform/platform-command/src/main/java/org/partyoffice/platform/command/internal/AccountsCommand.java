package org.partyoffice.platform.command.internal;

import java.util.List;
import java.util.function.Function;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.partyoffice.platform.api.Account;
import org.partyoffice.platform.api.AccountService;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.OrganisationService;
import org.partyoffice.platform.api.Roles;
import org.partyoffice.platform.command.spi.OfficeAction;

/** {@code office:accounts}: every account, for administrators. */
@Service
@Command(scope = "office", name = "accounts", description = "Lists the accounts (Tài khoản) with roles, clearance and unit")
public class AccountsCommand extends OfficeAction {

    @Reference
    private AccountService accounts;

    @Reference
    private OrganisationService organisation;

    @Reference
    private CurrentUser user;

    @Override
    protected void run() {
        // The command ACL already limits this; the check keeps it so if the ACL is edited.
        user.requireAnyRole(Roles.ADMIN, Roles.IT_ADMIN);
        table(accounts.list(), id -> UnitRefs.describe(organisation, id)).print(out());
    }

    static ShellTable table(List<Account> list, Function<Long, String> unit) {
        ShellTable table = new ShellTable().emptyTableText("(no accounts)");
        table.column("Login");
        table.column("Full name");
        table.column("Roles");
        table.column("Clearance");
        table.column("Unit");
        table.column("Enabled");
        for (Account a : list) {
            table.addRow().addContent(a.login(), a.fullName(), Format.roles(a.roles()),
                    a.clearance().name() + " (" + a.clearance().label("vi") + ")", unit.apply(a.unitId()),
                    Format.yesNo(a.enabled()));
        }
        return table;
    }
}
