package org.partyoffice.signatures.impl.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.partyoffice.platform.api.InvalidInputException;

/** Opening an uploaded PDF, with a clear {@link InvalidInputException} on field {@code pdf} when it is not one. */
final class PdfFiles {

    /** A PDF's header ({@code %PDF-1.x}) must be within its first kilobyte. */
    private static final int HEADER_WINDOW = 1024;

    private PdfFiles() {
    }

    static void requirePdf(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            throw new InvalidInputException("pdf", "must not be empty");
        }
        String start = new String(pdf, 0, Math.min(pdf.length, HEADER_WINDOW), StandardCharsets.ISO_8859_1);
        if (!start.contains("%PDF-")) {
            throw new InvalidInputException("pdf", "is not a PDF file (no %PDF- header)");
        }
    }

    /** Parses the file; the caller closes the document. */
    static PDDocument load(byte[] pdf) {
        requirePdf(pdf);
        try {
            return Loader.loadPDF(pdf);
        } catch (InvalidPasswordException e) {
            throw new InvalidInputException("pdf", "is protected with a password; remove the protection before signing");
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("pdf", "is not a readable PDF file (" + e.getMessage() + ")");
        }
    }
}
