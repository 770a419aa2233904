package org.partyoffice.platform.search.internal;

/** Small string helpers shared by the index and the extractors. */
final class Texts {

    private Texts() {
    }

    /** At most {@code max} chars of {@code text}, never ending in half a surrogate pair. */
    static String truncate(String text, int max) {
        if (max <= 0) {
            return "";
        }
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
