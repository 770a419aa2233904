package org.partyoffice.platform.command.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.JobInfo;
import org.partyoffice.platform.api.JobService;
import org.partyoffice.platform.command.spi.OfficeAction;

/** {@code office:job-cancel}: asks a queued or running job to stop. */
@Service
@Command(scope = "office", name = "job-cancel",
        description = "Asks a queued or running job to stop (Hủy tác vụ); only its owner or an administrator may")
public class JobCancelCommand extends OfficeAction {

    @Argument(index = 0, name = "id", required = true, description = "The job's id (see office:jobs)")
    @Completion(JobIdCompleter.class)
    private String id;

    @Reference
    private JobService jobs;

    @Reference
    private CurrentUser user;

    @Override
    protected void run() {
        JobInfo job = JobsCommand.find(jobs, user, id);
        if (jobs.cancel(job.id())) {
            out().println("Đã yêu cầu dừng / Cancellation requested: " + job.id() + " (" + job.title() + ")");
        } else {
            out().println("Tác vụ đã kết thúc / Job already ended: " + job.id() + " " + job.state());
        }
    }
}
