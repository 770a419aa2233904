package org.partyoffice.documents.rest.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import javax.ws.rs.core.MediaType;

import org.partyoffice.documents.api.Attachment;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.OfficeException;

/**
 * Raw file uploads: the body is the file, {@code Content-Type} its media type and
 * {@code X-File-Name} its name, percent-encoded UTF-8 (HTTP headers carry only ASCII safely, and
 * Vietnamese file names are the rule here). Bodies are read up to a limit, so an oversized upload
 * is refused with 413 without filling memory.
 */
final class Uploads {

    static final String FILE_NAME_HEADER = "X-File-Name";

    private Uploads() {
    }

    /** The attachment from the request parts; {@code field} names the body in errors. */
    static Attachment attachment(InputStream body, MediaType type, String encodedName, long maxBytes, String field) {
        String name = fileName(encodedName);
        String mediaType = type == null ? null : type.getType() + "/" + type.getSubtype();
        return new Attachment(name, mediaType, read(body, field, maxBytes));
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

    /** Reads up to {@code max} bytes; more is refused with 413, nothing with 422. */
    static byte[] read(InputStream in, String field, long max) {
        if (in == null) {
            throw new InvalidInputException(field, "must not be empty");
        }
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
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
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
