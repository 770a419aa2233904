package org.partyoffice.platform.command.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.partyoffice.platform.api.Unit;
import org.partyoffice.platform.api.UnitType;

class TreeLayoutTest {

    static Unit unit(long id, String code, Long parent) {
        return new Unit(id, code, "Đơn vị " + code, UnitType.DEPARTMENT, parent, LocalDate.of(2025, 7, 1), null, null);
    }

    private static List<String> render(List<Unit> units) {
        return TreeLayout.layout(units).stream().map(n -> TreeLayout.indent(n.unit().code(), n.depth())).toList();
    }

    @Test
    void childrenFollowTheirParentIndented() {
        List<Unit> units = List.of(unit(1, "TW", null), unit(2, "H37", 1L), unit(3, "VP", 2L), unit(4, "BTC", 2L),
                unit(5, "XA", 2L), unit(6, "CB", 5L));
        assertEquals(List.of("TW", "  H37", "    VP", "    BTC", "    XA", "      CB"), render(units));
    }

    @Test
    void childrenListedBeforeTheirParentAreMovedUnderIt() {
        // --all lists by id: a unit created by a merge has a higher id than the children moved under it.
        List<Unit> units = List.of(unit(1, "ROOT", null), unit(2, "OLD", null), unit(3, "CHILD", 9L),
                unit(9, "MERGED", 1L));
        assertEquals(List.of("ROOT", "  MERGED", "    CHILD", "OLD"), render(units));
    }

    @Test
    void aUnitWhoseParentIsNotListedIsARoot() {
        assertEquals(List.of("A", "B", "  C"), render(List.of(unit(1, "A", 77L), unit(2, "B", null), unit(3, "C", 2L))));
    }

    @Test
    void aCycleStillListsEveryUnitOnce() {
        assertEquals(List.of("A", "  B"), render(List.of(unit(1, "A", 2L), unit(2, "B", 1L))));
        assertEquals(List.of("S"), render(List.of(unit(1, "S", 1L))));
    }

    @Test
    void emptyAndIndent() {
        assertEquals(List.of(), TreeLayout.layout(List.of()));
        assertEquals("Tỉnh ủy", TreeLayout.indent("Tỉnh ủy", 0));
        assertEquals("    Văn phòng", TreeLayout.indent("Văn phòng", 2));
        assertEquals("x", TreeLayout.indent("x", -1));
    }
}
