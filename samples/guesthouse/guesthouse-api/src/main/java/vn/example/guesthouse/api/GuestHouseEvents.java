package vn.example.guesthouse.api;

/** EventAdmin topics of the guest-house module, posted after the change committed; properties are plain values. */
public final class GuestHouseEvents {
    /** Properties: {@link #BOOKING_ID}, {@link #DELEGATION}, {@link #FROM} and {@link #TO} (ISO dates). */
    public static final String BOOKED = "vn/example/guesthouse/BOOKED";
    public static final String CHECKED_IN = "vn/example/guesthouse/CHECKED_IN";
    public static final String CHECKED_OUT = "vn/example/guesthouse/CHECKED_OUT";
    public static final String CANCELLED = "vn/example/guesthouse/CANCELLED";

    public static final String BOOKING_ID = "bookingId";
    public static final String DELEGATION = "delegation";
    public static final String FROM = "from";
    public static final String TO = "to";

    private GuestHouseEvents() {
    }
}
