package org.partyoffice.signatures.impl.internal;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Small PDFs made with PDFBox for the tests: two A4 pages of Vietnamese text in an embedded DejaVu Sans. */
final class TestPdf {

    static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    /** Written uncompressed into the document information, so a test can find and change it. */
    static final String TITLE = "Nghi quyet so 57-NQ/TW";

    private TestPdf() {
    }

    static byte[] document() {
        if (!Files.isReadable(DEJAVU)) {
            fail("The PDF tests write Vietnamese text in DejaVu Sans, which is missing: " + DEJAVU
                    + ". .ci/run installs it (apt-get install fonts-dejavu-core).");
        }
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, DEJAVU.toFile());
            String[][] pages = {
                    {"NGHỊ QUYẾT", "về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo",
                            "và chuyển đổi số quốc gia"},
                    {"Tổ chức thực hiện", "Các tỉnh ủy, thành ủy, các ban đảng... tổ chức quán triệt."}};
            for (String[] lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
                    float y = 780;
                    for (String line : lines) {
                        cs.beginText();
                        cs.setFont(font, 13);
                        cs.newLineAtOffset(60, y);
                        cs.showText(line);
                        cs.endText();
                        y -= 22;
                    }
                }
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(TITLE);
            info.setCreationDate(Calendar.getInstance());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
