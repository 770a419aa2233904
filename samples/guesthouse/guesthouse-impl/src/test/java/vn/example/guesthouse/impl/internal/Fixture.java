package vn.example.guesthouse.impl.internal;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.partyoffice.meetings.api.Meeting;
import org.partyoffice.meetings.api.MeetingService;
import org.partyoffice.meetings.api.MeetingStatus;
import org.partyoffice.meetings.api.MeetingType;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.Roles;
import org.partyoffice.platform.api.Unit;
import org.partyoffice.platform.api.UnitType;
import org.partyoffice.platform.testkit.PlatformFixture;

/**
 * The platform test kit with the guest-house module on top: a province office, a guest-house clerk
 * (office-staff) and a viewer, on 2 March 2026 at 9:00 in Hà Nội. {@link #meetings} stands in for
 * the meetings module: bind it to the service to "install" it.
 */
final class Fixture extends PlatformFixture {

    static final String CLERK = "le.tan";
    static final String VIEWER = "xem";

    final Unit province;
    final RecordingEvents posted = new RecordingEvents();
    final JdbcGuestHouseService guestHouse;
    final Map<Long, Meeting> meetingsById = new ConcurrentHashMap<>();
    final MeetingService meetings;

    Fixture(Path temp) {
        super(temp, LocalDate.of(2026, 3, 2).atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
        province = unit("000.00.00.H20", "Tỉnh ủy Tuyên Quang", UnitType.PROVINCE, null);
        account(CLERK, "Nguyễn Thị Lễ Tân", Roles.OFFICE_STAFF, Clearance.MAT, province);
        account(VIEWER, "Đỗ Quan Sát", Roles.VIEWER, Clearance.UNCLASSIFIED, province);
        new GuestHouseSchema(migrations);
        guestHouse = new JdbcGuestHouseService(tx, user, audit, posted.publisher, clock);
        // Only find() is used by the module; anything else is a test bug.
        meetings = (MeetingService) Proxy.newProxyInstance(MeetingService.class.getClassLoader(),
                new Class<?>[] {MeetingService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("find")) {
                        return Optional.ofNullable(meetingsById.get((Long) args[0]));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** A meeting as the meetings module would return it. */
    Meeting meeting(long id, String title, Clearance classification) {
        Instant start = LocalDate.of(2026, 3, 3).atTime(8, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
        Meeting m = new Meeting(id, province.id(), MeetingType.EXECUTIVE_COMMITTEE_CONFERENCE, title, null, null, start,
                start.plusSeconds(4 * 3600), MeetingStatus.PLANNED, List.of(), CLERK, start.minusSeconds(86_400), classification);
        meetingsById.put(id, m);
        return m;
    }

    /** Collects the events the module posts. */
    static final class RecordingEvents {
        final List<String> topics = new CopyOnWriteArrayList<>();
        final List<Map<String, ?>> properties = new CopyOnWriteArrayList<>();
        final GuestHouseEventPublisher publisher = new GuestHouseEventPublisher() {
            @Override
            public void post(String topic, Map<String, ?> props) {
                topics.add(topic);
                properties.add(props);
            }
        };
    }
}
