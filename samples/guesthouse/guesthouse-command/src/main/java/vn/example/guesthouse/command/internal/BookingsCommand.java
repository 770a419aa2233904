package vn.example.guesthouse.command.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.partyoffice.platform.command.spi.OfficeAction;

import vn.example.guesthouse.api.Booking;
import vn.example.guesthouse.api.GuestHouseService;

/** {@code guesthouse:bookings}: the bookings with a night in a period (default: from today on). */
@Service
@Command(scope = "guesthouse", name = "bookings", description = "Lists bookings of delegations (Danh sách đặt phòng)")
public class BookingsCommand extends OfficeAction {

    @Option(name = "--from", description = "First night (default: today)")
    private String from;

    @Option(name = "--to", description = "Day after the last night (default: open-ended)")
    private String to;

    @Option(name = "--all", description = "Every booking, past ones too")
    private boolean all;

    @Reference
    private GuestHouseService guestHouse;

    @Override
    protected void run() {
        ShellTable table = new ShellTable();
        for (String c : new String[] {"Id", "Đoàn", "Số người", "Đến", "Đi", "Phòng", "Trạng thái", "Cuộc họp"}) {
            table.column(c);
        }
        table.emptyTableText("(không có đặt phòng / no bookings)");
        var start = all ? null : from == null ? Dates.today() : Dates.parse(from, "--from");
        for (Booking b : guestHouse.bookings(start, Dates.parse(to, "--to"))) {
            table.addRow().addContent(b.id(), b.delegation(), b.headCount(), b.from(), b.to(), String.join(", ", b.rooms()),
                    b.status(), b.meetingTitle() == null ? "" : b.meetingTitle());
        }
        table.print(out());
    }
}
