package org.partyoffice.platform.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

class AttachmentTextExtractionTest {

    private static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final String DOCX = MediaTypes.DOCX;
    private final AttachmentTextExtraction extraction = new AttachmentTextExtraction();

    @Test
    void pdfWithVietnameseText() throws IOException {
        assumeTrue(Files.isReadable(FONT), "needs DejaVu Sans (fonts-dejavu-core) for Vietnamese glyphs");
        byte[] pdf = pdf("Nghị quyết số 01-NQ/TU", "về chuyển đổi số — Tuyệt mật, Đảng bộ");
        String text = extraction.extract(new ByteArrayInputStream(pdf), "application/pdf", 10_000);
        String flat = text.replaceAll("\\s+", " ");
        assertTrue(flat.contains("Nghị quyết số 01-NQ/TU"), flat);
        assertTrue(flat.contains("Tuyệt mật, Đảng bộ"), flat);
        assertEquals("Nghị", extraction.extract(new ByteArrayInputStream(pdf), "Application/PDF", 4));
    }

    @Test
    void docxBuiltByHand() throws IOException {
        byte[] docx = docx("<w:p><w:r><w:t>Nghị quyết</w:t></w:r><w:r><w:tab/><w:t xml:space=\"preserve\"> về </w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>Đại hội &amp; bầu cử</w:t></w:r></w:p>");
        String text = extraction.extract(new ByteArrayInputStream(docx), DOCX, 1_000);
        assertEquals("Nghị quyết\t về \nĐại hội & bầu cử", text);
        assertEquals("Nghị q", extraction.extract(new ByteArrayInputStream(docx), DOCX, 6));
    }

    @Test
    void docxWithADoctypeIsRefused() throws IOException {
        Path secret = Files.createTempFile("secret", ".txt");
        Files.writeString(secret, "bí mật");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + "<w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>";
        assertEquals("", extraction.extract(new ByteArrayInputStream(zip("word/document.xml", xml)), DOCX, 1_000));
        Files.delete(secret);
    }

    @Test
    void textIsUtf8AndBounded() {
        byte[] bytes = "\uFEFFTờ trình về kế hoạch".getBytes(StandardCharsets.UTF_8);
        assertEquals("Tờ trình về kế hoạch", extraction.extract(new ByteArrayInputStream(bytes), "text/plain; charset=UTF-8", 100));
        assertEquals("Tờ trình", extraction.extract(new ByteArrayInputStream(bytes), "text/markdown", 8));
        assertEquals("a\uFFFDb", extraction.extract(new ByteArrayInputStream(new byte[] {'a', (byte) 0xC3, 'b'}), "text/csv", 10));
    }

    @Test
    void garbageGivesEmptyText() throws IOException {
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        assertEquals("", extraction.extract(new ByteArrayInputStream(noise), "application/pdf", 100));
        assertEquals("", extraction.extract(new ByteArrayInputStream("%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII)),
                "application/pdf", 100), "a truncated PDF");
        assertEquals("", extraction.extract(new ByteArrayInputStream(noise), DOCX, 100));
        assertEquals("", extraction.extract(new ByteArrayInputStream(zip("word/document.xml", "<w:document")), DOCX, 100));
        assertEquals("", extraction.extract(new ByteArrayInputStream(zip("other.xml", "<a/>")), DOCX, 100));
        assertEquals("", extraction.extract(failing(), "text/plain", 100));
        assertEquals("", extraction.extract(null, "text/plain", 100));
        assertEquals("", extraction.extract(new ByteArrayInputStream(noise), "image/png", 100));
        assertEquals("", extraction.extract(new ByteArrayInputStream("x".getBytes(StandardCharsets.UTF_8)), "text/plain", 0));
    }

    @Test
    void supportsThreeKinds() {
        assertTrue(extraction.supports("application/pdf"));
        assertTrue(extraction.supports(DOCX));
        assertTrue(extraction.supports("TEXT/HTML; charset=utf-8"));
        assertFalse(extraction.supports("text/"));
        assertFalse(extraction.supports("application/msword"));
        assertFalse(extraction.supports(null));
    }

    private static byte[] pdf(String... lines) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(doc, FONT.toFile());
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(font, 12);
                content.newLineAtOffset(72, 700);
                for (String line : lines) {
                    content.showText(line);
                    content.newLineAtOffset(0, -20);
                }
                content.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] docx(String body) throws IOException {
        return zip("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + body + "</w:body></w:document>");
    }

    private static byte[] zip(String entry, String xml) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(xml.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static InputStream failing() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };
    }
}
