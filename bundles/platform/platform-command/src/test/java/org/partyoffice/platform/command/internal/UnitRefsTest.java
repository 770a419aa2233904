package org.partyoffice.platform.command.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.partyoffice.platform.api.EntityNotFoundException;

class UnitRefsTest {

    private final FakeOrganisation organisation = new FakeOrganisation(
            TreeLayoutTest.unit(1, "000.00.00.TW", null),
            TreeLayoutTest.unit(2, "000.00.00.H37", 1L),
            TreeLayoutTest.unit(3, "2024", 2L));

    @Test
    void byIdOrByCode() {
        assertEquals(2, UnitRefs.resolve(organisation, "2", "parent").id());
        assertEquals(2, UnitRefs.resolve(organisation, " 000.00.00.H37 ", "parent").id());
        assertEquals(1, UnitRefs.resolveId(organisation, "000.00.00.TW", "parent"));
        assertNull(UnitRefs.resolveId(organisation, null, "parent"));
        assertNull(UnitRefs.resolveId(organisation, " ", "parent"));
    }

    @Test
    void aNumberThatIsNoIdIsTriedAsACode() {
        assertEquals(3, UnitRefs.resolve(organisation, "2024", "parent").id());
    }

    @Test
    void anUnknownUnitNamesTheField() {
        EntityNotFoundException e = assertThrows(EntityNotFoundException.class,
                () -> UnitRefs.resolve(organisation, "000.99.00.H37", "--parent"));
        assertEquals("--parent", e.field());
        assertEquals("Error: --parent: unit '000.99.00.H37' does not exist", Format.error(e));
        assertThrows(EntityNotFoundException.class, () -> UnitRefs.resolve(organisation, "99", "units"));
    }

    @Test
    void describeShowsCodeAndId() {
        assertEquals("000.00.00.H37 (2)", UnitRefs.describe(organisation, 2L));
        assertEquals("42", UnitRefs.describe(organisation, 42L));
        assertEquals("", UnitRefs.describe(organisation, null));
    }
}
