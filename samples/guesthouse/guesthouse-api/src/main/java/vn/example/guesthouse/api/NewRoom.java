package vn.example.guesthouse.api;

/** A room to add; see {@link Room}. */
public record NewRoom(String code, String name, String building, int beds, String kind) {
}
