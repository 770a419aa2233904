package org.partyoffice.signatures.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.partyoffice.platform.api.InvalidInputException;

class CsvTest {

    @Test
    void plainRecordsWithCrlfLfAndATrailingNewline() {
        List<Csv.Row> rows = Csv.parse("a,b,c\r\nnguyễn.an,,3\nx,y,z\n", "csv", 100);
        assertEquals(3, rows.size());
        assertEquals(List.of("a", "b", "c"), rows.get(0).fields());
        assertEquals(List.of("nguyễn.an", "", "3"), rows.get(1).fields());
        assertEquals(3, rows.get(2).number());
    }

    @Test
    void quotedFieldsKeepCommasNewlinesAndDoubledQuotes() {
        List<Csv.Row> rows = Csv.parse("h1,h2\n\"Trần, Bình\",\"dòng 1\r\ndòng 2\"\n\"nói \"\"xin chào\"\"\",\"\"\nlast,\"x\"",
                "csv", 100);
        assertEquals(4, rows.size());
        assertEquals(List.of("Trần, Bình", "dòng 1\r\ndòng 2"), rows.get(1).fields());
        assertEquals(List.of("nói \"xin chào\"", ""), rows.get(2).fields());
        assertEquals(List.of("last", "x"), rows.get(3).fields());
        assertEquals(4, rows.get(3).number(), "a multi-line field is one row, as in a spreadsheet");
    }

    @Test
    void byteOrderMarkAndBlankLinesAreSkipped() {
        List<Csv.Row> rows = Csv.parse("\uFEFFa,b\n\n1,2\n", "csv", 100);
        assertEquals(2, rows.size());
        assertEquals(List.of("a", "b"), rows.get(0).fields());
        assertEquals(List.of("1", "2"), rows.get(1).fields());
        assertEquals(3, rows.get(1).number());
    }

    @Test
    void emptyTrailingFieldIsKept() {
        assertEquals(List.of("a", "", ""), Csv.parse("a,,\n", "csv", 10).get(0).fields());
    }

    @Test
    void malformedInputIsRefusedNamingTheRow() {
        InvalidInputException open = assertThrows(InvalidInputException.class, () -> Csv.parse("a,b\n1,\"open\n", "csv", 10));
        assertEquals("csv", open.field());
        assertTrue(open.getMessage().contains("row 2"), open.getMessage());
        assertThrows(InvalidInputException.class, () -> Csv.parse("a,b\"c\n", "csv", 10));
        assertThrows(InvalidInputException.class, () -> Csv.parse("\"a\"b,c\n", "csv", 10));
    }

    @Test
    void tooManyRowsAreRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Csv.parse("a\nb\nc\n", "csv", 2));
        assertEquals("csv", e.field());
    }
}
