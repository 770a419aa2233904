package org.partyoffice.meetings.command.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.partyoffice.meetings.api.AgendaItem;
import org.partyoffice.meetings.api.MeetingService;
import org.partyoffice.platform.command.spi.OfficeAction;

/** {@code meetings:agenda}: shows a meeting's agenda, or adds an item with {@code --add}. */
@Service
@Command(scope = "meetings", name = "agenda", description = "Shows or adds to a meeting's agenda (Chương trình họp)")
public class AgendaCommand extends OfficeAction {

    @Option(name = "--add", description = "Title of an item to add")
    private String add;

    @Option(name = "--presenter", description = "Who presents the added item")
    private String presenter;

    @Option(name = "--minutes", description = "Minutes for the added item")
    private int minutes;

    @Argument(index = 0, name = "meeting", required = true, description = "Meeting id")
    private long meeting;

    @Reference
    private MeetingService meetings;

    @Override
    protected void run() {
        if (add != null) {
            meetings.addAgendaItem(meeting, add, presenter, minutes, null);
        }
        for (AgendaItem item : meetings.agenda(meeting)) {
            out().println(item.position() + ". " + item.title() + (item.presenter() == null ? "" : " — " + item.presenter())
                    + (item.minutes() > 0 ? " (" + item.minutes() + "')" : ""));
        }
    }
}
