package org.partyoffice.platform.command.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.JobInfo;
import org.partyoffice.platform.api.JobService;

/** Completes the ids of the jobs the user may see. */
@Service
public class JobIdCompleter implements Completer {

    @Reference
    private JobService jobs;

    @Reference
    private CurrentUser user;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter delegate = new StringsCompleter();
        for (JobInfo job : jobs.list()) {
            if (JobsCommand.visible(job, user)) {
                delegate.getStrings().add(job.id());
            }
        }
        return delegate.complete(session, commandLine, candidates);
    }
}
