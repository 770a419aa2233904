package org.partyoffice.meetings.impl.internal;

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
 * The module's printed reports (invitation, delegate list, election results) as A4 PDFs made
 * with PDFBox: lines of text that wrap, and tables whose header repeats on each page. The
 * standard PDF fonts have no Vietnamese letters, so a TrueType font that has them is embedded:
 * the first of the usual system fonts that exists (Debian: fonts-dejavu-core), as the documents
 * module does for its registers.
 */
final class ReportPdf implements AutoCloseable {

    static final List<Path> FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
            Path.of("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"));
    static final List<Path> BOLD_FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
            Path.of("/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
            Path.of("/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"));
    private static final PDRectangle SIZE = PDRectangle.A4;
    private static final float MARGIN = 50;
    private static final float BODY = 10;

    private final PDDocument pdf = new PDDocument();
    private final PDFont font;
    private final PDFont bold;
    private PDPageContentStream page;
    private float y;

    ReportPdf() {
        Path regular = FONTS.stream().filter(Files::isReadable).findFirst().orElseThrow(() -> new IllegalStateException(
                "no TrueType font with Vietnamese letters: install fonts-dejavu-core"));
        Path heavy = BOLD_FONTS.stream().filter(Files::isReadable).findFirst().orElse(regular);
        try {
            font = PDType0Font.load(pdf, regular.toFile());
            bold = heavy.equals(regular) ? font : PDType0Font.load(pdf, heavy.toFile());
            newPage();
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(e);
        }
    }

    static boolean fontAvailable() {
        return FONTS.stream().anyMatch(Files::isReadable);
    }

    private float width() {
        return SIZE.getWidth() - 2 * MARGIN;
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage p = new PDPage(SIZE);
        pdf.addPage(p);
        page = new PDPageContentStream(pdf, p);
        y = SIZE.getHeight() - MARGIN;
    }

    private void room(float needed) throws IOException {
        if (y - needed < MARGIN) {
            newPage();
        }
    }

    /** A paragraph, wrapped at word boundaries to the page's width. */
    ReportPdf text(String text, float size, boolean heavy) {
        try {
            PDFont f = heavy ? bold : font;
            for (String line : wrap(f, size, text == null ? "" : text, width())) {
                room(size * 1.4f);
                y -= size * 1.4f;
                show(f, size, MARGIN, y, line);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ReportPdf text(String text) {
        return text(text, BODY, false);
    }

    /** A line centred on the page (a report's heading). */
    ReportPdf centred(String text, float size, boolean heavy) {
        try {
            PDFont f = heavy ? bold : font;
            room(size * 1.6f);
            y -= size * 1.6f;
            String t = fit(f, size, text, width());
            show(f, size, MARGIN + (width() - f.getStringWidth(t) / 1000 * size) / 2, y, t);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A line on the right (the classification mark). */
    ReportPdf right(String text, float size, boolean heavy) {
        try {
            PDFont f = heavy ? bold : font;
            room(size * 1.4f);
            y -= size * 1.4f;
            show(f, size, MARGIN + width() - f.getStringWidth(text) / 1000 * size, y, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ReportPdf gap() {
        y -= BODY;
        return this;
    }

    /**
     * A table: {@code widths} are the columns' shares of the page width; a cell too long for its
     * column wraps onto more lines, so a name or a reason is never cut on paper.
     */
    ReportPdf table(List<String> header, float[] widths, List<List<String>> rows) {
        try {
            List<List<String>> head = cells(header, widths, bold);
            room(height(head) + BODY * 1.6f);
            row(head, widths, true);
            for (List<String> r : rows) {
                List<List<String>> lines = cells(r, widths, font);
                if (y - height(lines) < MARGIN) {
                    newPage();
                    row(head, widths, true);
                }
                row(lines, widths, false);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<List<String>> cells(List<String> cells, float[] widths, PDFont f) throws IOException {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < cells.size() && i < widths.length; i++) {
            out.add(wrap(f, BODY, cells.get(i) == null ? "" : cells.get(i), widths[i] * width() - 6));
        }
        return out;
    }

    private static float height(List<List<String>> cells) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return lines * BODY * 1.25f + BODY * 0.6f;
    }

    private void row(List<List<String>> cells, float[] widths, boolean heavy) throws IOException {
        PDFont f = heavy ? bold : font;
        float top = y;
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            float at = top;
            for (String line : cells.get(i)) {
                at -= BODY * 1.25f;
                show(f, BODY, x, at, line);
            }
            x += widths[i] * width();
        }
        y = top - height(cells);
        page.setLineWidth(heavy ? 0.8f : 0.3f);
        page.moveTo(MARGIN, y + 2);
        page.lineTo(MARGIN + width(), y + 2);
        page.stroke();
    }

    byte[] finish() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page.close();
            page = null;
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        try {
            if (page != null) {
                page.close();
                page = null;
            }
            pdf.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void show(PDFont f, float size, float x, float at, String text) throws IOException {
        page.beginText();
        page.setFont(f, size);
        page.newLineAtOffset(x, at);
        page.showText(text);
        page.endText();
    }

    /** Control characters and newlines have no glyph: a table cell or a wrapped line shows them as spaces. */
    private static String clean(String text) {
        return text == null ? "" : text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    }

    static List<String> wrap(PDFont f, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R")) {
            StringBuilder line = new StringBuilder();
            for (String word : clean(paragraph).split(" ")) {
                if (line.isEmpty()) {
                    line.append(fit(f, size, word, width));
                } else if (f.getStringWidth(line + " " + word) / 1000 * size > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(fit(f, size, word, width));
                } else {
                    line.append(' ').append(word);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Cuts {@code text} with an ellipsis so it fits {@code width} points. */
    static String fit(PDFont f, float size, String text, float width) throws IOException {
        String t = clean(text);
        if (f.getStringWidth(t) / 1000 * size <= width) {
            return t;
        }
        while (!t.isEmpty() && f.getStringWidth(t + "…") / 1000 * size > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }
}
