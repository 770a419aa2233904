package org.partyoffice.platform.api;

import java.time.LocalDate;

/**
 * A unit of the organisation tree at one point of its history.
 *
 * @param id          stable internal id; never reused
 * @param code        agency identification code, unique across all units ever created
 * @param name        display name, e.g. {@code Tỉnh ủy Lào Cai}
 * @param type        the kind of unit
 * @param parentId    the parent unit's id, {@code null} for a root
 * @param validFrom   first day the unit exists
 * @param validTo     first day it no longer exists (exclusive), {@code null} while current
 * @param successorId the unit it was merged into, {@code null} unless merged
 */
public record Unit(long id, String code, String name, UnitType type, Long parentId,
                   LocalDate validFrom, LocalDate validTo, Long successorId) {

    /** True when the unit exists on {@code date}. */
    public boolean validOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || validTo.isAfter(date));
    }
}
