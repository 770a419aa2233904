package org.partyoffice.platform.command.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.partyoffice.platform.api.Account;
import org.partyoffice.platform.api.AccountService;

/** Completes account logins. */
@Service
public class LoginCompleter implements Completer {

    @Reference
    private AccountService accounts;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter delegate = new StringsCompleter();
        for (Account a : accounts.list()) {
            delegate.getStrings().add(a.login());
        }
        return delegate.complete(session, commandLine, candidates);
    }
}
