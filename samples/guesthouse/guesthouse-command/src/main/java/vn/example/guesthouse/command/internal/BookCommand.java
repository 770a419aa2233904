package vn.example.guesthouse.command.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.partyoffice.platform.command.spi.OfficeAction;

import vn.example.guesthouse.api.Booking;
import vn.example.guesthouse.api.GuestHouseService;
import vn.example.guesthouse.api.NewBooking;

/** {@code guesthouse:book}: books rooms for a delegation, refusing rooms already held and too few beds. */
@Service
@Command(scope = "guesthouse", name = "book", description = "Books rooms for a delegation (Đặt phòng cho đoàn)")
public class BookCommand extends OfficeAction {

    @Option(name = "--from", required = true, description = "Day of arrival, e.g. 2026-04-05")
    private String from;

    @Option(name = "--to", required = true, description = "Day of departure, e.g. 2026-04-07")
    private String to;

    @Option(name = "--heads", required = true, description = "How many people")
    private int heads;

    @Option(name = "--room", required = true, multiValued = true, description = "Room code (repeatable)")
    private List<String> rooms;

    @Option(name = "--meeting", description = "Meeting id the delegation comes for (needs the meetings module)")
    private Long meeting;

    @Argument(index = 0, name = "delegation", required = true, description = "The delegation, e.g. \"Đoàn đại biểu tỉnh Hà Giang\"")
    private String delegation;

    @Reference
    private GuestHouseService guestHouse;

    @Override
    protected void run() {
        Booking b = guestHouse.book(new NewBooking(delegation, heads, Dates.parse(from, "--from"), Dates.parse(to, "--to"), rooms,
                meeting));
        out().println("Đã đặt phòng / booked: booking " + b.id() + ", " + b.delegation() + ", " + b.headCount() + " người, "
                + b.from() + " – " + b.to() + ", phòng " + String.join(", ", b.rooms())
                + (b.meetingTitle() == null ? "" : ", cuộc họp: " + b.meetingTitle()));
    }
}
