package org.partyoffice.signatures.impl.internal;

import java.util.ArrayList;
import java.util.List;

import org.partyoffice.platform.api.InvalidInputException;

/**
 * A small RFC 4180 reader: records separated by CRLF or LF, fields by commas; a field in double
 * quotes may hold commas, line breaks and doubled quotes ({@code ""}). A leading UTF-8 byte order
 * mark is skipped, blank lines are ignored, and malformed input (an unclosed quote, a quote inside
 * an unquoted field, text after a closing quote) is refused as an {@link InvalidInputException} on
 * {@code field}, naming the row.
 */
final class Csv {

    /** One record and its row in the file (1 = the first record, as a spreadsheet numbers it). */
    record Row(int number, List<String> fields) {
    }

    private Csv() {
    }

    static List<Row> parse(String text, String field, int maxRows) {
        if (text == null) {
            throw new InvalidInputException(field, "must not be empty");
        }
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        int row = 1;
        int i = 0;
        int n = s.length();
        boolean fieldStarted = false; // the record has content (so it is not a blank line)
        boolean atFieldStart = true;
        while (i < n) {
            char ch = s.charAt(i);
            if (ch == '"' && atFieldStart) {
                // A quoted field: up to the closing quote that is not doubled.
                int startRow = row;
                i++;
                while (true) {
                    if (i >= n) {
                        throw new InvalidInputException(field, "row " + startRow + ": a quoted field is not closed");
                    }
                    char q = s.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && s.charAt(i + 1) == '"') {
                            value.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    value.append(q);
                    i++;
                }
                fieldStarted = true;
                atFieldStart = false;
                if (i < n && s.charAt(i) != ',' && s.charAt(i) != '\r' && s.charAt(i) != '\n') {
                    throw new InvalidInputException(field, "row " + row + ": text after a closing quote");
                }
                continue;
            }
            if (ch == ',') {
                fields.add(value.toString());
                value.setLength(0);
                fieldStarted = true;
                atFieldStart = true;
                i++;
                continue;
            }
            if (ch == '\r' || ch == '\n') {
                i += ch == '\r' && i + 1 < n && s.charAt(i + 1) == '\n' ? 2 : 1;
                row = end(rows, fields, value, fieldStarted, row, field, maxRows);
                fieldStarted = false;
                atFieldStart = true;
                continue;
            }
            if (ch == '"') {
                throw new InvalidInputException(field, "row " + row + ": a quote inside an unquoted field "
                        + "(quote the whole field and double the quotes inside)");
            }
            value.append(ch);
            fieldStarted = true;
            atFieldStart = false;
            i++;
        }
        end(rows, fields, value, fieldStarted, row, field, maxRows);
        return rows;
    }

    /** Ends a record (a blank line is not one); returns the next row number. */
    private static int end(List<Row> rows, List<String> fields, StringBuilder value, boolean fieldStarted, int row,
                           String field, int maxRows) {
        if (!fieldStarted && fields.isEmpty()) {
            return row + 1;
        }
        fields.add(value.toString());
        value.setLength(0);
        if (rows.size() >= maxRows) {
            throw new InvalidInputException(field, "must have at most " + maxRows + " rows");
        }
        rows.add(new Row(row, List.copyOf(fields)));
        fields.clear();
        return row + 1;
    }
}
