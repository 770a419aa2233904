package vn.example.guesthouse.impl.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.partyoffice.meetings.api.Meeting;
import org.partyoffice.meetings.api.MeetingService;
import org.partyoffice.platform.api.AuditTrail;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.Roles;
import org.partyoffice.platform.api.Transactions;
import org.partyoffice.platform.api.sql.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.example.guesthouse.api.Booking;
import vn.example.guesthouse.api.BookingStatus;
import vn.example.guesthouse.api.GuestHouseEvents;
import vn.example.guesthouse.api.GuestHouseService;
import vn.example.guesthouse.api.NewBooking;
import vn.example.guesthouse.api.NewRoom;
import vn.example.guesthouse.api.Room;

/**
 * Rooms and bookings on the {@code GUESTHOUSE} tables. Every booking change first locks one row
 * ({@code BOOKING_LOCK}), then checks its rooms against the other bookings holding them, so two
 * clerks booking the same room for the same nights at once cannot both succeed. Nights are
 * half-open: a delegation leaving on the 7th and one arriving on the 7th share no night.
 */
@Component(service = GuestHouseService.class)
public final class JdbcGuestHouseService implements GuestHouseService {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcGuestHouseService.class);
    static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String[] ROOM_KEEPERS = {Roles.OFFICE_STAFF, Roles.ADMIN};
    static final String[] BOOKERS = {Roles.OFFICE_STAFF, Roles.SECRETARY, Roles.ADMIN};
    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,19}");
    private static final int LONGEST_STAY_NIGHTS = 90;
    private static final String BOOKING_COLUMNS = "B.ID, B.DELEGATION, B.HEAD_COUNT, B.ARRIVAL, B.DEPARTURE, B.STATUS, "
            + "B.MEETING_ID, B.MEETING_TITLE, B.CREATED_BY, B.CREATED_AT, B.CHECKED_IN_AT, B.CHECKED_OUT_AT";

    private final Transactions tx;
    private final CurrentUser user;
    private final AuditTrail audit;
    private final GuestHouseEventPublisher events;
    private final Clock clock;

    // Optional partner: bound while the meetings module is installed, so installing it later
    // links bookings to meetings without restarting this module.
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile MeetingService meetings;

    @Activate
    public JdbcGuestHouseService(@Reference Transactions tx, @Reference CurrentUser user, @Reference AuditTrail audit,
                                 @Reference GuestHouseEventPublisher events, @Reference GuestHouseSchema schema) {
        this(tx, user, audit, events, Clock.system(OFFICE_ZONE));
    }

    JdbcGuestHouseService(Transactions tx, CurrentUser user, AuditTrail audit, GuestHouseEventPublisher events, Clock clock) {
        this.tx = tx;
        this.user = user;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** For tests: the meetings service as DS would bind it ({@code null}: unbound). */
    void bindMeetings(MeetingService m) {
        this.meetings = m;
    }

    // --- rooms -----------------------------------------------------------------------------------

    @Override
    public Room saveRoom(NewRoom room) {
        user.requireAnyRole(ROOM_KEEPERS);
        if (room == null) {
            throw new InvalidInputException("body", "must not be empty");
        }
        String code = text(room.code(), 20, "code");
        if (!CODE.matcher(code).matches()) {
            throw new InvalidInputException("code", "must be letters, digits, '.', '-' or '_' (at most 20), starting with a letter or digit", code);
        }
        String name = text(room.name(), 200, "name");
        String building = optional(room.building(), 200, "building");
        String kind = text(room.kind(), 60, "kind");
        if (room.beds() < 1 || room.beds() > 50) {
            throw new InvalidInputException("beds", "must be between 1 and 50", room.beds());
        }
        return tx.required(c -> {
            if (Sql.one(c, "SELECT 1 FROM GUESTHOUSE.ROOMS WHERE CODE = ?", rs -> 1, code).isPresent()) {
                throw new ConflictException("code", "a room with code " + code + " already exists");
            }
            long id = Sql.insert(c, "INSERT INTO GUESTHOUSE.ROOMS (CODE, NAME, BUILDING, BEDS, KIND) VALUES (?,?,?,?,?)", code,
                    name, building, room.beds(), kind);
            audit.append(GuestHouseSchema.MODULE, "room.create", Long.toString(id), code + " " + name + " (" + room.beds()
                    + " beds, " + kind + ")");
            return new Room(id, code, name, building, room.beds(), kind);
        });
    }

    @Override
    public List<Room> rooms() {
        requireSignedIn();
        return tx.required(c -> Sql.list(c, "SELECT ID, CODE, NAME, BUILDING, BEDS, KIND FROM GUESTHOUSE.ROOMS ORDER BY CODE",
                JdbcGuestHouseService::room));
    }

    @Override
    public List<Room> freeRooms(LocalDate night) {
        requireSignedIn();
        LocalDate n = night == null ? today() : night;
        return tx.required(c -> Sql.list(c, "SELECT ID, CODE, NAME, BUILDING, BEDS, KIND FROM GUESTHOUSE.ROOMS R WHERE NOT EXISTS "
                + "(SELECT 1 FROM GUESTHOUSE.BOOKING_ROOMS BR JOIN GUESTHOUSE.BOOKINGS B ON B.ID = BR.BOOKING_ID "
                + "WHERE BR.ROOM_ID = R.ID AND B.STATUS IN ('BOOKED', 'CHECKED_IN') AND B.ARRIVAL <= ? AND B.DEPARTURE > ?) "
                + "ORDER BY CODE", JdbcGuestHouseService::room, n, n));
    }

    // --- bookings --------------------------------------------------------------------------------

    @Override
    public Booking book(NewBooking b) {
        user.requireAnyRole(BOOKERS);
        if (b == null) {
            throw new InvalidInputException("body", "must not be empty");
        }
        String delegation = text(b.delegation(), 300, "delegation");
        if (b.headCount() < 1) {
            throw new InvalidInputException("headCount", "must be at least 1", b.headCount());
        }
        if (b.from() == null) {
            throw new InvalidInputException("from", "is required: the day of arrival");
        }
        if (b.to() == null) {
            throw new InvalidInputException("to", "is required: the day of departure");
        }
        if (!b.to().isAfter(b.from())) {
            throw new InvalidInputException("to", "must be after the day of arrival " + b.from() + " (a stay is at least one night)",
                    b.to());
        }
        if (ChronoUnit.DAYS.between(b.from(), b.to()) > LONGEST_STAY_NIGHTS) {
            throw new InvalidInputException("to", "a stay is at most " + LONGEST_STAY_NIGHTS + " nights", b.to());
        }
        if (b.rooms() == null || b.rooms().isEmpty()) {
            throw new InvalidInputException("rooms", "must name at least one room");
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String r : b.rooms()) {
            String code = text(r, 20, "rooms");
            if (!codes.add(code)) {
                throw new InvalidInputException("rooms", "names room " + code + " twice");
            }
        }
        // Checked before anything is written; the title is recorded with the booking.
        String meetingTitle = b.meetingId() == null ? null : meetingTitle(b.meetingId());
        Booking booked = tx.required(c -> {
            lockBookings(c);
            Map<String, Room> rooms = roomsByCode(c, codes);
            int beds = rooms.values().stream().mapToInt(Room::beds).sum();
            if (b.headCount() > beds) {
                throw new InvalidInputException("headCount", "is more than the " + beds + " beds of rooms " + String.join(", ",
                        codes) + "; add rooms or lower the head count", b.headCount());
            }
            for (Room room : rooms.values()) {
                refuseOverlap(c, room, b.from(), b.to(), -1);
            }
            long id = Sql.insert(c, "INSERT INTO GUESTHOUSE.BOOKINGS (DELEGATION, HEAD_COUNT, ARRIVAL, DEPARTURE, STATUS, MEETING_ID, "
                    + "MEETING_TITLE, CREATED_BY, CREATED_AT) VALUES (?,?,?,?,?,?,?,?,?)", delegation, b.headCount(), b.from(), b.to(),
                    BookingStatus.BOOKED, b.meetingId(), meetingTitle, user.login(), clock.instant());
            for (Room room : rooms.values()) {
                Sql.update(c, "INSERT INTO GUESTHOUSE.BOOKING_ROOMS (BOOKING_ID, ROOM_ID) VALUES (?,?)", id, room.id());
            }
            audit.append(GuestHouseSchema.MODULE, "booking.create", Long.toString(id), delegation + ", " + b.headCount()
                    + " people, " + b.from() + " – " + b.to() + ", rooms " + String.join(",", codes)
                    + (b.meetingId() == null ? "" : ", meeting " + b.meetingId()));
            return find(c, id).orElseThrow();
        });
        post(GuestHouseEvents.BOOKED, booked);
        return booked;
    }

    @Override
    public Optional<Booking> booking(long id) {
        requireSignedIn();
        return tx.required(c -> find(c, id));
    }

    @Override
    public List<Booking> bookings(LocalDate from, LocalDate to) {
        requireSignedIn();
        if (from != null && to != null && !to.isAfter(from)) {
            throw new InvalidInputException("to", "must be after from (" + from + ")", to);
        }
        StringBuilder sql = new StringBuilder("SELECT " + BOOKING_COLUMNS + " FROM GUESTHOUSE.BOOKINGS B WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (from != null) {
            sql.append(" AND B.DEPARTURE > ?");
            args.add(from);
        }
        if (to != null) {
            sql.append(" AND B.ARRIVAL < ?");
            args.add(to);
        }
        sql.append(" ORDER BY B.ARRIVAL, B.ID");
        return tx.required(c -> {
            List<Booking> found = new ArrayList<>();
            for (Booking b : Sql.list(c, sql.toString(), rs -> booking(rs, List.of()), args.toArray())) {
                found.add(withRooms(c, b));
            }
            return found;
        });
    }

    @Override
    public Booking checkIn(long id) {
        user.requireAnyRole(BOOKERS);
        Booking done = tx.required(c -> {
            Booking b = existing(c, id);
            if (b.status() != BookingStatus.BOOKED) {
                throw new ConflictException("status", "booking " + id + " is " + b.status() + "; only a BOOKED booking checks in");
            }
            LocalDate today = today();
            if (today.isBefore(b.from())) {
                throw new ConflictException("from", "booking " + id + " starts on " + b.from() + "; check-in opens that day");
            }
            if (!today.isBefore(b.to())) {
                throw new ConflictException("to", "booking " + id + " ended on " + b.to() + "; it can no longer check in");
            }
            moved(Sql.update(c, "UPDATE GUESTHOUSE.BOOKINGS SET STATUS = ?, CHECKED_IN_AT = ? WHERE ID = ? AND STATUS = ?",
                    BookingStatus.CHECKED_IN, clock.instant(), id, BookingStatus.BOOKED), id);
            audit.append(GuestHouseSchema.MODULE, "booking.checkin", Long.toString(id), b.delegation());
            return find(c, id).orElseThrow();
        });
        post(GuestHouseEvents.CHECKED_IN, done);
        return done;
    }

    @Override
    public Booking checkOut(long id) {
        user.requireAnyRole(BOOKERS);
        Booking done = tx.required(c -> {
            lockBookings(c);
            Booking b = existing(c, id);
            if (b.status() != BookingStatus.CHECKED_IN) {
                throw new ConflictException("status", "booking " + id + " is " + b.status() + "; only a CHECKED_IN booking checks out");
            }
            // Leaving early frees the remaining nights: the stay ends today (never before the first night).
            LocalDate today = today();
            LocalDate end = today.isBefore(b.to()) ? (today.isAfter(b.from()) ? today : b.from().plusDays(1)) : b.to();
            moved(Sql.update(c, "UPDATE GUESTHOUSE.BOOKINGS SET STATUS = ?, CHECKED_OUT_AT = ?, DEPARTURE = ? WHERE ID = ? AND STATUS = ?",
                    BookingStatus.CHECKED_OUT, clock.instant(), end, id, BookingStatus.CHECKED_IN), id);
            audit.append(GuestHouseSchema.MODULE, "booking.checkout", Long.toString(id), b.delegation()
                    + (end.equals(b.to()) ? "" : ", left early on " + end));
            return find(c, id).orElseThrow();
        });
        post(GuestHouseEvents.CHECKED_OUT, done);
        return done;
    }

    @Override
    public Booking cancel(long id, String reason) {
        user.requireAnyRole(BOOKERS);
        String why = text(reason, 500, "reason");
        Booking done = tx.required(c -> {
            lockBookings(c);
            Booking b = existing(c, id);
            if (b.status() != BookingStatus.BOOKED) {
                throw new ConflictException("status", "booking " + id + " is " + b.status() + "; only a BOOKED booking can be cancelled");
            }
            moved(Sql.update(c, "UPDATE GUESTHOUSE.BOOKINGS SET STATUS = ?, CANCEL_REASON = ? WHERE ID = ? AND STATUS = ?",
                    BookingStatus.CANCELLED, why, id, BookingStatus.BOOKED), id);
            audit.append(GuestHouseSchema.MODULE, "booking.cancel", Long.toString(id), b.delegation() + ": " + why);
            return find(c, id).orElseThrow();
        });
        post(GuestHouseEvents.CANCELLED, done);
        return done;
    }

    @Override
    public Booking linkMeeting(long id, long meetingId) {
        user.requireAnyRole(BOOKERS);
        String title = meetingTitle(meetingId);
        return tx.required(c -> {
            Booking b = existing(c, id);
            if (!b.status().holdsRooms()) {
                throw new ConflictException("status", "booking " + id + " is " + b.status() + "; it can no longer be linked");
            }
            Sql.update(c, "UPDATE GUESTHOUSE.BOOKINGS SET MEETING_ID = ?, MEETING_TITLE = ? WHERE ID = ?", meetingId, title, id);
            audit.append(GuestHouseSchema.MODULE, "booking.meeting", Long.toString(id), "meeting " + meetingId + ": " + title);
            return find(c, id).orElseThrow();
        });
    }

    @Override
    public boolean meetingsAvailable() {
        return meetings != null;
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** The meeting's title, checked the way the meetings module shows it to the current user. */
    private String meetingTitle(long meetingId) {
        MeetingService m = meetings;
        if (m == null) {
            throw new ConflictException("meetingId", "the meetings module is not installed, so a booking cannot be linked to a "
                    + "meeting (install the partyoffice-meetings feature)");
        }
        Meeting meeting = m.find(meetingId).orElseThrow(() -> new EntityNotFoundException("meeting", meetingId, "meetingId"));
        if (meeting.classification() != null && meeting.classification() != Clearance.UNCLASSIFIED) {
            // Bookings are read by every clerk of the guest house; a classified title must not show there.
            throw new InvalidInputException("meetingId", "is a classified meeting (" + meeting.classification().label("vi")
                    + "); only unclassified meetings can be linked to a booking", meetingId);
        }
        return meeting.title();
    }

    private void requireSignedIn() {
        user.requireAnyRole(Roles.ALL.toArray(new String[0]));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), OFFICE_ZONE);
    }

    private static void lockBookings(Connection c) throws SQLException {
        Sql.update(c, "UPDATE GUESTHOUSE.BOOKING_LOCK SET CHANGES = CHANGES + 1 WHERE ID = 1");
    }

    private static Map<String, Room> roomsByCode(Connection c, Set<String> codes) throws SQLException {
        Map<String, Room> rooms = new LinkedHashMap<>();
        for (String code : codes) {
            Room r = Sql.one(c, "SELECT ID, CODE, NAME, BUILDING, BEDS, KIND FROM GUESTHOUSE.ROOMS WHERE CODE = ?",
                    JdbcGuestHouseService::room, code)
                    .orElseThrow(() -> new InvalidInputException("rooms", "names room " + code + ", which does not exist"));
            rooms.put(code, r);
        }
        return rooms;
    }

    /** Refuses {@code room} when another booking holds it for a night of {@code [from, to)}. */
    private static void refuseOverlap(Connection c, Room room, LocalDate from, LocalDate to, long except) throws SQLException {
        Optional<String> other = Sql.one(c, "SELECT B.ID, B.DELEGATION, B.ARRIVAL, B.DEPARTURE FROM GUESTHOUSE.BOOKINGS B "
                + "JOIN GUESTHOUSE.BOOKING_ROOMS BR ON BR.BOOKING_ID = B.ID WHERE BR.ROOM_ID = ? AND B.ID <> ? "
                + "AND B.STATUS IN ('BOOKED', 'CHECKED_IN') AND B.ARRIVAL < ? AND B.DEPARTURE > ? ORDER BY B.ARRIVAL",
                rs -> "booking " + rs.getLong(1) + " (" + rs.getString(2) + ", " + rs.getDate(3).toLocalDate() + " – "
                        + rs.getDate(4).toLocalDate() + ")", room.id(), except, to, from);
        if (other.isPresent()) {
            LOG.debug("room {} refused for {} – {}: held by {}", room.code(), from, to, other.get());
            throw new ConflictException("rooms", "room " + room.code() + " is already held by " + other.get()
                    + " for a night of " + from + " – " + to);
        }
    }

    /** A status change is conditional on the status read: a concurrent change of the same booking makes it a 409. */
    private static void moved(int rows, long id) {
        if (rows != 1) {
            throw new ConflictException("status", "booking " + id + " was changed at the same time; reload it and try again");
        }
    }

    private Booking existing(Connection c, long id) throws SQLException {
        return find(c, id).orElseThrow(() -> new EntityNotFoundException("booking", id));
    }

    private static Optional<Booking> find(Connection c, long id) throws SQLException {
        Optional<Booking> b = Sql.one(c, "SELECT " + BOOKING_COLUMNS + " FROM GUESTHOUSE.BOOKINGS B WHERE B.ID = ?",
                rs -> booking(rs, List.of()), id);
        return b.isPresent() ? Optional.of(withRooms(c, b.get())) : b;
    }

    private static Booking withRooms(Connection c, Booking b) throws SQLException {
        List<String> rooms = Sql.list(c, "SELECT R.CODE FROM GUESTHOUSE.BOOKING_ROOMS BR JOIN GUESTHOUSE.ROOMS R ON R.ID = BR.ROOM_ID "
                + "WHERE BR.BOOKING_ID = ? ORDER BY R.CODE", rs -> rs.getString(1), b.id());
        return new Booking(b.id(), b.delegation(), b.headCount(), b.from(), b.to(), rooms, b.status(), b.meetingId(),
                b.meetingTitle(), b.createdBy(), b.createdAt(), b.checkedInAt(), b.checkedOutAt());
    }

    private static Booking booking(ResultSet rs, List<String> rooms) throws SQLException {
        return new Booking(rs.getLong("ID"), rs.getString("DELEGATION"), rs.getInt("HEAD_COUNT"),
                rs.getDate("ARRIVAL").toLocalDate(), rs.getDate("DEPARTURE").toLocalDate(), rooms,
                BookingStatus.valueOf(rs.getString("STATUS")), Sql.nullableLong(rs, "MEETING_ID"), rs.getString("MEETING_TITLE"),
                rs.getString("CREATED_BY"), Instant.ofEpochMilli(rs.getLong("CREATED_AT")),
                Sql.nullableInstant(rs, "CHECKED_IN_AT"), Sql.nullableInstant(rs, "CHECKED_OUT_AT"));
    }

    static Room room(ResultSet rs) throws SQLException {
        return new Room(rs.getLong("ID"), rs.getString("CODE"), rs.getString("NAME"), rs.getString("BUILDING"), rs.getInt("BEDS"),
                rs.getString("KIND"));
    }

    private void post(String topic, Booking b) {
        events.post(topic, Map.of(GuestHouseEvents.BOOKING_ID, b.id(), GuestHouseEvents.DELEGATION, b.delegation(),
                GuestHouseEvents.FROM, b.from().toString(), GuestHouseEvents.TO, b.to().toString()));
    }

    private static String text(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidInputException(field, "is at most " + max + " characters long (it has " + v.length() + ")");
        }
        return v;
    }

    private static String optional(String value, int max, String field) {
        return value == null || value.isBlank() ? null : text(value, max, field);
    }
}
