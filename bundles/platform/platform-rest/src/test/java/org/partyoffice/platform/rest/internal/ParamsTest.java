package org.partyoffice.platform.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.partyoffice.platform.api.InvalidInputException;

class ParamsTest {

    @Test
    void dateDefaultsToToday() {
        assertEquals(LocalDate.now(), Params.date(null, "date"));
        assertEquals(LocalDate.now(), Params.date(" ", "date"));
        assertEquals(LocalDate.of(2025, 7, 1), Params.date(" 2025-07-01 ", "date"));
    }

    @Test
    void aBadDateNamesTheParameter() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Params.date("01/07/2025", "asOf"));
        assertEquals("asOf", e.field());
        assertEquals(422, e.status());
        assertTrue(e.getMessage().startsWith("asOf: "), e.getMessage());
        assertTrue(e.getMessage().contains("'01/07/2025'"), e.getMessage());
    }

    @Test
    void instantsFromDatesOrInstants() {
        assertNull(Params.instant(null, "from"));
        assertNull(Params.instant("", "from"));
        assertEquals(Instant.parse("2025-07-01T00:00:00Z"), Params.instant("2025-07-01", "from"));
        assertEquals(Instant.parse("2025-07-01T08:30:00Z"), Params.instant("2025-07-01T08:30:00Z", "from"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Params.instant("yesterday", "to"));
        assertEquals("to", e.field());
        assertThrows(InvalidInputException.class, () -> Params.instant("2025-13-01", "to"));
    }

    @Test
    void limitDefaultsAndBounds() {
        assertEquals(100, Params.limit(null, 100, 10_000));
        assertEquals(100, Params.limit("", 100, 10_000));
        assertEquals(25, Params.limit(" 25 ", 100, 10_000));
        assertEquals(10_000, Params.limit("10000", 100, 10_000));
        for (String bad : new String[] {"0", "-1", "10001"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> Params.limit(bad, 100, 10_000));
            assertEquals("limit", e.field());
            assertTrue(e.getMessage().contains("between 1 and 10000"), e.getMessage());
        }
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Params.limit("many", 100, 10_000));
        assertEquals("limit", e.field());
        assertTrue(e.getMessage().contains("whole number"), e.getMessage());
    }

    @Test
    void requiredNamesTheMissingValue() {
        assertEquals("x", Params.required("x", "code"));
        assertEquals("code", assertThrows(InvalidInputException.class, () -> Params.required(null, "code")).field());
        assertEquals("name", assertThrows(InvalidInputException.class, () -> Params.required("  ", "name")).field());
    }
}
