package org.partyoffice.archives.impl.internal;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.partyoffice.archives.api.Dossier;
import org.partyoffice.platform.api.Clearance;

/**
 * What a reader may see: holdings classified at or below {@code clearance}, of the units in
 * {@code units} (the subtree of the {@code committee} they serve; both {@code null}: every unit).
 */
record ArchiveScope(Clearance clearance, Long committee, Set<Long> units) {

    static ArchiveScope everything(Clearance clearance) {
        return new ArchiveScope(clearance, null, null);
    }

    boolean covers(long unitId) {
        return units == null || units.contains(unitId);
    }

    boolean sees(Dossier d) {
        return covers(d.unitId()) && clearance.permits(d.classification());
    }

    /**
     * The SQL condition on a table alias with {@code UNIT_ID} and {@code CLASSIFICATION} columns.
     * Ids and enum names are inlined: they are numbers and constants, never user text.
     */
    String condition(String alias) {
        String visible = levels(alias);
        if (units == null) {
            return visible;
        }
        String in = units.isEmpty() ? "(-1)" : units.stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
        return visible + " AND " + alias + ".UNIT_ID IN " + in;
    }

    /** The SQL condition on the {@code CLASSIFICATION} column of a table alias alone. */
    String levels(String alias) {
        return alias + ".CLASSIFICATION IN " + Arrays.stream(Clearance.values()).filter(clearance::permits)
                .map(c -> "'" + c.name() + "'").collect(Collectors.joining(",", "(", ")"));
    }
}
