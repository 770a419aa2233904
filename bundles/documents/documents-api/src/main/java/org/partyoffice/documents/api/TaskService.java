package org.partyoffice.documents.api;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Tasks assigned by documents and monitored to completion. Assigning needs the
 * {@code office-staff} role; a unit's staff report progress on its tasks. Overdue tasks raise
 * {@link DocumentEvents#TASK_OVERDUE} once.
 */
@ProviderType
public interface TaskService {

    /** Assigns a task from a promulgated document to a unit with a deadline. */
    Task assign(long documentId, long unitId, String title, LocalDate deadline);

    /** Reports progress; {@code attachment} may be {@code null}. */
    Task report(long taskId, TaskStatus status, int percent, String comment, Attachment attachment);

    List<Task> tasks(TaskView view);

    /**
     * A page of the tasks of {@code view} ({@link TaskView#limit()} of them, soonest deadline
     * first, after skipping {@code offset}) and how many the reader may see match it in all.
     *
     * @param offset tasks to skip, not negative
     * @since 1.1
     */
    TaskPage page(TaskView view, int offset);

    List<TaskReport> reports(long taskId);

    /** Marks newly overdue tasks and posts an event for each; returns how many. Also runs on a schedule. */
    int checkOverdue();
}
