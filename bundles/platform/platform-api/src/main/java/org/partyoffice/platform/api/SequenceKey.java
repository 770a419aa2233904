package org.partyoffice.platform.api;

/**
 * Names one gap-free sequence: a register (e.g. {@code outgoing:TU}), a document type
 * (e.g. {@code NQ}) and a period, which is a term ({@code 2025-2030}) or a year ({@code 2026}).
 */
public record SequenceKey(String register, String type, String period) {

    public SequenceKey {
        requireText(register, "register");
        requireText(type, "type");
        requireText(period, "period");
    }

    /** A sequence restarting each committee term, as Party guidance requires. */
    public static SequenceKey perTerm(String register, String type, String term) {
        return new SequenceKey(register, type, term);
    }

    /** A sequence restarting each calendar year, as Decree 30/2020 requires of state bodies. */
    public static SequenceKey perYear(String register, String type, int year) {
        return new SequenceKey(register, type, Integer.toString(year));
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "must not be empty");
        }
        if (value.length() > 100) {
            throw new InvalidInputException(field, "must be at most 100 characters");
        }
    }
}
