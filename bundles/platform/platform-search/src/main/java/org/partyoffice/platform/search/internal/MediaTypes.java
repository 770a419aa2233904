package org.partyoffice.platform.search.internal;

import java.util.Locale;

/** The media types text extraction reads, compared without parameters or case. */
final class MediaTypes {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private MediaTypes() {
    }

    /** {@code Text/Plain; charset=UTF-8} → {@code text/plain}; null → "". */
    static String essence(String mediaType) {
        if (mediaType == null) {
            return "";
        }
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    static boolean isText(String essence) {
        return essence.startsWith("text/") && essence.length() > "text/".length();
    }
}
