package vn.example.guesthouse.api;

/** Where a booking stands. Only {@link #BOOKED} and {@link #CHECKED_IN} hold their rooms. */
public enum BookingStatus {
    BOOKED, CHECKED_IN, CHECKED_OUT, CANCELLED;

    /** True while the booking holds its rooms. */
    public boolean holdsRooms() {
        return this == BOOKED || this == CHECKED_IN;
    }
}
