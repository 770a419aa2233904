package org.partyoffice.itests;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** PDFs for the integration tests, written by hand so the tests need no PDF library. */
public final class TestPdfs {

    private TestPdfs() {
    }

    /** A one-page PDF written by hand (Helvetica, ASCII text), with a correct cross-reference table. */
    public static byte[] minimal(String text) {
        String content = "BT /F1 14 Tf 72 770 Td (" + text + ") Tj ET";
        List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        StringBuilder b = new StringBuilder("%PDF-1.7\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(b.length());
            b.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = b.length();
        b.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            b.append(String.format("%010d 00000 n \n", offset));
        }
        b.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return b.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
