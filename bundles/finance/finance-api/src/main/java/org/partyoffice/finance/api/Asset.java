package org.partyoffice.finance.api;

import java.time.LocalDate;

/**
 * An entry of the Party asset register.
 *
 * @param code            the asset's code, unique, e.g. {@code TS-2025-001}
 * @param category        e.g. {@code MAY_TINH}, {@code XE_O_TO}, {@code NHA_CUA}
 * @param custodian       who holds it (a login or a name)
 * @param costVnd         acquisition value (nguyên giá)
 * @param usefulLifeYears the years it is depreciated over, straight line
 */
public record Asset(long id, String code, String name, String category, long unitId, long originUnitId,
                    String custodian, LocalDate acquiredOn, long costVnd, int usefulLifeYears, AssetStatus status,
                    LocalDate disposedOn, String disposalNote) {
}
