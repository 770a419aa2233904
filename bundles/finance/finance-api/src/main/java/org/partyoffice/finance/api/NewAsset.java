package org.partyoffice.finance.api;

import java.time.LocalDate;

/** An asset to register; see {@link Asset}. */
public record NewAsset(String code, String name, String category, long unitId, String custodian, LocalDate acquiredOn,
                       long costVnd, int usefulLifeYears) {
}
