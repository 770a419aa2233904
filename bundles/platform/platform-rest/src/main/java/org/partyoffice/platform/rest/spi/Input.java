package org.partyoffice.platform.rest.spi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.InvalidInputException;

/**
 * Parses what clients send. Request bodies and query parameters carry numbers, dates and enum names
 * as strings (Jackson coerces JSON numbers into them), so a bad value is a 422 naming the field here
 * rather than the generic 400 or 404 that JAX-RS and Jackson give for a failed conversion.
 *
 * <p>Every method takes the field's name as the client knows it ({@code unitId}, {@code lines[2]})
 * and puts it in the {@link InvalidInputException}. Values are stripped of surrounding white space;
 * for the {@code optional...} methods a missing or blank value is {@code null}, for the {@code
 * required...} methods it is an error ({@code is required}).
 */
public final class Input {

    /** The office's time zone: a bare date or a local date-time from a form means that time in Hà Nội. */
    public static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private Input() {
    }

    /** The request body; a request without one is an error on the field {@code body}. */
    public static <T> T body(T body) {
        if (body == null) {
            throw new InvalidInputException("body", "must not be empty");
        }
        return body;
    }

    /** The value stripped; missing or blank is an error. */
    public static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        return value.strip();
    }

    public static Long optionalLong(String value, String field) {
        return parse(value, field, Long::valueOf, "must be a whole number");
    }

    public static long requiredLong(String value, String field) {
        return optionalLong(required(value, field), field);
    }

    public static Integer optionalInt(String value, String field) {
        return parse(value, field, Integer::valueOf, "must be a whole number");
    }

    public static int requiredInt(String value, String field) {
        return optionalInt(required(value, field), field);
    }

    /** A whole number, or {@code dflt} when left out. */
    public static int intOr(String value, String field, int dflt) {
        Integer n = optionalInt(value, field);
        return n == null ? dflt : n;
    }

    /** {@code true}/{@code false} (also yes/no, 1/0, any case), or {@code dflt} when left out. */
    public static boolean flag(String value, String field, boolean dflt) {
        if (value == null || value.isBlank()) {
            return dflt;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new InvalidInputException(field, "must be true or false", value);
        };
    }

    /** A constant of {@code type} by name, any case; the error lists the allowed names. */
    public static <E extends Enum<E>> E optionalEnum(Class<E> type, String value, String field) {
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

    public static <E extends Enum<E>> E requiredEnum(Class<E> type, String value, String field) {
        return optionalEnum(type, required(value, field), field);
    }

    /**
     * An instant with an offset ({@code 2026-04-06T01:00:00Z}, {@code 2026-04-06T08:00:00+07:00}), a
     * local date-time as an HTML {@code datetime-local} field sends it ({@code 2026-04-06T08:00}, the
     * office's wall clock), or a date (its start in the office's zone).
     */
    public static Instant optionalInstant(String value, String field) {
        return parse(value, field, Input::instant, "must be a date (2026-04-06) or an instant (2026-04-06T08:00:00+07:00)");
    }

    private static Instant instant(String v) {
        if (v.length() == 10) {
            return LocalDate.parse(v).atStartOfDay(OFFICE_ZONE).toInstant();
        }
        if (v.length() <= 19) {
            return LocalDateTime.parse(v).atZone(OFFICE_ZONE).toInstant();
        }
        return OffsetDateTime.parse(v).toInstant();
    }

    public static Instant requiredInstant(String value, String field) {
        return optionalInstant(required(value, field), field);
    }

    /** An ISO date like {@code 2026-04-06}. */
    public static LocalDate requiredDate(String value, String field) {
        return optionalDate(required(value, field), field);
    }

    /** An ISO date, or {@code null} when left out. */
    public static LocalDate optionalDate(String value, String field) {
        return parse(value, field, LocalDate::parse, "must be a date like 2026-04-06");
    }

    /** A month like {@code 2026-03}, or {@code null} when left out. */
    public static YearMonth optionalMonth(String value, String field) {
        return parse(value, field, YearMonth::parse, "must be a month like 2026-03");
    }

    public static YearMonth requiredMonth(String value, String field) {
        return optionalMonth(required(value, field), field);
    }

    /**
     * A classification by constant ({@code TOI_MAT}) or label ({@code Tối mật}), or {@code null}
     * (unclassified) when left out. Unlike {@link Clearance#parse}, the error names {@code field}.
     */
    public static Clearance optionalClearance(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Clearance.parse(value);
        } catch (InvalidInputException e) {
            String allowed = Arrays.stream(Clearance.values()).map(Enum::name).collect(Collectors.joining(", "));
            throw new InvalidInputException(field, "must be one of " + allowed, value);
        }
    }

    /** Whole numbers, each required; an error names its place ({@code memberIds[2]}). A missing list is empty. */
    public static List<Long> longs(List<String> values, String field) {
        List<Long> out = new ArrayList<>();
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                out.add(requiredLong(values.get(i), field + "[" + i + "]"));
            }
        }
        return out;
    }

    /** {@link #longs} without repeats, in the order given. */
    public static Set<Long> longSet(List<String> values, String field) {
        return new LinkedHashSet<>(longs(values, field));
    }

    /** The list, or an empty one when left out. */
    public static List<String> strings(List<String> values) {
        return values == null ? List.of() : values;
    }

    /** {@code null} when left out, else the stripped value parsed; a parser's failure is {@code rule} on {@code field}. */
    private static <T> T parse(String value, String field, Function<String, T> parser, String rule) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new InvalidInputException(field, rule, value);
        }
    }
}
