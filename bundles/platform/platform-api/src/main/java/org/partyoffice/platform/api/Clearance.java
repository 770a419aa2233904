package org.partyoffice.platform.api;

import java.util.Locale;

/**
 * Security clearance of an account and classification of a piece of data, lowest first.
 * A reader may see data whose classification is at or below their clearance.
 */
public enum Clearance {
    UNCLASSIFIED("Thường", "Unclassified"),
    MAT("Mật", "Confidential"),
    TOI_MAT("Tối mật", "Secret"),
    TUYET_MAT("Tuyệt mật", "Top secret");

    private final String vietnamese;
    private final String english;

    Clearance(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /** True when a holder of this clearance may read data classified {@code classification}. */
    public boolean permits(Clearance classification) {
        return classification == null || classification.ordinal() <= ordinal();
    }

    /** The label in the given language ({@code vi} or {@code en}); Vietnamese by default. */
    public String label(String language) {
        return "en".equals(language) ? english : vietnamese;
    }

    /**
     * Parses the constant name ({@code TOI_MAT}) or a label in either language ({@code Tối mật}),
     * ignoring case.
     *
     * @throws InvalidInputException naming field {@code clearance} when nothing matches
     */
    public static Clearance parse(String text) {
        if (text != null) {
            String t = text.trim();
            for (Clearance c : values()) {
                if (c.name().equalsIgnoreCase(t) || c.vietnamese.equalsIgnoreCase(t)
                        || c.english.equalsIgnoreCase(t)) {
                    return c;
                }
            }
            String upper = t.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            for (Clearance c : values()) {
                if (c.name().equals(upper)) {
                    return c;
                }
            }
        }
        throw new InvalidInputException("clearance",
                "must be one of UNCLASSIFIED, MAT, TOI_MAT, TUYET_MAT", text);
    }
}
