package vn.example.guesthouse.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The guest house: rooms, bookings, check-in and check-out. Reads need a signed-in user; adding
 * rooms needs {@code office-staff} or {@code admin}, bookings {@code office-staff}, {@code secretary}
 * or {@code admin}.
 *
 * <p>Errors are the platform's: a room already held for one of the nights is a
 * {@code ConflictException} on {@code rooms} naming the other booking; more people than the rooms'
 * beds an {@code InvalidInputException} on {@code headCount}; linking a meeting while the meetings
 * module is not installed a {@code ConflictException} on {@code meetingId}.
 */
@ProviderType
public interface GuestHouseService {

    Room saveRoom(NewRoom room);

    /** Every room, by code. */
    List<Room> rooms();

    /** The rooms no booking holds for the night of {@code night}. */
    List<Room> freeRooms(LocalDate night);

    Booking book(NewBooking booking);

    Optional<Booking> booking(long id);

    /** Bookings with a night in {@code [from, to)} ({@code null}: open-ended), by arrival. */
    List<Booking> bookings(LocalDate from, LocalDate to);

    /** The delegation arrives: from the day of arrival on. */
    Booking checkIn(long id);

    /** The delegation leaves; its rooms are free from that day on. */
    Booking checkOut(long id);

    /** A booking not yet checked in is cancelled; its rooms are free again. */
    Booking cancel(long id, String reason);

    /**
     * Links the booking to a meeting of the meetings module and records its title. A
     * {@code ConflictException} on {@code meetingId} when that module is not installed.
     */
    Booking linkMeeting(long id, long meetingId);

    /** True while the meetings module's service is there, so bookings can be linked to meetings. */
    boolean meetingsAvailable();
}
