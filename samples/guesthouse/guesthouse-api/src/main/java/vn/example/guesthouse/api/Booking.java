package vn.example.guesthouse.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A delegation's stay.
 *
 * @param delegation   who stays, e.g. {@code Đoàn đại biểu tỉnh Hà Giang}
 * @param headCount    how many people
 * @param from         the day of arrival: the first night
 * @param to           the day of departure: the night before it is the last (so {@code from} to
 *                     {@code to} is {@code to - from} nights)
 * @param rooms        the codes of the rooms held
 * @param meetingId    the meeting the delegation comes for, or {@code null}
 * @param meetingTitle that meeting's title, as it was when the booking was linked to it
 */
public record Booking(long id, String delegation, int headCount, LocalDate from, LocalDate to, List<String> rooms,
                      BookingStatus status, Long meetingId, String meetingTitle, String createdBy, Instant createdAt,
                      Instant checkedInAt, Instant checkedOutAt) {

    public Booking {
        rooms = rooms == null ? List.of() : List.copyOf(rooms);
    }
}
