package org.partyoffice.finance.impl.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** RFC 4180 CSV, UTF-8 with a byte-order mark so spreadsheet programs read the diacritics right. */
final class Csv {

    private Csv() {
    }

    static byte[] write(List<String> header, List<List<String>> rows) {
        StringBuilder b = new StringBuilder("\uFEFF");
        line(b, header);
        for (List<String> row : rows) {
            line(b, row);
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String cell = cells.get(i) == null ? "" : cells.get(i);
            if (cell.matches("(?s).*[\",\r\n].*")) {
                b.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                b.append(cell);
            }
        }
        b.append("\r\n");
    }
}
