package org.partyoffice.platform.command.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.partyoffice.platform.api.OfficeException;
import org.partyoffice.platform.api.Roles;
import org.partyoffice.platform.command.spi.OfficeAction;

/** How the commands print values: plain functions, so they are unit-tested. */
final class Format {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Format() {
    }

    /** An ISO date, or empty. */
    static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** A moment as local date and time in {@code zone}, to the second, or empty. */
    static String time(Instant instant, ZoneId zone) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    /** A moment in the server's time zone. */
    static String time(Instant instant) {
        return time(instant, ZoneId.systemDefault());
    }

    /** An optional number, or empty. */
    static String number(Long value) {
        return value == null ? "" : value.toString();
    }

    /** {@code done/total (pct%)}; only {@code done} when the total is unknown (0), empty before any progress. */
    static String progress(long done, long total) {
        if (total <= 0) {
            return done <= 0 ? "" : Long.toString(done);
        }
        long percent = Math.max(0, Math.min(100, done * 100 / total));
        return done + "/" + total + " (" + percent + "%)";
    }

    /** Roles most powerful first (the order of {@link Roles#ALL}), unknown ones after them. */
    static String roles(Collection<String> roles) {
        List<String> sorted = new ArrayList<>();
        for (String r : Roles.ALL) {
            if (roles.contains(r)) {
                sorted.add(r);
            }
        }
        roles.stream().filter(r -> !Roles.ALL.contains(r)).sorted().forEach(sorted::add);
        return String.join(", ", sorted);
    }

    /** {@code yes} or {@code no}. */
    static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    /** At most {@code max} characters on one line, ending with an ellipsis when cut. */
    static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, Math.max(0, max - 1)) + "…";
    }

    /**
     * The one line a command prints for a domain error: {@code Error: <field>: <message>}, or
     * {@code Error: <message>} when the error is not about one field. Messages that already start
     * with their field (as {@code InvalidInputException}'s do) do not repeat it.
     */
    static String error(OfficeException e) {
        return OfficeAction.errorLine(e);
    }
}
