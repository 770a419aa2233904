package vn.example.guesthouse.rest.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import javax.ws.rs.core.Response;

import org.partyoffice.platform.api.InvalidInputException;

/**
 * Parses what clients send. Numbers and dates come as strings (Jackson coerces JSON numbers into
 * them), so a bad value is a 422 naming the field here rather than Jackson's generic 400.
 */
final class Input {

    private Input() {
    }

    static <T> T body(T body) {
        if (body == null) {
            throw new InvalidInputException("body", "must not be empty");
        }
        return body;
    }

    static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        return value.strip();
    }

    static Long optionalLong(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a whole number", value);
        }
    }

    static int requiredInt(String value, String field) {
        String v = required(value, field);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a whole number", value);
        }
    }

    static LocalDate optionalDate(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date like 2026-04-06", value);
        }
    }

    static LocalDate requiredDate(String value, String field) {
        return optionalDate(required(value, field), field);
    }

    static List<String> strings(List<String> values) {
        return values == null ? List.of() : values;
    }

    static Response created(Object entity) {
        return Response.status(Response.Status.CREATED).entity(entity).build();
    }
}
