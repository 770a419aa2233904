package vn.example.guesthouse.api;

/**
 * A guest-house room.
 *
 * @param code     short unique code on the door, e.g. {@code A101}
 * @param building the building or wing, or {@code null}
 * @param beds     how many guests it sleeps
 * @param kind     the kind of room as the office calls it, e.g. {@code Phòng đôi}
 */
public record Room(long id, String code, String name, String building, int beds, String kind) {
}
