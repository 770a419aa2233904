package org.partyoffice.finance.impl.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.partyoffice.finance.api.Asset;
import org.partyoffice.finance.api.AssetEvent;
import org.partyoffice.finance.api.AssetEventKind;
import org.partyoffice.finance.api.AssetStatus;
import org.partyoffice.finance.api.InventoryCheck;
import org.partyoffice.finance.api.InventoryLine;
import org.partyoffice.finance.api.NewAsset;
import org.partyoffice.platform.api.sql.Sql;

/** The SQL of the asset register, its history and inventory checks, on the caller's connection. */
final class AssetStore {

    private static final String ASSET = "SELECT ID, CODE, NAME, CATEGORY, UNIT_ID, ORIGIN_UNIT_ID, CUSTODIAN, ACQUIRED_ON, COST, "
            + "LIFE_YEARS, STATUS, DISPOSED_ON, DISPOSAL_NOTE FROM FINANCE.ASSETS ";

    long insert(Connection c, NewAsset a, String category) throws SQLException {
        return Sql.insert(c, "INSERT INTO FINANCE.ASSETS (CODE, NAME, CATEGORY, UNIT_ID, ORIGIN_UNIT_ID, CUSTODIAN, ACQUIRED_ON, "
                + "COST, LIFE_YEARS, STATUS) VALUES (?,?,?,?,?,?,?,?,?,?)", a.code().strip(), a.name().strip(), category,
                a.unitId(), a.unitId(), a.custodian(), a.acquiredOn(), a.costVnd(), a.usefulLifeYears(), AssetStatus.IN_USE);
    }

    Optional<Asset> asset(Connection c, long id) throws SQLException {
        return Sql.one(c, ASSET + "WHERE ID = ?", AssetStore::asset, id);
    }

    Optional<Asset> byCode(Connection c, String code) throws SQLException {
        return Sql.one(c, ASSET + "WHERE CODE = ?", AssetStore::asset, code);
    }

    List<Asset> assets(Connection c, Set<Long> units) throws SQLException {
        return Sql.list(c, ASSET + "WHERE UNIT_ID IN " + FinanceAccess.in(units) + " ORDER BY UNIT_ID, CODE", AssetStore::asset);
    }

    List<Asset> inUse(Connection c, long unitId) throws SQLException {
        return Sql.list(c, ASSET + "WHERE UNIT_ID = ? AND STATUS = 'IN_USE' ORDER BY CODE", AssetStore::asset, unitId);
    }

    void move(Connection c, long id, long unitId, String custodian) throws SQLException {
        Sql.update(c, "UPDATE FINANCE.ASSETS SET UNIT_ID = ?, CUSTODIAN = ? WHERE ID = ?", unitId, custodian, id);
    }

    void dispose(Connection c, long id, LocalDate on, String note) throws SQLException {
        Sql.update(c, "UPDATE FINANCE.ASSETS SET STATUS = 'DISPOSED', DISPOSED_ON = ?, DISPOSAL_NOTE = ? WHERE ID = ?", on, note, id);
    }

    void event(Connection c, AssetEvent e, long at) throws SQLException {
        Sql.insert(c, "INSERT INTO FINANCE.ASSET_EVENTS (ASSET_ID, KIND, HAPPENED_ON, FROM_UNIT_ID, TO_UNIT_ID, FROM_CUSTODIAN, "
                + "TO_CUSTODIAN, NOTE, ACTOR, RECORDED_AT) VALUES (?,?,?,?,?,?,?,?,?,?)", e.assetId(), e.kind(), e.date(),
                e.fromUnitId(), e.toUnitId(), e.fromCustodian(), e.toCustodian(), e.note(), e.actor(), at);
    }

    List<AssetEvent> history(Connection c, long assetId) throws SQLException {
        return Sql.list(c, "SELECT ASSET_ID, KIND, HAPPENED_ON, FROM_UNIT_ID, TO_UNIT_ID, FROM_CUSTODIAN, TO_CUSTODIAN, NOTE, ACTOR "
                + "FROM FINANCE.ASSET_EVENTS WHERE ASSET_ID = ? ORDER BY ID", rs -> new AssetEvent(rs.getLong(1),
                AssetEventKind.valueOf(rs.getString(2)), Sql.date(rs, "HAPPENED_ON"), Sql.nullableLong(rs, "FROM_UNIT_ID"),
                Sql.nullableLong(rs, "TO_UNIT_ID"), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)), assetId);
    }

    long insertInventory(Connection c, long unitId, int year, String by, long at) throws SQLException {
        long id = Sql.insert(c, "INSERT INTO FINANCE.INVENTORIES (UNIT_ID, FISCAL_YEAR, CLOSED, OPENED_BY, OPENED_AT) "
                + "VALUES (?,?,FALSE,?,?)", unitId, year, by, at);
        for (Asset a : inUse(c, unitId)) {
            Sql.update(c, "INSERT INTO FINANCE.INVENTORY_LINES (INVENTORY_ID, ASSET_ID, COUNTED, IS_FOUND) VALUES (?,?,FALSE,FALSE)",
                    id, a.id());
        }
        return id;
    }

    boolean inventoryExists(Connection c, long unitId, int year) throws SQLException {
        return Sql.one(c, "SELECT 1 FROM FINANCE.INVENTORIES WHERE UNIT_ID = ? AND FISCAL_YEAR = ?", rs -> 1, unitId, year).isPresent();
    }

    Optional<InventoryCheck> inventory(Connection c, long id) throws SQLException {
        Optional<Object[]> head = Sql.one(c, "SELECT UNIT_ID, FISCAL_YEAR, CLOSED FROM FINANCE.INVENTORIES WHERE ID = ?",
                rs -> new Object[] {rs.getLong(1), rs.getInt(2), rs.getBoolean(3)}, id);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        List<InventoryLine> lines = Sql.list(c, "SELECT l.ASSET_ID, a.CODE, a.NAME, l.COUNTED, l.IS_FOUND, l.NOTE "
                + "FROM FINANCE.INVENTORY_LINES l JOIN FINANCE.ASSETS a ON a.ID = l.ASSET_ID WHERE l.INVENTORY_ID = ? ORDER BY a.CODE",
                rs -> new InventoryLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getBoolean(5),
                        rs.getString(6)), id);
        Object[] h = head.get();
        return Optional.of(new InventoryCheck(id, (Long) h[0], (Integer) h[1], (Boolean) h[2], lines));
    }

    /** False when the asset is not on the check's list. */
    boolean count(Connection c, long inventoryId, long assetId, boolean found, String note, String by) throws SQLException {
        return Sql.update(c, "UPDATE FINANCE.INVENTORY_LINES SET COUNTED = TRUE, IS_FOUND = ?, NOTE = ?, COUNTED_BY = ? "
                + "WHERE INVENTORY_ID = ? AND ASSET_ID = ?", found, note, by, inventoryId, assetId) == 1;
    }

    void closeInventory(Connection c, long id) throws SQLException {
        Sql.update(c, "UPDATE FINANCE.INVENTORY_LINES SET COUNTED = TRUE, IS_FOUND = FALSE, NOTE = 'không kiểm đếm được' "
                + "WHERE INVENTORY_ID = ? AND COUNTED = FALSE", id);
        Sql.update(c, "UPDATE FINANCE.INVENTORIES SET CLOSED = TRUE WHERE ID = ?", id);
    }

    private static Asset asset(ResultSet rs) throws SQLException {
        return new Asset(rs.getLong("ID"), rs.getString("CODE"), rs.getString("NAME"), rs.getString("CATEGORY"), rs.getLong("UNIT_ID"),
                rs.getLong("ORIGIN_UNIT_ID"), rs.getString("CUSTODIAN"), Sql.date(rs, "ACQUIRED_ON"), rs.getLong("COST"),
                rs.getInt("LIFE_YEARS"), AssetStatus.valueOf(rs.getString("STATUS")), Sql.date(rs, "DISPOSED_ON"),
                rs.getString("DISPOSAL_NOTE"));
    }
}
