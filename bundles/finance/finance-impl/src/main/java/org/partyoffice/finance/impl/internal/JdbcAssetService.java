package org.partyoffice.finance.impl.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.partyoffice.finance.api.Asset;
import org.partyoffice.finance.api.AssetEvent;
import org.partyoffice.finance.api.AssetEventKind;
import org.partyoffice.finance.api.AssetService;
import org.partyoffice.finance.api.AssetStatus;
import org.partyoffice.finance.api.Depreciation;
import org.partyoffice.finance.api.FinanceEvents;
import org.partyoffice.finance.api.InventoryCheck;
import org.partyoffice.finance.api.NewAsset;
import org.partyoffice.platform.api.AuditTrail;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.Transactions;

/** The asset register and its inventory checks, each change kept in the asset's history and the audit trail. */
@Component(service = AssetService.class)
public final class JdbcAssetService implements AssetService {

    private final Transactions tx;
    private final FinanceAccess access;
    private final AuditTrail audit;
    private final FinanceEventPublisher events;
    private final Clock clock;
    private final AssetStore store = new AssetStore();

    @Activate
    public JdbcAssetService(@Reference Transactions tx, @Reference FinanceAccess access, @Reference AuditTrail audit,
                            @Reference FinanceEventPublisher events, @Reference FinanceSchema schema) {
        this(tx, access, audit, events, Clock.systemUTC());
    }

    JdbcAssetService(Transactions tx, FinanceAccess access, AuditTrail audit, FinanceEventPublisher events, Clock clock) {
        this.tx = tx;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Asset register(NewAsset a) {
        Inputs.required(a, "asset");
        access.write(a.unitId(), FinanceAccess.BOOKKEEPERS);
        String code = Inputs.text(a.code(), 60, "code");
        Inputs.text(a.name(), 300, "name");
        String category = Inputs.code(a.category(), "category");
        Inputs.optional(a.custodian(), 200, "custodian");
        Inputs.required(a.acquiredOn(), "acquiredOn");
        Inputs.positive(a.costVnd(), "costVnd");
        if (a.usefulLifeYears() < 1 || a.usefulLifeYears() > 100) {
            throw new InvalidInputException("usefulLifeYears", "must be 1 to 100 years", a.usefulLifeYears());
        }
        String login = access.user().login();
        return tx.required(c -> {
            if (store.byCode(c, code).isPresent()) {
                throw new ConflictException("code", "an asset with code " + code + " is already registered");
            }
            long id = store.insert(c, a, category);
            store.event(c, new AssetEvent(id, AssetEventKind.REGISTERED, a.acquiredOn(), null, a.unitId(), null,
                    Inputs.optional(a.custodian(), 200, "custodian"), null, login), clock.millis());
            audit.append(FinanceSchema.MODULE, "asset.register", Long.toString(id), code + " " + a.name().strip() + " cost="
                    + a.costVnd() + " unit=" + a.unitId());
            return store.asset(c, id).orElseThrow();
        });
    }

    @Override
    public Optional<Asset> asset(long id) {
        Optional<Asset> a = tx.required(c -> store.asset(c, id));
        a.ifPresent(found -> access.read(found.unitId()));
        return a;
    }

    @Override
    public Optional<Asset> byCode(String code) {
        Optional<Asset> a = tx.required(c -> store.byCode(c, Inputs.text(code, 60, "code")));
        a.ifPresent(found -> access.read(found.unitId()));
        return a;
    }

    @Override
    public List<Asset> assets(long unitId, boolean rollUp) {
        Set<Long> units = access.units(unitId, rollUp, access.today());
        return tx.required(c -> store.assets(c, units));
    }

    @Override
    public Depreciation depreciation(long assetId, LocalDate asOf) {
        return Depreciations.of(get(assetId), asOf == null ? access.today() : asOf);
    }

    @Override
    public Asset handover(long assetId, Long toUnitId, String toCustodian, LocalDate date, String note) {
        Asset a = inUse(assetId);
        access.write(a.unitId(), FinanceAccess.BOOKKEEPERS);
        long target = toUnitId == null ? a.unitId() : access.write(toUnitId, FinanceAccess.BOOKKEEPERS).id();
        String custodian = Inputs.optional(toCustodian, 200, "toCustodian");
        LocalDate on = Inputs.required(date, "date");
        String n = Inputs.optional(note, 1000, "note");
        if (target == a.unitId() && java.util.Objects.equals(custodian, a.custodian())) {
            throw new InvalidInputException("toCustodian", "the asset is already with " + custodian + " in unit " + target);
        }
        String login = access.user().login();
        return tx.required(c -> {
            store.move(c, assetId, target, custodian);
            store.event(c, new AssetEvent(assetId, AssetEventKind.HANDED_OVER, on, a.unitId(), target, a.custodian(), custodian,
                    n, login), clock.millis());
            audit.append(FinanceSchema.MODULE, "asset.handover", Long.toString(assetId), a.unitId() + "/" + a.custodian() + " -> "
                    + target + "/" + custodian);
            return store.asset(c, assetId).orElseThrow();
        });
    }

    @Override
    public Asset dispose(long assetId, LocalDate date, String reason) {
        Asset a = inUse(assetId);
        access.write(a.unitId(), FinanceAccess.BOOKKEEPERS);
        LocalDate on = Inputs.required(date, "date");
        if (on.isBefore(a.acquiredOn())) {
            throw new InvalidInputException("date", "is before the asset was acquired (" + a.acquiredOn() + ")", on);
        }
        String why = Inputs.text(reason, 1000, "reason");
        String login = access.user().login();
        Asset disposed = tx.required(c -> {
            store.dispose(c, assetId, on, why);
            store.event(c, new AssetEvent(assetId, AssetEventKind.DISPOSED, on, a.unitId(), null, a.custodian(), null, why, login),
                    clock.millis());
            audit.append(FinanceSchema.MODULE, "asset.dispose", Long.toString(assetId), a.code() + ": " + why);
            return store.asset(c, assetId).orElseThrow();
        });
        events.post(FinanceEvents.ASSET_DISPOSED, Map.of(FinanceEvents.ASSET_ID, assetId, FinanceEvents.UNIT_ID, a.unitId()));
        return disposed;
    }

    @Override
    public List<AssetEvent> history(long assetId) {
        get(assetId);
        return tx.required(c -> store.history(c, assetId));
    }

    @Override
    public InventoryCheck startInventory(long unitId, int year) {
        access.write(unitId, FinanceAccess.BOOKKEEPERS);
        Inputs.year(year, "year");
        String login = access.user().login();
        return tx.required(c -> {
            if (store.inventoryExists(c, unitId, year)) {
                throw new ConflictException("year", "unit " + unitId + " already has its inventory check of " + year);
            }
            long id = store.insertInventory(c, unitId, year, login, clock.millis());
            audit.append(FinanceSchema.MODULE, "inventory.start", Long.toString(id), "unit=" + unitId + " year=" + year);
            return store.inventory(c, id).orElseThrow();
        });
    }

    @Override
    public InventoryCheck count(long inventoryId, long assetId, boolean found, String note) {
        InventoryCheck check = openInventory(inventoryId);
        String n = Inputs.optional(note, 1000, "note");
        String login = access.user().login();
        return tx.required(c -> {
            if (!store.count(c, inventoryId, assetId, found, n, login)) {
                throw new InvalidInputException("assetId", "is not on the list of inventory check " + inventoryId
                        + " (assets in use in unit " + check.unitId() + " when it started)", assetId);
            }
            store.event(c, new AssetEvent(assetId, AssetEventKind.COUNTED, access.today(), check.unitId(), null, null, null,
                    (found ? "có" : "không tìm thấy") + (n == null ? "" : ": " + n), login), clock.millis());
            audit.append(FinanceSchema.MODULE, "inventory.count", inventoryId + ":" + assetId, (found ? "found" : "missing")
                    + (n == null ? "" : " " + n));
            return store.inventory(c, inventoryId).orElseThrow();
        });
    }

    @Override
    public InventoryCheck closeInventory(long inventoryId) {
        openInventory(inventoryId);
        return tx.required(c -> {
            store.closeInventory(c, inventoryId);
            InventoryCheck closed = store.inventory(c, inventoryId).orElseThrow();
            audit.append(FinanceSchema.MODULE, "inventory.close", Long.toString(inventoryId), closed.discrepancies().size()
                    + " discrepancies of " + closed.lines().size());
            return closed;
        });
    }

    @Override
    public Optional<InventoryCheck> inventory(long inventoryId) {
        Optional<InventoryCheck> check = tx.required(c -> store.inventory(c, inventoryId));
        check.ifPresent(i -> access.read(i.unitId()));
        return check;
    }

    private InventoryCheck openInventory(long inventoryId) {
        InventoryCheck check = inventory(inventoryId)
                .orElseThrow(() -> new EntityNotFoundException("inventory check", inventoryId, "inventoryId"));
        access.write(check.unitId(), FinanceAccess.BOOKKEEPERS);
        if (check.closed()) {
            throw new ConflictException("inventoryId", "inventory check " + inventoryId + " is closed");
        }
        return check;
    }

    private Asset get(long assetId) {
        return asset(assetId).orElseThrow(() -> new EntityNotFoundException("asset", assetId, "assetId"));
    }

    private Asset inUse(long assetId) {
        Asset a = get(assetId);
        if (a.status() != AssetStatus.IN_USE) {
            throw new ConflictException("assetId", "asset " + a.code() + " was disposed of on " + a.disposedOn());
        }
        return a;
    }
}
