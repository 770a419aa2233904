package org.partyoffice.platform.rest.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.partyoffice.platform.api.InvalidInputException;

/** Query parameters parsed with errors that name the parameter. */
final class Params {

    private Params() {
    }

    static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "must be a date like 2025-07-01", value);
        }
    }

    static Instant instant(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "must be a date (2025-07-01) or an instant (2025-07-01T08:00:00Z)", value);
        }
    }

    static int limit(String value, int dflt, int max) {
        if (value == null || value.isBlank()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < 1 || n > max) {
                throw new InvalidInputException("limit", "must be between 1 and " + max, value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidInputException("limit", "must be a whole number", value);
        }
    }

    static <T> T required(T value, String name) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw new InvalidInputException(name, "is required");
        }
        return value;
    }
}
