package org.partyoffice.platform.command.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/**
 * For free-text arguments (a new code, a name): offers what was typed. Karaf completes an
 * argument only when every argument before it is a valid completion of its own completer, so
 * without this the unit type after a code and a name would never be completed.
 */
@Service
public class FreeTextCompleter implements Completer {

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        String word = commandLine.getCursorArgument();
        if (word == null || word.isEmpty()) {
            return -1;
        }
        return new StringsCompleter(List.of(word)).complete(session, commandLine, candidates);
    }
}
