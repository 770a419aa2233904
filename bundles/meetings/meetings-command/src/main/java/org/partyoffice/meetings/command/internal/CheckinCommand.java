package org.partyoffice.meetings.command.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.partyoffice.meetings.api.MeetingService;
import org.partyoffice.platform.command.spi.OfficeAction;

/** {@code meetings:checkin}: records who arrived and prints the quorum. */
@Service
@Command(scope = "meetings", name = "checkin", description = "Checks a participant in (Điểm danh)")
public class CheckinCommand extends OfficeAction {

    @Argument(index = 0, name = "meeting", required = true, description = "Meeting id")
    private long meeting;

    @Argument(index = 1, name = "login", description = "Who arrived (default: you)")
    private String login;

    @Reference
    private MeetingService meetings;

    @Override
    protected void run() {
        QuorumCommand.print(out(), meetings.checkIn(meeting, login));
    }
}
