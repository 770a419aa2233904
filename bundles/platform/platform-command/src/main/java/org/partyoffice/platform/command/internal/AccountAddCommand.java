package org.partyoffice.platform.command.internal;

import java.util.List;

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

/** {@code office:account-add}: creates an account; asks for the password when it is not given. */
@Service
@Command(scope = "office", name = "account-add",
        description = "Creates an account (Thêm tài khoản); without --password it asks for the password twice")
public class AccountAddCommand extends OfficeAction {

    @Argument(index = 0, name = "login", required = true, description = "Login: lower-case letters, digits, '.', '_' or '-'")
    private String login;

    @Argument(index = 1, name = "fullName", required = true, description = "Full name; quote it (e.g. \"Nguyễn Thị Hoa\")")
    private String fullName;

    @Option(name = "--role", aliases = "-r", required = true, multiValued = true,
            description = "A role (repeat the option, or separate by commas): admin, it-admin, office-staff, secretary, "
                    + "signer, archivist, accountant, viewer")
    @Completion(RoleCompleter.class)
    private List<String> roles;

    @Option(name = "--clearance", aliases = "-c",
            description = "UNCLASSIFIED (default), MAT, TOI_MAT or TUYET_MAT; the Vietnamese label works too")
    @Completion(ClearanceCompleter.class)
    private String clearance;

    @Option(name = "--unit", aliases = "-u", description = "The unit the person works in, by id or code")
    @Completion(UnitCompleter.class)
    private String unit;

    @Option(name = "--password",
            description = "Initial password (at least 10 characters); better left out, so it is asked for and not kept "
                    + "in the shell history")
    private String password;

    @Reference
    private AccountService accounts;

    @Reference
    private OrganisationService organisation;


    @Override
    protected void run() throws Exception {
        Clearance level = clearance == null ? null : Clearance.parse(clearance);
        Long unitId = UnitRefs.resolveId(organisation, unit, "--unit");
        // Fail on a taken login before asking for a password.
        if (accounts.find(login).isPresent()) {
            throw failure("login", "an account with login '" + login + "' already exists");
        }
        String secret = password != null ? password : Passwords.ask(session, login, "--password");
        Account created = accounts.create(new AccountChange(login, fullName, secret, Args.roles(roles), level, unitId, true));
        out().println("Đã tạo tài khoản / Account created:");
        AccountsCommand.table(List.of(created), id -> UnitRefs.describe(organisation, id)).print(out());
    }
}
