package org.partyoffice.signatures.command.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.JobInfo;
import org.partyoffice.platform.api.JobService;
import org.partyoffice.platform.command.spi.OfficeAction;
import org.partyoffice.signatures.api.BatchIssuance;

/**
 * {@code signatures:batch-issue}: issues certificates for every row of a CSV
 * ({@code login,profile,unitId,validityDays,csr}) as a platform job, printing progress each second
 * until it ends, then the rows that failed and why.
 */
@Service
@Command(scope = "signatures", name = "batch-issue",
        description = "Issues certificates from a CSV of users (Cấp chứng thư hàng loạt)")
public class BatchIssueCommand extends OfficeAction {

    /** Largest CSV read. */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    @Option(name = "--password", description = "Password of the soft tokens generated (kept on the server) for rows "
            + "without a csr; at least 10 characters")
    private String password;

    @Option(name = "--no-wait", description = "Submit and return; follow the job with office:jobs")
    private boolean noWait;

    @Argument(index = 0, name = "file", required = true, description = "The CSV file (UTF-8, header "
            + BatchIssuance.HEADER + ")")
    private String file;

    @Reference
    private BatchIssuance batch;

    @Reference
    private JobService jobs;

    @Override
    protected void run() throws Exception {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new InvalidInputException("file", "no such file", file);
        }
        if (Files.size(path) > MAX_BYTES) {
            throw new InvalidInputException("file", "must be at most " + (MAX_BYTES / (1024 * 1024)) + " MB", file);
        }
        JobInfo job = batch.submit(Files.readString(path, StandardCharsets.UTF_8),
                password == null ? null : password.toCharArray());
        out().println("Job " + job.id() + ": " + job.title());
        if (noWait) {
            out().println("Follow it with office:jobs (or /api/jobs/" + job.id() + ")");
            return;
        }
        long lastDone = -1;
        while (!job.state().ended()) {
            if (job.done() != lastDone && job.total() > 0) {
                out().println(job.done() + "/" + job.total());
                lastDone = job.done();
            }
            Thread.sleep(1000);
            Optional<JobInfo> now = jobs.find(job.id());
            if (now.isEmpty()) {
                out().println("The job is no longer listed; see office:jobs");
                return;
            }
            job = now.get();
        }
        out().println(job.done() + "/" + job.total());
        for (String line : job.report()) {
            out().println(line);
        }
        out().println(job.state() + ": " + job.message());
    }
}
