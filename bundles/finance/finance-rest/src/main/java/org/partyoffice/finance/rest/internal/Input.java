package org.partyoffice.finance.rest.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import javax.ws.rs.core.Response;

import org.partyoffice.platform.api.InvalidInputException;

/**
 * Parses what clients send. Request bodies carry numbers, dates and enum names as strings
 * (Jackson coerces JSON numbers into them), so a bad value is a 422 naming the field here
 * rather than Jackson's generic 400.
 */
final class Input {

    /** The office's time zone: a bare date means that day in Hà Nội. */
    static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

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

    static long requiredLong(String value, String field) {
        return optionalLong(required(value, field), field);
    }

    static Integer optionalInt(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a whole number", value);
        }
    }

    static int requiredInt(String value, String field) {
        return optionalInt(required(value, field), field);
    }

    static int intOr(String value, String field, int dflt) {
        Integer n = optionalInt(value, field);
        return n == null ? dflt : n;
    }

    static boolean flag(String value, String field, boolean dflt) {
        if (value == null || value.isBlank()) {
            return dflt;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new InvalidInputException(field, "must be true or false", value);
        };
    }

    static <E extends Enum<E>> E optionalEnum(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw new InvalidInputException(field, "must be one of " + allowed, value);
        }
    }

    static <E extends Enum<E>> E requiredEnum(Class<E> type, String value, String field) {
        return optionalEnum(type, required(value, field), field);
    }

    /** An instant (2026-04-06T01:00:00Z, or with an offset) or a date (its start in the office's zone). */
    static Instant optionalInstant(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v).atStartOfDay(OFFICE_ZONE).toInstant();
            }
            if (v.length() <= 19) {
                // a local date-time (an HTML datetime-local field) is the office's wall clock
                return java.time.LocalDateTime.parse(v).atZone(OFFICE_ZONE).toInstant();
            }
            return java.time.OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date (2026-04-06) or an instant (2026-04-06T08:00:00+07:00)",
                    value);
        }
    }

    static Instant requiredInstant(String value, String field) {
        return optionalInstant(required(value, field), field);
    }

    static LocalDate requiredDate(String value, String field) {
        String v = required(value, field);
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date like 2026-04-06", value);
        }
    }

    /** A month like 2026-03, or {@code null} when left out. */
    static YearMonth optionalMonth(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a month like 2026-03", value);
        }
    }

    static YearMonth requiredMonth(String value, String field) {
        return optionalMonth(required(value, field), field);
    }

    /** A date, or {@code null} when left out. */
    static LocalDate optionalDate(String value, String field) {
        return value == null || value.isBlank() ? null : requiredDate(value, field);
    }

    static List<Long> longs(List<String> values, String field) {
        List<Long> out = new ArrayList<>();
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                out.add(requiredLong(values.get(i), field + "[" + i + "]"));
            }
        }
        return out;
    }

    static Set<Long> longSet(List<String> values, String field) {
        return new LinkedHashSet<>(longs(values, field));
    }

    static Response created(Object entity) {
        return Response.status(Response.Status.CREATED).entity(entity).build();
    }
}
