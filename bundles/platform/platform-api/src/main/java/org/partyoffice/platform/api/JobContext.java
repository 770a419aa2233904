package org.partyoffice.platform.api;

import org.osgi.annotation.versioning.ProviderType;

/** Handed to a running job: report progress, write report lines, notice cancellation. */
@ProviderType
public interface JobContext {

    void progress(long done, long total, String message);

    /** Adds a line to the job's report (kept with the job, shown in shell and web). */
    void report(String line);

    /** True once someone asked to cancel; the job should stop at the next safe point. */
    boolean cancelled();
}
