package org.partyoffice.finance.impl.internal;

import java.util.Locale;

import org.partyoffice.platform.api.InvalidInputException;

/** Checks of plain input values, each failing with the field and the rule it broke. */
final class Inputs {

    private Inputs() {
    }

    static String text(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidInputException(field, "must be at most " + max + " characters");
        }
        return v;
    }

    static String optional(String value, int max, String field) {
        return value == null || value.isBlank() ? null : text(value, max, field);
    }

    /** An upper-case code of letters, digits and {@code _}, e.g. a category. */
    static String code(String value, String field) {
        String v = text(value, 40, field).toUpperCase(Locale.ROOT);
        if (!v.matches("[\\p{L}0-9_]+")) {
            throw new InvalidInputException(field, "must be letters, digits and _ only", value);
        }
        return v;
    }

    static long positive(long amountVnd, String field) {
        if (amountVnd <= 0) {
            throw new InvalidInputException(field, "must be a positive number of VND", amountVnd);
        }
        return amountVnd;
    }

    static long notNegative(long amountVnd, String field) {
        if (amountVnd < 0) {
            throw new InvalidInputException(field, "must not be negative", amountVnd);
        }
        return amountVnd;
    }

    static int year(int year, String field) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException(field, "must be a year between 2000 and 2100", year);
        }
        return year;
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
        return value;
    }
}
