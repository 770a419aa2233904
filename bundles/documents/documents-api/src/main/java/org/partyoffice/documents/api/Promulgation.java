package org.partyoffice.documents.api;

import java.time.LocalDate;
import java.util.List;

/**
 * How a signed document is promulgated.
 *
 * @param date         the day of promulgation; today when {@code null}
 * @param congressId   the {@link CongressRegister} whose one sequence numbers it (a Congress
 *                     document), or {@code null} for the issuing unit's own register
 * @param jointIssuers for a joint document (văn bản liên tịch), the abbreviations of the bodies
 *                     issuing it together with the lead body, in order (e.g. {@code UBND}); the
 *                     number is the lead body's, the type gets {@code LT} and the symbol lists
 *                     them all, e.g. {@code 05-HDLT/TU-UBND}; empty or {@code null} for a
 *                     document of one body
 */
public record Promulgation(LocalDate date, Long congressId, List<String> jointIssuers) {

    public Promulgation {
        jointIssuers = jointIssuers == null ? List.of() : List.copyOf(jointIssuers);
    }

    /** A document of one body, numbered in its own register. */
    public static Promulgation on(LocalDate date) {
        return new Promulgation(date, null, List.of());
    }
}
