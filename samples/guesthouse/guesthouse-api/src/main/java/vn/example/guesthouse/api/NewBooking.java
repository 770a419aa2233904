package vn.example.guesthouse.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A booking to make: the delegation, how many people, the nights {@code [from, to)}, the rooms by
 * code and, optionally, the meeting it is for (needs the meetings module).
 */
public record NewBooking(String delegation, int headCount, LocalDate from, LocalDate to, List<String> rooms,
                         Long meetingId) {
}
