package org.partyoffice.meetings.command.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.partyoffice.meetings.api.Meeting;
import org.partyoffice.meetings.api.MeetingService;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.command.spi.OfficeAction;

/** {@code meetings:list}: the office's calendar for a week (default) or a month, as far as the user's clearance goes. */
@Service
@Command(scope = "meetings", name = "list", description = "Lists meetings of a week or month (Lịch họp)")
public class ListCommand extends OfficeAction {

    @Option(name = "--from", description = "First day (default: this week's Monday)")
    private String from;

    @Option(name = "--month", description = "A month from --from instead of a week")
    private boolean month;

    @Reference
    private MeetingService meetings;

    @Override
    protected void run() {
        Instant start = from != null ? Times.parse(from, "--from")
                : LocalDate.now(Times.ZONE).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(Times.ZONE)
                        .toInstant();
        Instant end = month ? start.atZone(Times.ZONE).plusMonths(1).toInstant() : start.plusSeconds(7 * 86_400L);
        ShellTable table = new ShellTable();
        for (String c : new String[] {"Id", "Bắt đầu", "Kết thúc", "Loại", "Nội dung", "Phòng", "Trạng thái", "Độ mật", "Dự toán (VND)"}) {
            table.column(c);
        }
        table.emptyTableText("(không có cuộc họp / no meetings)");
        for (Meeting m : meetings.calendar(start, end)) {
            table.addRow().addContent(m.id(), Times.SHOW.format(m.start()), Times.SHOW.format(m.end()), m.type(), m.title(),
                    m.roomId() == null ? "" : m.roomId(), m.status(),
                    m.classification() == Clearance.UNCLASSIFIED ? "" : m.classification().label("vi"),
                    m.costEstimate() == null ? "" : Money.vnd(m.costEstimate().amountVnd()) + " (" + Money.status(m.costEstimate()) + ")");
        }
        table.print(out());
    }
}
