package vn.example.guesthouse.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyoffice.platform.api.AccessDeniedException;
import org.partyoffice.platform.api.AuditEntry;
import org.partyoffice.platform.api.AuditQuery;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.DashboardFigure;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.OfficeException;

import vn.example.guesthouse.api.Booking;
import vn.example.guesthouse.api.BookingStatus;
import vn.example.guesthouse.api.GuestHouseEvents;
import vn.example.guesthouse.api.NewBooking;
import vn.example.guesthouse.api.NewRoom;
import vn.example.guesthouse.api.Room;

class GuestHouseServiceTest {

    private static final String HA_GIANG = "Đoàn đại biểu tỉnh Hà Giang";
    private static final LocalDate MAR_2 = LocalDate.of(2026, 3, 2);

    @TempDir
    Path temp;
    private Fixture f;

    @BeforeEach
    void setUp() {
        f = new Fixture(temp);
        clerk(() -> f.guestHouse.saveRoom(new NewRoom("A101", "Phòng 101", "Nhà A", 2, "Phòng đôi")));
        clerk(() -> f.guestHouse.saveRoom(new NewRoom("A102", "Phòng 102", "Nhà A", 2, "Phòng đôi")));
        clerk(() -> f.guestHouse.saveRoom(new NewRoom("B201", "Phòng 201", "Nhà B", 4, "Phòng tập thể")));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private <T> T clerk(Callable<T> work) {
        return f.as(Fixture.CLERK, work);
    }

    private Booking book(String delegation, int heads, LocalDate from, LocalDate to, String... rooms) {
        return clerk(() -> f.guestHouse.book(new NewBooking(delegation, heads, from, to, List.of(rooms), null)));
    }

    @Test
    void roomsAreListedByCodeWithTheirVietnameseKind() {
        List<Room> rooms = f.as(Fixture.VIEWER, f.guestHouse::rooms);
        assertEquals(List.of("A101", "A102", "B201"), rooms.stream().map(Room::code).toList());
        assertEquals("Phòng tập thể", rooms.get(2).kind());
        assertEquals("Nhà B", rooms.get(2).building());
        ConflictException twice = assertThrows(ConflictException.class,
                () -> clerk(() -> f.guestHouse.saveRoom(new NewRoom("A101", "Khác", null, 1, "Phòng đơn"))));
        assertEquals("code", twice.field());
        InvalidInputException beds = assertThrows(InvalidInputException.class,
                () -> clerk(() -> f.guestHouse.saveRoom(new NewRoom("C1", "Phòng C1", null, 0, "Phòng đơn"))));
        assertEquals("beds", beds.field());
        assertEquals("kind", assertThrows(InvalidInputException.class,
                () -> clerk(() -> f.guestHouse.saveRoom(new NewRoom("C1", "Phòng C1", null, 1, " ")))).field());
        assertThrows(AccessDeniedException.class,
                () -> f.as(Fixture.VIEWER, () -> f.guestHouse.saveRoom(new NewRoom("C2", "Phòng C2", null, 1, "Phòng đơn"))));
    }

    @Test
    void aBookingHoldsItsRoomsAndIsAudited() {
        Booking b = book(HA_GIANG, 6, MAR_2, MAR_2.plusDays(3), "A101", "B201");
        assertEquals(BookingStatus.BOOKED, b.status());
        assertEquals(List.of("A101", "B201"), b.rooms());
        assertEquals(HA_GIANG, b.delegation());
        assertEquals(Fixture.CLERK, b.createdBy());
        assertNull(b.meetingId());
        assertEquals(List.of("A102"), f.as(Fixture.VIEWER, () -> f.guestHouse.freeRooms(MAR_2)).stream().map(Room::code).toList());
        assertEquals(3, f.as(Fixture.VIEWER, () -> f.guestHouse.freeRooms(MAR_2.plusDays(3))).size(),
                "the day of departure is not a night of the stay");
        assertEquals(b, f.as(Fixture.VIEWER, () -> f.guestHouse.booking(b.id())).orElseThrow());

        List<AuditEntry> audit = f.asAdmin(() -> f.audit.query(new AuditQuery(null, "guesthouse", null, null, null, null, 100)));
        assertTrue(audit.stream().anyMatch(e -> e.action().equals("booking.create") && e.objectId().equals(Long.toString(b.id()))
                && e.detail().contains(HA_GIANG)), audit.toString());
        assertEquals(List.of(GuestHouseEvents.BOOKED), f.posted.topics);
        assertEquals(b.id(), f.posted.properties.get(0).get(GuestHouseEvents.BOOKING_ID));
        assertEquals("2026-03-05", f.posted.properties.get(0).get(GuestHouseEvents.TO));
    }

    @Test
    void aRoomBookedForAnOverlappingNightIsRefusedNamingTheOtherBooking() {
        Booking first = book(HA_GIANG, 2, MAR_2, MAR_2.plusDays(3), "A101");
        ConflictException clash = assertThrows(ConflictException.class,
                () -> book("Đoàn công tác Ban Tổ chức Trung ương", 3, MAR_2.plusDays(2), MAR_2.plusDays(4), "A102", "A101"));
        assertEquals("rooms", clash.field());
        assertTrue(clash.getMessage().contains("booking " + first.id()), clash.getMessage());
        assertTrue(clash.getMessage().contains(HA_GIANG), clash.getMessage());
        assertTrue(clash.getMessage().contains("A101"), clash.getMessage());
        assertEquals(List.of("A102", "B201"), f.as(Fixture.VIEWER, () -> f.guestHouse.freeRooms(MAR_2.plusDays(2)))
                .stream().map(Room::code).toList(), "the refused booking held nothing, not even A102");
        assertEquals(1, f.as(Fixture.VIEWER, () -> f.guestHouse.bookings(null, null)).size());

        // arriving on the day the first delegation leaves shares no night
        Booking next = book("Đoàn đại biểu tỉnh Cao Bằng", 2, MAR_2.plusDays(3), MAR_2.plusDays(5), "A101");
        assertEquals(BookingStatus.BOOKED, next.status());
    }

    @Test
    void moreHeadsThanBedsIsRefusedNamingTheField() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> book(HA_GIANG, 5, MAR_2, MAR_2.plusDays(1), "A101", "A102"));
        assertEquals("headCount", e.field());
        assertTrue(e.getMessage().contains("4 beds"), e.getMessage());
        assertEquals(4, book(HA_GIANG, 4, MAR_2, MAR_2.plusDays(1), "A101", "A102").headCount());
    }

    @Test
    void badBookingsNameTheirField() {
        assertField("to", () -> book(HA_GIANG, 1, MAR_2, MAR_2, "A101"));
        assertField("to", () -> book(HA_GIANG, 1, MAR_2, MAR_2.minusDays(1), "A101"));
        assertField("from", () -> book(HA_GIANG, 1, null, MAR_2, "A101"));
        assertField("delegation", () -> book(" ", 1, MAR_2, MAR_2.plusDays(1), "A101"));
        assertField("headCount", () -> book(HA_GIANG, 0, MAR_2, MAR_2.plusDays(1), "A101"));
        assertField("rooms", () -> book(HA_GIANG, 1, MAR_2, MAR_2.plusDays(1)));
        assertField("rooms", () -> book(HA_GIANG, 1, MAR_2, MAR_2.plusDays(1), "A101", "A101"));
        assertField("rooms", () -> book(HA_GIANG, 1, MAR_2, MAR_2.plusDays(1), "Z999"));
        assertThrows(AccessDeniedException.class,
                () -> f.as(Fixture.VIEWER, () -> f.guestHouse.book(new NewBooking(HA_GIANG, 1, MAR_2, MAR_2.plusDays(1),
                        List.of("A101"), null))));
        assertThrows(EntityNotFoundException.class, () -> clerk(() -> f.guestHouse.checkIn(999)));
        assertTrue(f.as(Fixture.VIEWER, () -> f.guestHouse.bookings(null, null)).isEmpty());
    }

    private static void assertField(String field, Runnable call) {
        OfficeException e = assertThrows(OfficeException.class, call::run);
        assertEquals(field, e.field(), e.getMessage());
    }

    @Test
    void checkInOnTheDayOfArrivalAndCheckOutEarlyFreesTheRestOfTheStay() {
        Booking later = book(HA_GIANG, 2, MAR_2.plusDays(1), MAR_2.plusDays(4), "A101");
        ConflictException early = assertThrows(ConflictException.class, () -> clerk(() -> f.guestHouse.checkIn(later.id())));
        assertEquals("from", early.field());
        assertThrows(ConflictException.class, () -> clerk(() -> f.guestHouse.checkOut(later.id())), "not checked in");

        f.clock.advance(Duration.ofDays(1));
        Booking in = clerk(() -> f.guestHouse.checkIn(later.id()));
        assertEquals(BookingStatus.CHECKED_IN, in.status());
        assertNotNull(in.checkedInAt());
        assertEquals("status", assertThrows(ConflictException.class, () -> clerk(() -> f.guestHouse.checkIn(later.id()))).field());
        assertEquals("status", assertThrows(ConflictException.class,
                () -> clerk(() -> f.guestHouse.cancel(later.id(), "Hoãn"))).field(), "a delegation in the house is not cancelled");

        f.clock.advance(Duration.ofDays(1));
        Booking out = clerk(() -> f.guestHouse.checkOut(later.id()));
        assertEquals(BookingStatus.CHECKED_OUT, out.status());
        assertEquals(MAR_2.plusDays(2), out.to(), "left a night early");
        assertTrue(f.as(Fixture.VIEWER, () -> f.guestHouse.freeRooms(MAR_2.plusDays(2))).stream().anyMatch(r -> r.code().equals("A101")));
        assertEquals(BookingStatus.BOOKED, book("Đoàn đại biểu tỉnh Cao Bằng", 2, MAR_2.plusDays(2), MAR_2.plusDays(3), "A101").status());
        assertEquals(List.of(GuestHouseEvents.BOOKED, GuestHouseEvents.CHECKED_IN, GuestHouseEvents.CHECKED_OUT,
                GuestHouseEvents.BOOKED), f.posted.topics);
    }

    @Test
    void aCancelledBookingFreesItsRooms() {
        Booking b = book(HA_GIANG, 2, MAR_2, MAR_2.plusDays(2), "A101");
        assertEquals("reason", assertThrows(InvalidInputException.class, () -> clerk(() -> f.guestHouse.cancel(b.id(), ""))).field());
        assertEquals(BookingStatus.CANCELLED, clerk(() -> f.guestHouse.cancel(b.id(), "Đoàn hoãn chuyến công tác")).status());
        assertEquals(BookingStatus.BOOKED, book("Đoàn đại biểu tỉnh Cao Bằng", 2, MAR_2, MAR_2.plusDays(2), "A101").status());
    }

    @Test
    void withoutTheMeetingsModuleLinkingSaysItIsNotInstalled() {
        assertFalse(f.guestHouse.meetingsAvailable());
        ConflictException e = assertThrows(ConflictException.class,
                () -> clerk(() -> f.guestHouse.book(new NewBooking(HA_GIANG, 2, MAR_2, MAR_2.plusDays(1), List.of("A101"), 7L))));
        assertEquals("meetingId", e.field());
        assertTrue(e.getMessage().contains("meetings module is not installed"), e.getMessage());
        assertTrue(f.as(Fixture.VIEWER, () -> f.guestHouse.bookings(null, null)).isEmpty(), "nothing was booked");

        Booking b = book(HA_GIANG, 2, MAR_2, MAR_2.plusDays(1), "A101");
        assertEquals("meetingId", assertThrows(ConflictException.class, () -> clerk(() -> f.guestHouse.linkMeeting(b.id(), 7))).field());
    }

    @Test
    void withTheMeetingsModuleABookingShowsTheMeetingTitle() {
        Booking b = book(HA_GIANG, 2, MAR_2, MAR_2.plusDays(2), "A101");
        f.meeting(7, "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5", Clearance.UNCLASSIFIED);
        f.meeting(8, "Hội nghị Ban Thường vụ (mật)", Clearance.MAT);
        f.guestHouse.bindMeetings(f.meetings);
        assertTrue(f.guestHouse.meetingsAvailable());

        Booking linked = clerk(() -> f.guestHouse.linkMeeting(b.id(), 7));
        assertEquals(7L, linked.meetingId());
        assertEquals("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5", linked.meetingTitle());
        assertEquals(linked, f.as(Fixture.VIEWER, () -> f.guestHouse.booking(b.id())).orElseThrow());
        assertEquals("meetingId", assertThrows(EntityNotFoundException.class,
                () -> clerk(() -> f.guestHouse.linkMeeting(b.id(), 99))).field());
        assertEquals("meetingId", assertThrows(InvalidInputException.class,
                () -> clerk(() -> f.guestHouse.linkMeeting(b.id(), 8))).field(), "a classified title would show to every clerk");

        Booking direct = clerk(() -> f.guestHouse.book(new NewBooking("Đoàn đại biểu tỉnh Cao Bằng", 2, MAR_2, MAR_2.plusDays(1),
                List.of("A102"), 7L)));
        assertEquals("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5", direct.meetingTitle());

        // meetings uninstalled: the recorded title stays, new links are refused again
        f.guestHouse.bindMeetings(null);
        assertEquals("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5",
                f.as(Fixture.VIEWER, () -> f.guestHouse.booking(b.id())).orElseThrow().meetingTitle());
        assertThrows(ConflictException.class, () -> clerk(() -> f.guestHouse.linkMeeting(direct.id(), 7)));
    }

    @Test
    void bookingsOfAPeriodAreThoseWithANightInIt() {
        Booking a = book(HA_GIANG, 2, MAR_2, MAR_2.plusDays(2), "A101");
        Booking b = book("Đoàn đại biểu tỉnh Cao Bằng", 2, MAR_2.plusDays(5), MAR_2.plusDays(6), "A101");
        assertEquals(List.of(a.id()), f.as(Fixture.VIEWER, () -> f.guestHouse.bookings(MAR_2.plusDays(1), MAR_2.plusDays(5)))
                .stream().map(Booking::id).toList());
        assertEquals(List.of(a.id(), b.id()), f.as(Fixture.VIEWER, () -> f.guestHouse.bookings(MAR_2, null))
                .stream().map(Booking::id).toList());
        assertEquals("to", assertThrows(InvalidInputException.class,
                () -> f.as(Fixture.VIEWER, () -> f.guestHouse.bookings(MAR_2, MAR_2))).field());
    }

    @Test
    void concurrentBookingsOfTheSameRoomCannotBothSucceed() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> tries = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String delegation = "Đoàn số " + i;
                tries.add(pool.submit(() -> {
                    try {
                        book(delegation, 2, MAR_2, MAR_2.plusDays(2), "A102");
                        return true;
                    } catch (ConflictException refused) {
                        return false;
                    }
                }));
            }
            int booked = 0;
            for (Future<Boolean> t : tries) {
                booked += t.get() ? 1 : 0;
            }
            assertEquals(1, booked);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, f.as(Fixture.VIEWER, () -> f.guestHouse.bookings(null, null)).size());
    }

    @Test
    void concurrentCheckInsOfOneBookingCheckInOnce() throws Exception {
        Booking b = book(HA_GIANG, 2, MAR_2, MAR_2.plusDays(2), "A101");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> tries = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                tries.add(pool.submit(() -> {
                    try {
                        clerk(() -> f.guestHouse.checkIn(b.id()));
                        return true;
                    } catch (ConflictException refused) {
                        assertEquals("status", refused.field());
                        return false;
                    }
                }));
            }
            int checkedIn = 0;
            for (Future<Boolean> t : tries) {
                checkedIn += t.get() ? 1 : 0;
            }
            assertEquals(1, checkedIn);
        } finally {
            pool.shutdownNow();
        }
        List<AuditEntry> audit = f.asAdmin(() -> f.audit.query(new AuditQuery(null, "guesthouse", "booking.checkin", null, null, null,
                100)));
        assertEquals(1, audit.size(), "one check-in audited");
    }

    @Test
    void theDashboardCountsTheRoomsFreeToday() {
        book(HA_GIANG, 2, MAR_2, MAR_2.plusDays(2), "A101");
        book("Đoàn đại biểu tỉnh Cao Bằng", 2, MAR_2.plusDays(1), MAR_2.plusDays(2), "A102");
        GuestHouseDashboard dashboard = new GuestHouseDashboard(f.guestHouse, f.tx, f.clock);
        List<DashboardFigure> figures = f.as(Fixture.VIEWER, () -> dashboard.figures("vi"));
        assertEquals("Phòng trống hôm nay", figures.get(0).label());
        assertEquals(2, figures.get(0).value(), "A102 and B201 are free tonight");
        assertEquals(1, figures.get(2).value(), "one arrival today");
        assertEquals("Rooms free today", f.as(Fixture.VIEWER, () -> dashboard.figures("en")).get(0).label());
    }
}
