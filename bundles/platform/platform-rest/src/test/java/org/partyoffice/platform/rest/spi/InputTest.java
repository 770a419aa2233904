package org.partyoffice.platform.rest.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import javax.ws.rs.core.Response;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.InvalidInputException;

class InputTest {

    private enum Kind { CHI_THUONG_XUYEN, CHI_DAI_HOI }

    private static InvalidInputException rejected(Executable call, String field) {
        InvalidInputException e = assertThrows(InvalidInputException.class, call);
        assertEquals(field, e.field());
        assertEquals(422, e.status());
        return e;
    }

    @Test
    void aMissingBodyOrRequiredValueNamesTheField() {
        Object body = new Object();
        assertSame(body, Input.body(body));
        rejected(() -> Input.body(null), "body");
        assertEquals("Nhà khách Tỉnh ủy", Input.required("  Nhà khách Tỉnh ủy ", "title"));
        assertEquals("is required", rejected(() -> Input.required(" ", "title"), "title").rule());
        rejected(() -> Input.required(null, "title"), "title");
    }

    @Test
    void wholeNumbers() {
        assertNull(Input.optionalLong(null, "unitId"));
        assertNull(Input.optionalLong(" ", "unitId"));
        assertEquals(12_500_000L, Input.optionalLong(" 12500000 ", "amount"));
        assertEquals(7L, Input.requiredLong("7", "unitId"));
        assertEquals(3, Input.requiredInt("3", "seats"));
        assertNull(Input.optionalInt("", "seats"));
        assertEquals(100, Input.intOr(null, "limit", 100));
        assertEquals(25, Input.intOr("25", "limit", 100));
        InvalidInputException e = rejected(() -> Input.optionalLong("12.500.000", "amount"), "amount");
        assertTrue(e.getMessage().contains("'12.500.000'"), e.getMessage());
        rejected(() -> Input.requiredLong(null, "unitId"), "unitId");
        rejected(() -> Input.requiredInt("3000000000", "seats"), "seats");
        rejected(() -> Input.intOr("mười", "limit", 100), "limit");
    }

    @Test
    void flags() {
        assertTrue(Input.flag(null, "rollUp", true));
        assertFalse(Input.flag("", "rollUp", false));
        for (String yes : List.of("true", "YES", " 1 ")) {
            assertTrue(Input.flag(yes, "rollUp", false), yes);
        }
        for (String no : List.of("false", "No", "0")) {
            assertFalse(Input.flag(no, "rollUp", true), no);
        }
        assertEquals("must be true or false", rejected(() -> Input.flag("có", "rollUp", false), "rollUp").rule());
    }

    @Test
    void enumsByNameInAnyCaseAndTheErrorListsThem() {
        assertEquals(Kind.CHI_DAI_HOI, Input.optionalEnum(Kind.class, " chi_dai_hoi ", "kind"));
        assertNull(Input.optionalEnum(Kind.class, null, "kind"));
        assertEquals(Kind.CHI_THUONG_XUYEN, Input.requiredEnum(Kind.class, "CHI_THUONG_XUYEN", "kind"));
        assertEquals("must be one of CHI_THUONG_XUYEN, CHI_DAI_HOI",
                rejected(() -> Input.optionalEnum(Kind.class, "Chi đại hội", "kind"), "kind").rule());
        rejected(() -> Input.requiredEnum(Kind.class, "", "kind"), "kind");
    }

    @Test
    void instantsAreReadOnTheOfficeClockUnlessAnOffsetIsGiven() {
        assertEquals(Instant.parse("2026-04-05T17:00:00Z"), Input.optionalInstant("2026-04-06", "start"));
        assertEquals(Instant.parse("2026-04-06T01:30:00Z"), Input.optionalInstant("2026-04-06T08:30", "start"));
        assertEquals(Instant.parse("2026-04-06T01:30:00Z"), Input.optionalInstant("2026-04-06T08:30:00", "start"));
        assertEquals(Instant.parse("2026-04-06T01:00:00Z"), Input.requiredInstant("2026-04-06T01:00:00Z", "start"));
        assertEquals(Instant.parse("2026-04-06T01:00:00Z"), Input.requiredInstant("2026-04-06T08:00:00+07:00", "start"));
        assertNull(Input.optionalInstant(" ", "start"));
        rejected(() -> Input.requiredInstant(null, "end"), "end");
        rejected(() -> Input.optionalInstant("06/04/2026", "end"), "end");
        rejected(() -> Input.optionalInstant("2026-04-31T08:00", "end"), "end");
    }

    @Test
    void datesAndMonths() {
        assertEquals(LocalDate.of(2026, 4, 6), Input.requiredDate(" 2026-04-06 ", "date"));
        assertNull(Input.optionalDate("", "date"));
        assertEquals(LocalDate.of(2026, 2, 28), Input.optionalDate("2026-02-28", "date"));
        rejected(() -> Input.optionalDate("2026-02-29", "date"), "date");
        rejected(() -> Input.requiredDate(null, "date"), "date");
        assertEquals(YearMonth.of(2026, 3), Input.requiredMonth("2026-03", "month"));
        assertNull(Input.optionalMonth(null, "month"));
        assertEquals("must be a month like 2026-03", rejected(() -> Input.optionalMonth("03/2026", "month"), "month").rule());
    }

    @Test
    void classificationsByConstantOrVietnameseLabelNameTheCallersField() {
        assertNull(Input.optionalClearance(null, "classification"));
        assertEquals(Clearance.TOI_MAT, Input.optionalClearance("TOI_MAT", "classification"));
        assertEquals(Clearance.TUYET_MAT, Input.optionalClearance("Tuyệt mật", "classification"));
        assertEquals(Clearance.MAT, Input.optionalClearance(" mật ", "classification"));
        InvalidInputException e = rejected(() -> Input.optionalClearance("bí mật", "classification"), "classification");
        assertEquals("must be one of UNCLASSIFIED, MAT, TOI_MAT, TUYET_MAT", e.rule());
    }

    @Test
    void idListsNameTheBadPlace() {
        assertEquals(List.of(), Input.longs(null, "memberIds"));
        assertEquals(List.of(3L, 1L, 3L), Input.longs(List.of("3", " 1", "3"), "memberIds"));
        assertEquals(List.of(3L, 1L), List.copyOf(Input.longSet(List.of("3", "1", "3"), "memberIds")));
        rejected(() -> Input.longs(Arrays.asList("3", null), "memberIds"), "memberIds[1]");
        rejected(() -> Input.longs(List.of("3", "x"), "memberIds"), "memberIds[1]");
        assertEquals(List.of(), Input.strings(null));
        assertEquals(List.of("Phòng 101"), Input.strings(List.of("Phòng 101")));
    }

    @Test
    void createdAnswers201WithTheRecord() {
        Response r = Responses.created("hồ sơ");
        assertEquals(201, r.getStatus());
        assertEquals("hồ sơ", r.getEntity());
    }
}
