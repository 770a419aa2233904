package org.partyoffice.finance.command.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.partyoffice.finance.api.Posting;
import org.partyoffice.platform.api.InvalidInputException;

/** Command-line values, each failing with the option it came from. */
final class Parse {

    private Parse() {
    }

    static LocalDate date(String text, String option, LocalDate otherwise) {
        if (text == null) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(option, "must be a date like 2026-03-02", text);
        }
    }

    static YearMonth month(String text, String option, YearMonth otherwise) {
        if (text == null) {
            return otherwise;
        }
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(option, "must be a month like 2026-03", text);
        }
    }

    /** {@code N:112:500000} (Nợ, debit) or {@code C:511:500000} (Có, credit); D works for N. */
    static List<Posting> postings(List<String> args) {
        List<Posting> postings = new ArrayList<>();
        for (String arg : args == null ? List.<String>of() : args) {
            String[] parts = arg.split(":");
            String side = parts.length == 3 ? parts[0].toUpperCase(Locale.ROOT) : "";
            long amount;
            try {
                amount = parts.length == 3 ? Long.parseLong(parts[2].replace(".", "").replace("_", "")) : -1;
            } catch (NumberFormatException e) {
                amount = -1;
            }
            if (amount < 0 || !(side.equals("N") || side.equals("D") || side.equals("C"))) {
                throw new InvalidInputException("postings", "each must be N:<account>:<VND> (debit) or C:<account>:<VND> (credit)",
                        arg);
            }
            postings.add(side.equals("C") ? Posting.credit(parts[1], amount) : Posting.debit(parts[1], amount));
        }
        return postings;
    }

    static String vnd(long amount) {
        return String.format(Locale.ROOT, "%,d", amount).replace(',', '.');
    }
}
