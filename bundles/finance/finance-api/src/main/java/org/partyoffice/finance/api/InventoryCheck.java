package org.partyoffice.finance.api;

import java.util.List;

/** A unit's yearly inventory check (kiểm kê tài sản): every asset in use, counted or not. */
public record InventoryCheck(long id, long unitId, int year, boolean closed, List<InventoryLine> lines) {

    /** The lines with a discrepancy. */
    public List<InventoryLine> discrepancies() {
        return lines.stream().filter(InventoryLine::discrepancy).toList();
    }
}
