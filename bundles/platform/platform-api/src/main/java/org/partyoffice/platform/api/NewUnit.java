package org.partyoffice.platform.api;

import java.time.LocalDate;

/** What is needed to create a unit; {@code validFrom} defaults to today when {@code null}. */
public record NewUnit(String code, String name, UnitType type, Long parentId, LocalDate validFrom) {
}
