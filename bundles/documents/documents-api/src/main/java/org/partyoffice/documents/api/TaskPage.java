package org.partyoffice.documents.api;

import java.util.List;

/**
 * A page of tasks and how many the reader may see match the view in all.
 *
 * @since 1.1
 */
public record TaskPage(long total, List<Task> items) {

    public TaskPage {
        items = List.copyOf(items);
    }
}
