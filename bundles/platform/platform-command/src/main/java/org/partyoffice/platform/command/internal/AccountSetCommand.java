package org.partyoffice.platform.command.internal;

import java.util.List;
import java.util.Set;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.partyoffice.platform.api.Account;
import org.partyoffice.platform.api.AccountChange;
import org.partyoffice.platform.api.AccountService;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.OrganisationService;
import org.partyoffice.platform.command.spi.OfficeAction;

/** {@code office:account-set}: edits an account; what is not given keeps its value. */
@Service
@Command(scope = "office", name = "account-set",
        description = "Edits an account (Sửa tài khoản): enable or disable it, replace its roles, change clearance, "
                + "unit, name or password")
public class AccountSetCommand extends OfficeAction {

    @Argument(index = 0, name = "login", required = true, description = "The account's login")
    @Completion(LoginCompleter.class)
    private String login;

    @Option(name = "--enable", description = "Let the account sign in again")
    private boolean enable;

    @Option(name = "--disable", description = "Stop the account from signing in (its data and history stay)")
    private boolean disable;

    @Option(name = "--role", aliases = "-r", multiValued = true,
            description = "Replace the roles with these (repeat the option, or separate by commas)")
    @Completion(RoleCompleter.class)
    private List<String> roles;

    @Option(name = "--clearance", aliases = "-c", description = "UNCLASSIFIED, MAT, TOI_MAT or TUYET_MAT")
    @Completion(ClearanceCompleter.class)
    private String clearance;

    @Option(name = "--unit", aliases = "-u", description = "The unit the person works in, by id or code")
    @Completion(UnitCompleter.class)
    private String unit;

    @Option(name = "--name", aliases = "-n", description = "New full name")
    private String fullName;

    @Option(name = "--password", description = "Ask for a new password (twice, not echoed)")
    private boolean askPassword;

    @Option(name = "--new-password",
            description = "The new password, for scripts where nobody can type it (it stays in the shell history)")
    private String newPassword;

    @Reference
    private AccountService accounts;

    @Reference
    private OrganisationService organisation;


    @Override
    protected void run() throws Exception {
        if (enable && disable) {
            throw failure("--enable", "give either --enable or --disable, not both");
        }
        if (askPassword && newPassword != null) {
            throw failure("--password", "give either --password or --new-password, not both");
        }
        Set<String> newRoles = roles == null ? null : Args.roles(roles);
        Clearance level = clearance == null ? null : Clearance.parse(clearance);
        Long unitId = UnitRefs.resolveId(organisation, unit, "--unit");
        Boolean enabled = enable ? Boolean.TRUE : disable ? Boolean.FALSE : null;
        if (newRoles == null && level == null && unitId == null && enabled == null && fullName == null
                && !askPassword && newPassword == null) {
            throw failure(null, "nothing to change: give --enable, --disable, --role, --clearance, --unit, --name "
                    + "or --password");
        }
        // Fail on an unknown login before asking for a password.
        if (accounts.find(login).isEmpty()) {
            throw failure("login", "account '" + login + "' does not exist");
        }
        String secret = askPassword ? Passwords.ask(session, login, "--new-password") : newPassword;
        Account updated = accounts.update(login, new AccountChange(null, fullName, secret, newRoles, level, unitId, enabled));
        out().println("Đã cập nhật tài khoản / Account updated:");
        AccountsCommand.table(List.of(updated), id -> UnitRefs.describe(organisation, id)).print(out());
    }
}
