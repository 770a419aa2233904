package org.partyoffice.platform.command.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.partyoffice.platform.api.InvalidInputException;

class ArgsTest {

    @Test
    void datesAreIsoOrAbsent() {
        assertNull(Args.date(null, "--date"));
        assertNull(Args.date("  ", "--date"));
        assertEquals(LocalDate.of(2025, 7, 1), Args.date(" 2025-07-01 ", "--date"));
    }

    @Test
    void aBadDateNamesTheOption() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Args.date("01/07/2025", "--from"));
        assertEquals("--from", e.field());
        assertTrue(e.getMessage().contains("2025-07-01"), e.getMessage());
        assertTrue(e.getMessage().contains("01/07/2025"), e.getMessage());
    }

    @Test
    void idOrCode() {
        assertEquals(OptionalLong.of(12), Args.id("12"));
        assertEquals(OptionalLong.of(7), Args.id(" 7 "));
        assertTrue(Args.id("000.00.00.H37").isEmpty());
        assertTrue(Args.id("-3").isEmpty());
        assertTrue(Args.id("").isEmpty());
        assertTrue(Args.id(null).isEmpty());
        assertTrue(Args.id("1234567890123456789012").isEmpty(), "too long for a long: a code, not an id");
    }

    @Test
    void rolesFromRepeatedOrCommaSeparatedOptions() {
        assertEquals(List.of("secretary", "signer", "viewer"),
                List.copyOf(Args.roles(Arrays.asList("Secretary", "signer, viewer", "secretary", " ", null))));
        assertTrue(Args.roles(null).isEmpty());
    }

    @Test
    void limitWithinBounds() {
        assertEquals(50, Args.limit(50, 100, "--limit"));
        assertEquals(100, Args.limit(100, 100, "--limit"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Args.limit(0, 100, "--limit"));
        assertEquals("--limit", e.field());
        assertEquals("Error: --limit: must be between 1 and 100 (it was '0')", Format.error(e));
        assertThrows(InvalidInputException.class, () -> Args.limit(101, 100, "--limit"));
    }
}
