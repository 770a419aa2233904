package org.partyoffice.meetings.command.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.partyoffice.platform.api.InvalidInputException;

/** Office-time parsing and printing for the commands (Asia/Ho_Chi_Minh). */
final class Times {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final DateTimeFormatter SHOW = DateTimeFormatter.ofPattern("EEE dd/MM/yyyy HH:mm").withZone(ZONE);

    private Times() {
    }

    /** {@code 2026-03-10T08:00} (office time), or a date for its midnight. */
    static Instant parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        String t = text.strip();
        try {
            return t.length() == 10 ? LocalDate.parse(t).atStartOfDay(ZONE).toInstant()
                    : LocalDateTime.parse(t).atZone(ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a time like 2026-03-10T08:00 or a date like 2026-03-10", text);
        }
    }
}
