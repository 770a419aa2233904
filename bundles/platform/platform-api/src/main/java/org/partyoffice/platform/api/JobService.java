package org.partyoffice.platform.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Long-running work with progress, cancellation and a report, visible in {@code office:jobs}
 * and the web shell, so no module hand-rolls its own.
 */
@ProviderType
public interface JobService {

    /** The work of a job; returns its final message. */
    @FunctionalInterface
    interface Task {
        String run(JobContext context) throws Exception;
    }

    /** Queues {@code task} to run as the current user; returns the new job. */
    JobInfo submit(String module, String title, Task task);

    List<JobInfo> list();

    Optional<JobInfo> find(String id);

    /** Asks the job to stop; true when it was still running or queued. */
    boolean cancel(String id);
}
