package org.partyoffice.documents.api;

import java.util.Locale;

import org.partyoffice.platform.api.InvalidInputException;

/** How fast a document must be handled, lowest first. */
public enum Urgency {
    NORMAL("Thường", "Normal"),
    KHAN("Khẩn", "Urgent"),
    THUONG_KHAN("Thượng khẩn", "Very urgent"),
    HOA_TOC("Hỏa tốc", "Flash");

    private final String vietnamese;
    private final String english;

    Urgency(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public String label(String language) {
        return "en".equals(language) ? english : vietnamese;
    }

    /** The constant name ({@code THUONG_KHAN}) or a label in either language, any case; {@code null} is NORMAL. */
    public static Urgency parse(String text) {
        if (text == null || text.isBlank()) {
            return NORMAL;
        }
        String t = text.trim();
        for (Urgency u : values()) {
            if (u.name().equalsIgnoreCase(t) || u.vietnamese.equalsIgnoreCase(t) || u.english.equalsIgnoreCase(t)
                    || u.name().equals(t.toUpperCase(Locale.ROOT).replace(' ', '_'))) {
                return u;
            }
        }
        throw new InvalidInputException("urgency", "must be one of NORMAL, KHAN, THUONG_KHAN, HOA_TOC", text);
    }
}
