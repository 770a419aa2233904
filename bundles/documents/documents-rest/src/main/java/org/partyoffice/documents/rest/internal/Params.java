package org.partyoffice.documents.rest.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

import org.partyoffice.platform.api.InvalidInputException;

/**
 * Query, path and body values parsed with errors that name the parameter. Resources take raw
 * strings rather than {@code Long} or enum parameters because JAX-RS answers a failed conversion
 * with a bare 404 that names nothing.
 */
final class Params {

    /** Lists that stay JSON arrays carry how many items there are in all in this header. */
    static final String TOTAL_COUNT_HEADER = "X-Total-Count";

    private Params() {
    }

    /** A whole number, or {@code null} when absent. */
    static Long optionalLong(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "must be a whole number", value);
        }
    }

    static long requiredLong(String value, String name) {
        Long n = optionalLong(value, name);
        if (n == null) {
            throw new InvalidInputException(name, "is required");
        }
        return n;
    }

    /** A whole number between {@code min} and {@code max}, or {@code dflt} when absent. */
    static int integer(String value, String name, int dflt, int min, int max) {
        Long n = optionalLong(value, name);
        if (n == null) {
            return dflt;
        }
        if (n < min || n > max) {
            throw new InvalidInputException(name, "must be between " + min + " and " + max, value);
        }
        return n.intValue();
    }

    /** {@code true}/{@code false} (also yes/no, 1/0), {@code dflt} when absent. */
    static boolean flag(String value, String name, boolean dflt) {
        if (value == null || value.isBlank()) {
            return dflt;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> throw new InvalidInputException(name, "must be true or false", value);
        };
    }

    /** An ISO date like 2025-07-01, or {@code null} when absent. */
    static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "must be a date like 2025-07-01", value);
        }
    }

    /** An enum constant by name, any case, '-' or ' ' for '_'; {@code null} when absent. */
    static <E extends Enum<E>> E enumValue(Class<E> type, String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String key = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(key)) {
                return e;
            }
        }
        throw new InvalidInputException(name, "must be one of " + Arrays.toString(type.getEnumConstants()), value);
    }

    static <T> T required(T value, String name) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw new InvalidInputException(name, "is required");
        }
        return value;
    }
}
