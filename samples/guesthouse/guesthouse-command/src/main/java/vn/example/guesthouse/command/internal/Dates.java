package vn.example.guesthouse.command.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.partyoffice.platform.api.InvalidInputException;

/** Dates typed on the command line: ISO ({@code 2026-04-06}), in the office's time zone. */
final class Dates {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private Dates() {
    }

    static LocalDate parse(String value, String option) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(option, "must be a date like 2026-04-06", value);
        }
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
