package vn.example.guesthouse.command.internal;

import java.time.LocalDate;
import java.util.List;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.partyoffice.platform.command.spi.OfficeAction;

import vn.example.guesthouse.api.GuestHouseService;
import vn.example.guesthouse.api.Room;

/** {@code guesthouse:rooms}: every room, or with {@code --free} the rooms nobody holds for a night. */
@Service
@Command(scope = "guesthouse", name = "rooms", description = "Lists the guest-house rooms (Danh sách phòng)")
public class RoomsCommand extends OfficeAction {

    @Option(name = "--free", description = "Only the rooms free for the night of --night")
    private boolean free;

    @Option(name = "--night", description = "The night for --free, e.g. 2026-04-06 (default: tonight)")
    private String night;

    @Reference
    private GuestHouseService guestHouse;

    @Override
    protected void run() {
        LocalDate n = night == null ? Dates.today() : Dates.parse(night, "--night");
        List<Room> rooms = free ? guestHouse.freeRooms(n) : guestHouse.rooms();
        ShellTable table = new ShellTable();
        for (String c : new String[] {"Mã", "Tên", "Nhà", "Giường", "Loại"}) {
            table.column(c);
        }
        table.emptyTableText(free ? "(không còn phòng trống / no room free)" : "(chưa có phòng / no rooms)");
        for (Room r : rooms) {
            table.addRow().addContent(r.code(), r.name(), r.building() == null ? "" : r.building(), r.beds(), r.kind());
        }
        table.print(out());
    }
}
