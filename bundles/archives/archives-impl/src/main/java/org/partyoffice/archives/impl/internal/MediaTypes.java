package org.partyoffice.archives.impl.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** Media types the archive recognises, by file name or by the first bytes. */
final class MediaTypes {

    static final String PDF = "application/pdf";
    static final String TIFF = "image/tiff";
    static final String JPEG = "image/jpeg";

    private MediaTypes() {
    }

    /** By extension; {@code null} when the name is not a PDF, TIFF or JPEG scan. */
    static String scan(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".pdf")) {
            return PDF;
        }
        if (n.endsWith(".tif") || n.endsWith(".tiff")) {
            return TIFF;
        }
        if (n.endsWith(".jpg") || n.endsWith(".jpeg")) {
            return JPEG;
        }
        return null;
    }

    /** By magic number, for files that come without a name (intake from the shared store). */
    static String sniff(InputStream in) throws IOException {
        byte[] head = in.readNBytes(8);
        if (head.length >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
            return PDF;
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        if (head.length >= 3 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8 && (head[2] & 0xff) == 0xff) {
            return JPEG;
        }
        if (head.length >= 4 && (head[0] == 'I' && head[1] == 'I' && head[2] == 42 || head[0] == 'M' && head[1] == 'M' && head[3] == 42)) {
            return TIFF;
        }
        return "application/octet-stream";
    }

    static String extension(String mediaType) {
        return switch (mediaType) {
            case PDF -> ".pdf";
            case TIFF -> ".tif";
            case JPEG -> ".jpg";
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> ".docx";
            default -> ".bin";
        };
    }
}
