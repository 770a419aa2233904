package vn.example.guesthouse.impl.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.partyoffice.platform.api.DashboardContributor;
import org.partyoffice.platform.api.DashboardFigure;
import org.partyoffice.platform.api.Transactions;
import org.partyoffice.platform.api.sql.Sql;

import vn.example.guesthouse.api.GuestHouseService;

/** Rooms free tonight ("Phòng trống hôm nay"), delegations staying and arrivals expected today. */
@Component(service = DashboardContributor.class)
public final class GuestHouseDashboard implements DashboardContributor {

    private final GuestHouseService guestHouse;
    private final Transactions tx;
    private final Clock clock;

    @Activate
    public GuestHouseDashboard(@Reference GuestHouseService guestHouse, @Reference Transactions tx) {
        this(guestHouse, tx, Clock.system(JdbcGuestHouseService.OFFICE_ZONE));
    }

    GuestHouseDashboard(GuestHouseService guestHouse, Transactions tx, Clock clock) {
        this.guestHouse = guestHouse;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public String module() {
        return GuestHouseSchema.MODULE;
    }

    @Override
    public List<DashboardFigure> figures(String language) {
        boolean en = "en".equals(language);
        LocalDate today = LocalDate.ofInstant(clock.instant(), JdbcGuestHouseService.OFFICE_ZONE);
        long free = guestHouse.freeRooms(today).size();
        long staying = tx.required(c -> Sql.one(c, "SELECT COUNT(*) FROM GUESTHOUSE.BOOKINGS WHERE STATUS = 'CHECKED_IN'",
                rs -> rs.getLong(1)).orElse(0L));
        long arriving = tx.required(c -> Sql.one(c, "SELECT COUNT(*) FROM GUESTHOUSE.BOOKINGS WHERE STATUS = 'BOOKED' AND ARRIVAL = ?",
                rs -> rs.getLong(1), today).orElse(0L));
        return List.of(
                new DashboardFigure("guesthouse.rooms.free.today", en ? "Rooms free today" : "Phòng trống hôm nay", free, "guesthouse"),
                new DashboardFigure("guesthouse.delegations.staying", en ? "Delegations staying" : "Đoàn đang lưu trú", staying,
                        "guesthouse"),
                new DashboardFigure("guesthouse.arrivals.today", en ? "Arrivals expected today" : "Đoàn đến hôm nay", arriving,
                        "guesthouse"));
    }
}
