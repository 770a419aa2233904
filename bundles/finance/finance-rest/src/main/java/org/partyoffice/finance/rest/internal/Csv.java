package org.partyoffice.finance.rest.internal;

import java.util.List;

/**
 * RFC 4180 CSV with a byte-order mark, the way finance's report files are, so spreadsheet
 * programs read the diacritics right (the impl's writer is internal to that bundle).
 */
final class Csv {

    private Csv() {
    }

    static String write(List<String> header, List<List<String>> rows) {
        StringBuilder b = new StringBuilder("\uFEFF");
        line(b, header);
        for (List<String> row : rows) {
            line(b, row);
        }
        return b.toString();
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
