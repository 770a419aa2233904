package org.partyoffice.documents.impl.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import org.partyoffice.documents.api.Attachment;
import org.partyoffice.platform.api.InvalidInputException;

/** Checks on uploaded files: name, media type, size, and that a PDF is one. */
final class Attachments {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final Set<String> DRAFT_TYPES = Set.of(PDF, DOCX, "text/plain");
    static final Set<String> SCAN_TYPES = Set.of(PDF, "image/jpeg", "image/png", "image/tiff");
    static final Set<String> REPORT_TYPES = Set.of(PDF, DOCX, "text/plain", "image/jpeg", "image/png", "image/tiff");

    private Attachments() {
    }

    /** The file, checked; {@code field} names it in errors. Returns the normalised media type. */
    static String check(Attachment file, Set<String> allowed, long maxBytes, String field) {
        if (file == null || file.content() == null || file.content().length == 0) {
            throw new InvalidInputException(field, "is required and must not be empty");
        }
        if (file.content().length > maxBytes) {
            throw new InvalidInputException(field, "must be at most " + maxBytes / (1024 * 1024) + " MB");
        }
        String name = file.fileName() == null ? "" : file.fileName().strip();
        if (name.isEmpty() || name.length() > 255 || name.contains("/") || name.contains("\\")) {
            throw new InvalidInputException("fileName", "must be a file name of 1 to 255 characters without '/' or '\\'",
                    file.fileName());
        }
        String type = mediaType(file.mediaType());
        if (!allowed.contains(type)) {
            throw new InvalidInputException("mediaType", "must be one of " + String.join(", ", allowed.stream().sorted().toList()),
                    file.mediaType());
        }
        if (type.equals(PDF) && !startsWith(file.content(), "%PDF-")) {
            throw new InvalidInputException(field, "is not a PDF file (it does not start with %PDF-)");
        }
        if (type.equals(DOCX) && !startsWith(file.content(), "PK")) {
            throw new InvalidInputException(field, "is not a DOCX file (it is not a ZIP package)");
        }
        return type;
    }

    static String mediaType(String raw) {
        if (raw == null) {
            return "";
        }
        int semicolon = raw.indexOf(';');
        return (semicolon < 0 ? raw : raw.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] content, String magic) {
        byte[] m = magic.getBytes(StandardCharsets.US_ASCII);
        if (content.length < m.length) {
            return false;
        }
        for (int i = 0; i < m.length; i++) {
            if (content[i] != m[i]) {
                return false;
            }
        }
        return true;
    }
}
