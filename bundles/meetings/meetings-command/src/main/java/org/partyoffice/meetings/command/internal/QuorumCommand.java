package org.partyoffice.meetings.command.internal;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.partyoffice.meetings.api.MeetingService;
import org.partyoffice.meetings.api.Quorum;
import org.partyoffice.platform.command.spi.OfficeAction;

/** {@code meetings:quorum}: present, needed and whether the meeting may decide. */
@Service
@Command(scope = "meetings", name = "quorum", description = "Shows a meeting's quorum (Số lượng có mặt)")
public class QuorumCommand extends OfficeAction {

    @Argument(index = 0, name = "meeting", required = true, description = "Meeting id")
    private long meeting;

    @Reference
    private MeetingService meetings;

    @Override
    protected void run() {
        print(out(), meetings.quorum(meeting));
    }

    static void print(PrintStream out, Quorum q) {
        if (q.members() == 0) {
            out.println("Không có thành phần bắt buộc / nobody required: no quorum to wait for");
            return;
        }
        out.println("Có mặt / present " + q.present() + "/" + q.members() + ", cần / needed " + q.required() + " (" + q.rule()
                + "): " + (q.reached() ? "ĐỦ / quorum reached" : "CHƯA ĐỦ / no quorum"));
    }
}
