package org.partyoffice.platform.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of merging units: the sources end the day before {@code effective} and point to
 * the new unit as their successor; their children move under it.
 */
public record UnitMerge(Unit merged, List<Unit> sources, List<Unit> movedChildren, LocalDate effective) {
}
