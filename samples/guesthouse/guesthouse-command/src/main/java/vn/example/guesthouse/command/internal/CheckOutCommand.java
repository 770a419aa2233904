package vn.example.guesthouse.command.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.partyoffice.platform.command.spi.OfficeAction;

import vn.example.guesthouse.api.Booking;
import vn.example.guesthouse.api.GuestHouseService;

/** {@code guesthouse:checkout}: Checks a delegation out (Trả phòng). */
@Service
@Command(scope = "guesthouse", name = "checkout", description = "Checks a delegation out (Trả phòng)")
public class CheckOutCommand extends OfficeAction {

    @Argument(index = 0, name = "booking", required = true, description = "Booking id")
    private long booking;

    @Reference
    private GuestHouseService guestHouse;

    @Override
    protected void run() {
        Booking b = guestHouse.checkOut(booking);
        out().println("Đã trả phòng / checked out: booking " + b.id() + ", " + b.delegation() + ", " + String.join(", ", b.rooms()));
    }
}
