package org.partyoffice.platform.command.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.JobInfo;
import org.partyoffice.platform.api.JobService;
import org.partyoffice.platform.api.Roles;
import org.partyoffice.platform.command.spi.OfficeAction;

/**
 * {@code office:jobs}: platform jobs with their progress; with an id, one job and its report.
 * Everyone sees their own jobs, administrators every job (as in {@code /api/jobs}).
 */
@Service
@Command(scope = "office", name = "jobs",
        description = "Lists jobs (Tác vụ) with state and progress; with a job id, shows that job and its report")
public class JobsCommand extends OfficeAction {

    /** Without --all, ended jobs are listed for this long after they end. */
    static final Duration RECENT = Duration.ofHours(24);

    @Argument(index = 0, name = "id", description = "Show this job in full, report lines included")
    @Completion(JobIdCompleter.class)
    private String id;

    @Option(name = "--all", aliases = "-a",
            description = "Also jobs that ended more than 24 hours ago (as many as the platform keeps)")
    private boolean all;

    @Reference
    private JobService jobs;

    @Reference
    private CurrentUser user;

    @Override
    protected void run() {
        if (id != null) {
            JobInfo job = find(jobs, user, id);
            for (String line : details(job, ZoneId.systemDefault())) {
                out().println(line);
            }
            return;
        }
        Instant since = Instant.now().minus(RECENT);
        List<JobInfo> shown = jobs.list().stream()
                .filter(j -> visible(j, user))
                .filter(j -> all || !j.state().ended() || j.ended() == null || j.ended().isAfter(since))
                .toList();
        table(shown, ZoneId.systemDefault()).print(out());
    }

    /** The job when the user may see it, else not found (as the REST API does). */
    static JobInfo find(JobService jobs, CurrentUser user, String id) {
        return jobs.find(id.trim()).filter(j -> visible(j, user))
                .orElseThrow(() -> new EntityNotFoundException("job", id, "id"));
    }

    static boolean visible(JobInfo job, CurrentUser user) {
        return job.owner().equals(user.login()) || user.hasRole(Roles.ADMIN) || user.hasRole(Roles.IT_ADMIN);
    }

    static ShellTable table(List<JobInfo> list, ZoneId zone) {
        ShellTable table = new ShellTable().emptyTableText("(no jobs)");
        table.column("Id");
        table.column("Module");
        table.column("Title");
        table.column("Owner");
        table.column("State");
        table.column("Progress").alignRight();
        table.column("Started");
        table.column("Ended");
        table.column("Message");
        for (JobInfo j : list) {
            table.addRow().addContent(j.id(), j.module(), j.title(), j.owner(), j.state(), Format.progress(j.done(), j.total()),
                    Format.time(j.started(), zone), Format.time(j.ended(), zone), Format.shorten(j.message(), 60));
        }
        return table;
    }

    /** One job in full: a line per field, then its report. */
    static List<String> details(JobInfo j, ZoneId zone) {
        List<String> lines = new ArrayList<>();
        lines.add("Id:       " + j.id());
        lines.add("Module:   " + j.module());
        lines.add("Title:    " + j.title());
        lines.add("Owner:    " + j.owner());
        lines.add("State:    " + j.state());
        lines.add("Progress: " + Format.progress(j.done(), j.total()));
        lines.add("Started:  " + Format.time(j.started(), zone));
        lines.add("Ended:    " + Format.time(j.ended(), zone));
        lines.add("Message:  " + (j.message() == null ? "" : j.message()));
        List<String> report = j.report() == null ? List.of() : j.report();
        lines.add("Report:   " + (report.isEmpty() ? "(empty)" : report.size() + " line(s)"));
        for (String line : report) {
            lines.add("  " + line);
        }
        return lines;
    }
}
