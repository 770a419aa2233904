package org.partyoffice.documents.command.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.partyoffice.documents.api.TaskPage;
import org.partyoffice.documents.api.TaskService;
import org.partyoffice.documents.api.TaskView;
import org.partyoffice.platform.command.spi.OfficeAction;

/** {@code documents:tasks}: tasks assigned by documents, by document, by unit (rolled up), or overdue. */
@Service
@Command(scope = "documents", name = "tasks", description = "Lists tasks assigned by documents (Nhiệm vụ)")
public class TasksCommand extends OfficeAction {

    @Option(name = "--document", description = "Tasks of this document id")
    private Long document;

    @Option(name = "--unit", description = "Tasks of this unit id")
    private Long unit;

    @Option(name = "--subunits", description = "With --unit: include the units under it")
    private boolean subunits;

    @Option(name = "--overdue", description = "Only overdue tasks")
    private boolean overdue;

    @Option(name = "--limit", description = "At most this many (default 100)")
    private int limit = 100;

    @Reference
    private TaskService tasks;

    @Override
    protected void run() {
        TaskPage page = tasks.page(new TaskView(document, unit, subunits, overdue, limit), 0);
        Tables.tasks(page.items()).print(out());
        out().println(page.items().size() + " / " + page.total());
    }
}
