package org.partyoffice.signatures.rest.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.partyoffice.platform.api.InvalidInputException;

/** Reads request bodies up to a limit, so an oversized upload is refused without filling memory. */
final class Limits {

    /** Largest file accepted for signing or verification. */
    static final int MAX_BYTES = 50 * 1024 * 1024;

    private Limits() {
    }

    static byte[] read(InputStream in, String field) {
        return read(in, field, MAX_BYTES);
    }

    /** Reads up to {@code max} bytes; more is refused with 413. */
    static byte[] read(InputStream in, String field, int max) {
        if (in == null) {
            throw new InvalidInputException(field, "must not be empty");
        }
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            int total = 0;
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

    /** HTTP 413 with the field and the limit. */
    static final class PayloadTooLargeException extends org.partyoffice.platform.api.OfficeException {
        private static final long serialVersionUID = 1L;
        private final String field;

        PayloadTooLargeException(String field, int max) {
            super(field + ": must be at most " + (max / (1024 * 1024)) + " MB");
            this.field = field;
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
