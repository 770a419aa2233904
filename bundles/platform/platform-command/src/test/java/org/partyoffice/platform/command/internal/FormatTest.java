package org.partyoffice.platform.command.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.partyoffice.platform.api.AccessDeniedException;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.InvalidInputException;

class FormatTest {

    @Test
    void datesAndTimes() {
        assertEquals("", Format.date(null));
        assertEquals("2025-07-01", Format.date(LocalDate.of(2025, 7, 1)));
        assertEquals("", Format.time(null, ZoneId.of("UTC")));
        assertEquals("2025-07-01 15:04:05",
                Format.time(Instant.parse("2025-07-01T08:04:05.900Z"), ZoneId.of("Asia/Ho_Chi_Minh")));
        assertEquals("", Format.number(null));
        assertEquals("42", Format.number(42L));
    }

    @Test
    void progressShowsDoneTotalAndPercent() {
        assertEquals("", Format.progress(0, 0));
        assertEquals("17", Format.progress(17, 0));
        assertEquals("0/10 (0%)", Format.progress(0, 10));
        assertEquals("3/10 (30%)", Format.progress(3, 10));
        assertEquals("2/3 (66%)", Format.progress(2, 3));
        assertEquals("10/10 (100%)", Format.progress(10, 10));
        assertEquals("12/10 (100%)", Format.progress(12, 10));
    }

    @Test
    void rolesMostPowerfulFirst() {
        assertEquals("admin, secretary, viewer", Format.roles(Set.of("viewer", "secretary", "admin")));
        assertEquals("it-admin, custom", Format.roles(Set.of("custom", "it-admin")));
        assertEquals("", Format.roles(Set.of()));
    }

    @Test
    void shortenKeepsOneLineAndVietnamese() {
        assertEquals("", Format.shorten(null, 10));
        assertEquals("Tỉnh ủy Lào Cai", Format.shorten("Tỉnh ủy\n  Lào Cai", 40));
        assertEquals("Ban Chấp…", Format.shorten("Ban Chấp hành Trung ương", 9));
    }

    @Test
    void errorLineNamesTheFieldOnce() {
        assertEquals("Error: type: must be one of A, B (it was 'X')",
                Format.error(new InvalidInputException("type", "must be one of A, B", "X")));
        assertEquals("Error: code: a unit with code '000.00.00.TW' already exists",
                Format.error(new ConflictException("code", "a unit with code '000.00.00.TW' already exists")));
        assertEquals("Error: parent: unit '9' does not exist",
                Format.error(new EntityNotFoundException("unit", 9, "parent")));
        assertEquals("Error: job 'x' does not exist", Format.error(new EntityNotFoundException("job", "x")));
        assertEquals("Error: account 'xem' lacks the role needed",
                Format.error(new AccessDeniedException("account 'xem' lacks the role needed")));
    }

    @Test
    void yesNo() {
        assertEquals("yes", Format.yesNo(true));
        assertEquals("no", Format.yesNo(false));
    }
}
