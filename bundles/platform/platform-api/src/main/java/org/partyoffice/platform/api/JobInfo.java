package org.partyoffice.platform.api;

import java.time.Instant;
import java.util.List;

/**
 * A snapshot of a job: progress {@code done} of {@code total} (0 total when unknown), the last
 * message, and the report lines written so far (e.g. one per failed CSV row).
 */
public record JobInfo(String id, String module, String title, String owner, JobState state, long done,
                      long total, String message, Instant started, Instant ended, List<String> report) {
}
