package org.partyoffice.documents.impl.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A register printed as an A4 landscape PDF with PDFBox: a heading and one line per document.
 * Vietnamese needs a TrueType font with its letters; the first of the usual system fonts that
 * exists is embedded (Debian: fonts-dejavu-core).
 */
final class RegisterPdf {

    static final List<Path> FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
            Path.of("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"));
    private static final float MARGIN = 40;
    private static final float LEADING = 14;
    private static final float[] COLUMNS = {0, 90, 170, 250, 700};

    private RegisterPdf() {
    }

    /** {@code rows} are cells for the columns: symbol, date, type, summary, classification. */
    static byte[] print(String heading, List<String> header, List<List<String>> rows) {
        Path fontFile = FONTS.stream().filter(Files::isReadable).findFirst().orElseThrow(() -> new IllegalStateException(
                "no TrueType font with Vietnamese letters: install fonts-dejavu-core"));
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont font = PDType0Font.load(pdf, fontFile.toFile());
            PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            List<List<String>> lines = new ArrayList<>();
            lines.add(header);
            lines.addAll(rows);
            int perPage = (int) ((size.getHeight() - 2 * MARGIN - 2 * LEADING) / LEADING);
            for (int start = 0; start < lines.size() || start == 0; start += perPage) {
                PDPage page = new PDPage(size);
                pdf.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(pdf, page)) {
                    float y = size.getHeight() - MARGIN;
                    text(s, font, 13, MARGIN, y, heading);
                    y -= 2 * LEADING;
                    for (List<String> line : lines.subList(start, Math.min(lines.size(), start + perPage))) {
                        for (int col = 0; col < line.size() && col < COLUMNS.length; col++) {
                            float width = (col + 1 < COLUMNS.length ? COLUMNS[col + 1] - COLUMNS[col] : 100) - 6;
                            text(s, font, 9, MARGIN + COLUMNS[col], y, fit(font, 9, line.get(col), width));
                        }
                        y -= LEADING;
                    }
                }
                if (lines.isEmpty()) {
                    break;
                }
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(PDPageContentStream s, PDFont font, float size, float x, float y, String text) throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, y);
        s.showText(text == null ? "" : text);
        s.endText();
    }

    /** Cuts {@code text} with an ellipsis so it fits {@code width} points. */
    private static String fit(PDFont font, float size, String text, float width) throws IOException {
        String t = text == null ? "" : text.replaceAll("\\s+", " ");
        if (font.getStringWidth(t) / 1000 * size <= width) {
            return t;
        }
        while (!t.isEmpty() && font.getStringWidth(t + "…") / 1000 * size > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }
}
