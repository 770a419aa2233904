package org.partyoffice.documents.impl.internal;

import java.util.Set;
import java.util.stream.Collectors;

import org.partyoffice.platform.api.Clearance;

/**
 * What a reader may see: documents classified at or below {@code clearance}, of the units in
 * {@code units} (the subtree of the {@code committee} they serve; both {@code null}: every unit),
 * plus what was distributed to those units.
 */
record Scope(Clearance clearance, Long committee, Set<Long> units) {

    static Scope everything(Clearance clearance) {
        return new Scope(clearance, null, null);
    }

    boolean allUnits() {
        return units == null;
    }

    boolean covers(long unitId) {
        return units == null || units.contains(unitId);
    }

    /** {@code (1,2,3)} for an IN clause: ids are numbers, so inlining them is safe and keeps statements small. */
    String inList() {
        return units.isEmpty() ? "(-1)" : units.stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
    }

    /** The SQL condition on a document alias {@code d} (clearance is bound separately). */
    String documentCondition(String d) {
        if (units == null) {
            return "1=1";
        }
        String in = inList();
        return "(" + d + ".UNIT_ID IN " + in + " OR " + d + ".ID IN (SELECT SOURCE_DOCUMENT_ID FROM DOCUMENTS.INCOMING "
                + "WHERE UNIT_ID IN " + in + "))";
    }
}
