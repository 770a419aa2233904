package org.partyoffice.platform.command.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.partyoffice.platform.api.Roles;

/** Completes the platform's roles. */
@Service
public class RoleCompleter implements Completer {

    private final StringsCompleter delegate = new StringsCompleter(Roles.ALL);

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return delegate.complete(session, commandLine, candidates);
    }
}
