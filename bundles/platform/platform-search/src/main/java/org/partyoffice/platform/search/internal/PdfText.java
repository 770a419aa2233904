package org.partyoffice.platform.search.internal;

import java.io.IOException;
import java.io.InputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text layer of a PDF with PDFBox, page by page until enough text is read. */
final class PdfText {

    private PdfText() {
    }

    static String extract(InputStream content, int maxChars) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(content))) {
            PDFTextStripper stripper = new PDFTextStripper();
            StringBuilder text = new StringBuilder();
            int pages = pdf.getNumberOfPages();
            // Page by page, so a long document stops being read once maxChars are in hand.
            for (int page = 1; page <= pages && text.length() < maxChars; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                text.append(stripper.getText(pdf));
            }
            return Texts.truncate(text.toString(), maxChars);
        }
    }
}
