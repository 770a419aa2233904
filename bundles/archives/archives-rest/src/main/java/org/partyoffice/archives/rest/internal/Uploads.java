package org.partyoffice.archives.rest.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;

import javax.ws.rs.core.MediaType;

import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.OfficeException;

/**
 * File uploads, as in documents-rest: the body is the file, {@code Content-Type} its media type and
 * {@code X-File-Name} its name, percent-encoded UTF-8 (HTTP headers carry only ASCII safely, and
 * Vietnamese file names are the rule here); JSON bodies may carry files as base64 instead. Bodies are
 * read up to a limit, so an oversized upload is refused with 413 without filling memory or disk.
 */
final class Uploads {

    static final String FILE_NAME_HEADER = "X-File-Name";

    private Uploads() {
    }

    /** The decoded {@code X-File-Name}; a literal '+' stays a '+', as in a path, not a form. */
    static String fileName(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            throw new InvalidInputException(FILE_NAME_HEADER, "is required: the file's name, percent-encoded UTF-8");
        }
        try {
            return URLDecoder.decode(encoded.strip().replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(FILE_NAME_HEADER, "must be percent-encoded UTF-8", encoded);
        }
    }

    /** {@code type/subtype} without parameters, or {@code null}. */
    static String mediaType(MediaType type) {
        if (type == null) {
            return null;
        }
        String base = (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
        // text keeps its charset, so the download is shown as it was written
        String charset = type.getParameters().get("charset");
        return "text".equalsIgnoreCase(type.getType()) && charset != null ? base + ";charset=" + charset : base;
    }

    /** Reads up to {@code max} bytes; more is refused with 413, nothing with 422. */
    static byte[] read(InputStream in, String field, long max) {
        if (in == null) {
            throw new InvalidInputException(field, "must not be empty");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        copy(in, out, field, max);
        return out.toByteArray();
    }

    /** Writes the body to {@code target} up to {@code max} bytes; a refused body leaves no file. */
    static void save(InputStream in, Path target, String field, long max) {
        if (in == null) {
            throw new InvalidInputException(field, "must not be empty");
        }
        boolean done = false;
        try (OutputStream out = Files.newOutputStream(target)) {
            copy(in, out, field, max);
            done = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!done) {
                try {
                    Files.deleteIfExists(target);
                } catch (IOException ignored) {
                    // the upload folder is swept on the next start
                }
            }
        }
    }

    private static void copy(InputStream in, OutputStream out, String field, long max) {
        try (in) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > max) {
                    throw new PayloadTooLargeException(field, max);
                }
                out.write(buffer, 0, n);
            }
            if (total == 0) {
                throw new InvalidInputException(field, "must not be empty");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A base64 file of a JSON body (standard or URL-safe alphabet, line breaks allowed). */
    static byte[] base64(String content, String field, long max) {
        if (content == null || content.isBlank()) {
            throw new InvalidInputException(field, "must not be empty: the file as base64");
        }
        if (content.length() / 4 * 3 > max + 3) {
            throw new PayloadTooLargeException(field, max);
        }
        String clean = content.replaceAll("\\s+", "");
        try {
            byte[] bytes = clean.indexOf('-') >= 0 || clean.indexOf('_') >= 0 ? Base64.getUrlDecoder().decode(clean)
                    : Base64.getDecoder().decode(clean);
            if (bytes.length == 0) {
                throw new InvalidInputException(field, "must not be empty: the file as base64");
            }
            if (bytes.length > max) {
                throw new PayloadTooLargeException(field, max);
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "must be base64", null);
        }
    }

    /** A classification by constant or label (Tuyệt mật); {@link Clearance#parse} names its error {@code clearance}. */
    static Clearance classification(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Clearance.parse(value);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(field, e.rule(), value);
        }
    }

    /** HTTP 413 naming the field and the limit. */
    static final class PayloadTooLargeException extends OfficeException {
        private static final long serialVersionUID = 1L;
        private final String field;

        PayloadTooLargeException(String field, long max) {
            super(field + ": must be at most " + describe(max));
            this.field = field;
        }

        private static String describe(long max) {
            return max >= 1024 * 1024 && max % (1024 * 1024) == 0 ? max / (1024 * 1024) + " MB" : max + " bytes";
        }

        @Override
        public int status() {
            return 413;
        }

        @Override
        public String problemType() {
            return "payload-too-large";
        }

        @Override
        public String field() {
            return field;
        }
    }
}
