package vn.example.guesthouse.command.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.partyoffice.platform.command.spi.OfficeAction;

import vn.example.guesthouse.api.Booking;
import vn.example.guesthouse.api.GuestHouseService;

/** {@code guesthouse:checkin}: Checks a delegation in (Nhận phòng). */
@Service
@Command(scope = "guesthouse", name = "checkin", description = "Checks a delegation in (Nhận phòng)")
public class CheckInCommand extends OfficeAction {

    @Argument(index = 0, name = "booking", required = true, description = "Booking id")
    private long booking;

    @Reference
    private GuestHouseService guestHouse;

    @Override
    protected void run() {
        Booking b = guestHouse.checkIn(booking);
        out().println("Đã nhận phòng / checked in: booking " + b.id() + ", " + b.delegation() + ", " + String.join(", ", b.rooms()));
    }
}
