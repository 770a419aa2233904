package org.partyoffice.finance.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The Party asset register: registration, straight-line depreciation, handovers between
 * custodians and units, the yearly inventory check with its discrepancies, and disposal, each
 * kept in the asset's history. Changes need the {@code accountant} (or {@code admin}) role.
 */
@ProviderType
public interface AssetService {

    Asset register(NewAsset asset);

    Optional<Asset> asset(long id);

    Optional<Asset> byCode(String code);

    /** The unit's assets (with {@code rollUp}, of the units under it too), disposed ones included. */
    List<Asset> assets(long unitId, boolean rollUp);

    Depreciation depreciation(long assetId, LocalDate asOf);

    /** Hands the asset to another custodian and/or unit ({@code toUnitId} {@code null}: same unit). */
    Asset handover(long assetId, Long toUnitId, String toCustodian, LocalDate date, String note);

    Asset dispose(long assetId, LocalDate date, String reason);

    List<AssetEvent> history(long assetId);

    /** Starts the unit's check for {@code year} (one per unit and year) listing its assets in use. */
    InventoryCheck startInventory(long unitId, int year);

    /** Records one asset counted: found or not, with an optional note of its condition. */
    InventoryCheck count(long inventoryId, long assetId, boolean found, String note);

    /** Closes the check: uncounted assets are recorded as not found. */
    InventoryCheck closeInventory(long inventoryId);

    Optional<InventoryCheck> inventory(long inventoryId);
}
