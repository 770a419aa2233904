package org.partyoffice.finance.impl.internal;

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
 * A report as an A4 landscape PDF with PDFBox: a heading and a table whose column widths follow
 * the length of their contents. Vietnamese needs a TrueType font with its letters; the first of
 * the usual system fonts that exists is embedded (Debian: fonts-dejavu-core), as in documents.
 */
final class ReportPdf {

    static final List<Path> FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
            Path.of("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"));
    private static final float MARGIN = 40;
    private static final float LEADING = 13;
    private static final float SIZE = 8;

    private ReportPdf() {
    }

    static byte[] print(String heading, List<String> header, List<List<String>> rows) {
        Path fontFile = FONTS.stream().filter(Files::isReadable).findFirst().orElseThrow(() -> new IllegalStateException(
                "no TrueType font with Vietnamese letters: install fonts-dejavu-core"));
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont font = PDType0Font.load(pdf, fontFile.toFile());
            PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            float[] columns = columns(header, rows, size.getWidth() - 2 * MARGIN);
            List<List<String>> lines = new ArrayList<>();
            lines.add(header);
            lines.addAll(rows);
            int perPage = (int) ((size.getHeight() - 2 * MARGIN - 2 * LEADING) / LEADING);
            for (int start = 0; start < lines.size(); start += perPage) {
                PDPage page = new PDPage(size);
                pdf.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(pdf, page)) {
                    float y = size.getHeight() - MARGIN;
                    text(s, font, 12, MARGIN, y, heading);
                    y -= 2 * LEADING;
                    for (List<String> line : lines.subList(start, Math.min(lines.size(), start + perPage))) {
                        float x = MARGIN;
                        for (int col = 0; col < line.size() && col < columns.length; col++) {
                            text(s, font, SIZE, x, y, fit(font, line.get(col), columns[col] - 6));
                            x += columns[col];
                        }
                        y -= LEADING;
                    }
                }
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Widths proportional to each column's longest cell (between 6 and 40 characters). */
    private static float[] columns(List<String> header, List<List<String>> rows, float width) {
        float[] weights = new float[header.size()];
        for (int i = 0; i < header.size(); i++) {
            int longest = header.get(i).length();
            for (List<String> row : rows) {
                if (i < row.size() && row.get(i) != null) {
                    longest = Math.max(longest, row.get(i).length());
                }
            }
            weights[i] = Math.max(6, Math.min(40, longest));
        }
        float sum = 0;
        for (float w : weights) {
            sum += w;
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] = weights[i] / sum * width;
        }
        return weights;
    }

    private static void text(PDPageContentStream s, PDFont font, float size, float x, float y, String text) throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, y);
        s.showText(text == null ? "" : text);
        s.endText();
    }

    /** Cuts {@code text} with an ellipsis so it fits {@code width} points. */
    private static String fit(PDFont font, String text, float width) throws IOException {
        String t = text == null ? "" : text.replaceAll("\\s+", " ");
        if (font.getStringWidth(t) / 1000 * SIZE <= width) {
            return t;
        }
        while (!t.isEmpty() && font.getStringWidth(t + "…") / 1000 * SIZE > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }
}
