package org.partyoffice.platform.command.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;

import org.partyoffice.platform.api.InvalidInputException;

/** Parsing of command arguments, with errors that name the option or argument. */
final class Args {

    private Args() {
    }

    /** A date like {@code 2025-07-01}, or {@code null} when not given. */
    static LocalDate date(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "must be a date like 2025-07-01", text);
        }
    }

    /** The number when {@code text} is a plain whole number (a unit id rather than a code). */
    static OptionalLong id(String text) {
        if (text == null) {
            return OptionalLong.empty();
        }
        String t = text.trim();
        if (t.isEmpty() || t.length() > 18 || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(t));
    }

    /**
     * Roles from repeated {@code --role} options, each of which may also hold a comma-separated
     * list: trimmed, lower-case, without repeats, in the order given. Empty when none were given.
     */
    static Set<String> roles(List<String> options) {
        Set<String> roles = new LinkedHashSet<>();
        if (options != null) {
            for (String option : options) {
                if (option != null) {
                    for (String r : option.split(",")) {
                        if (!r.isBlank()) {
                            roles.add(r.trim().toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
        return roles;
    }

    /** A limit between 1 and {@code max}, given as option {@code name}. */
    static int limit(int value, int max, String name) {
        if (value < 1 || value > max) {
            throw new InvalidInputException(name, "must be between 1 and " + max, value);
        }
        return value;
    }
}
