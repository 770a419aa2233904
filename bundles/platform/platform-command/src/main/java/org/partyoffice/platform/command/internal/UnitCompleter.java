package org.partyoffice.platform.command.internal;

import java.time.LocalDate;
import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.partyoffice.platform.api.OrganisationService;
import org.partyoffice.platform.api.Unit;

/** Completes the codes and ids of the units existing today. */
@Service
public class UnitCompleter implements Completer {

    @Reference
    private OrganisationService organisation;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter delegate = new StringsCompleter(false);
        for (Unit u : organisation.tree(LocalDate.now())) {
            delegate.getStrings().add(u.code());
            delegate.getStrings().add(Long.toString(u.id()));
        }
        return delegate.complete(session, commandLine, candidates);
    }
}
