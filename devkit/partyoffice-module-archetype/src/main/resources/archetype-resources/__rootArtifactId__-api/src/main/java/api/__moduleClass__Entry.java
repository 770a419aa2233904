package ${package}.api;

import java.time.Instant;

/**
 * One entry of the register.
 *
 * @param unitId    the organisation unit it belongs to
 * @param createdBy the login of the user who recorded it
 */
public record ${moduleClass}Entry(long id, long unitId, String title, String createdBy, Instant createdAt) {
}
