package org.partyoffice.platform.command.internal;

import java.util.Arrays;
import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.partyoffice.platform.api.Clearance;

/** Completes the clearance levels by constant name (UNCLASSIFIED, MAT, TOI_MAT, TUYET_MAT). */
@Service
public class ClearanceCompleter implements Completer {

    private final StringsCompleter delegate =
            new StringsCompleter(Arrays.stream(Clearance.values()).map(Enum::name).toList(), false);

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return delegate.complete(session, commandLine, candidates);
    }
}
