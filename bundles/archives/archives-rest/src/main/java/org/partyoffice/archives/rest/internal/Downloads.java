package org.partyoffice.archives.rest.internal;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * {@code Content-Disposition} for downloads: an ASCII {@code filename} for old clients and the
 * real name as RFC 5987 {@code filename*} (UTF-8, percent-encoded), which browsers prefer.
 */
final class Downloads {

    private Downloads() {
    }

    static String attachment(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "file" : fileName;
        return "attachment; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + rfc5987(name);
    }

    /** The name with diacritics removed and anything else outside printable ASCII (and quotes) as '_'. */
    static String asciiFallback(String name) {
        String folded = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        StringBuilder b = new StringBuilder(folded.length());
        for (char ch : folded.toCharArray()) {
            b.append(ch >= 0x20 && ch < 0x7f && ch != '"' && ch != '\\' ? ch : '_');
        }
        return b.toString();
    }

    /** RFC 5987 value-chars: attr-char as is, every other byte of the UTF-8 form as %XX. */
    static String rfc5987(String name) {
        StringBuilder b = new StringBuilder();
        for (byte raw : name.getBytes(StandardCharsets.UTF_8)) {
            int c = raw & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return b.toString();
    }
}
