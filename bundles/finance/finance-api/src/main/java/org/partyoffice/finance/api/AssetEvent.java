package org.partyoffice.finance.api;

import java.time.LocalDate;

/**
 * One step in an asset's history: a handover records both units and custodians, a merge
 * ({@code MOVED}) the unit it moved from.
 */
public record AssetEvent(long assetId, AssetEventKind kind, LocalDate date, Long fromUnitId, Long toUnitId,
                         String fromCustodian, String toCustodian, String note, String actor) {
}
