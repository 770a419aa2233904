package org.partyoffice.finance.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyoffice.finance.api.Asset;
import org.partyoffice.finance.api.AssetEventKind;
import org.partyoffice.finance.api.AssetStatus;
import org.partyoffice.finance.api.Depreciation;
import org.partyoffice.finance.api.InventoryCheck;
import org.partyoffice.finance.api.NewAsset;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.InvalidInputException;

class AssetTest {

    @TempDir
    Path temp;
    Fixture f;

    @BeforeEach
    void setUp() {
        f = new Fixture(temp);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private Asset laptop() {
        return f.as(Fixture.ACCOUNTANT, () -> f.assets.register(new NewAsset("TS-2025-001", "Máy tính xách tay Văn phòng",
                "may_tinh", f.province.id(), "Lê Thị Văn Thư", LocalDate.of(2025, 7, 15), 30_000_000, 5)));
    }

    @Test
    void depreciationIsStraightLineToExactlyZero() {
        Asset a = laptop();
        assertEquals("MAY_TINH", a.category());
        Depreciation d = f.as(Fixture.VIEWER, () -> f.assets.depreciation(a.id(), LocalDate.of(2026, 3, 2)));
        assertEquals(500_000, d.monthlyVnd(), "30,000,000 over 60 months");
        assertEquals(8, d.months(), "August 2025 to March 2026");
        assertEquals(4_000_000, d.accumulatedVnd());
        assertEquals(26_000_000, d.bookValueVnd());
        assertEquals(0, f.as(Fixture.VIEWER, () -> f.assets.depreciation(a.id(), LocalDate.of(2030, 7, 1))).bookValueVnd());
        assertEquals(0, f.as(Fixture.VIEWER, () -> f.assets.depreciation(a.id(), LocalDate.of(2025, 7, 31))).accumulatedVnd());
        Asset odd = f.as(Fixture.ACCOUNTANT, () -> f.assets.register(new NewAsset("TS-2025-002", "Bàn ghế phòng họp", "NOI_THAT",
                f.province.id(), null, LocalDate.of(2025, 1, 10), 1_000_000, 3)));
        Depreciation end = f.as(Fixture.VIEWER, () -> f.assets.depreciation(odd.id(), LocalDate.of(2028, 1, 1)));
        assertEquals(27_777, end.monthlyVnd());
        assertEquals(1_000_000, end.accumulatedVnd(), "the last month takes the remainder");
        assertThrows(ConflictException.class, () -> laptop(), "codes are unique");
        assertThrows(InvalidInputException.class, () -> f.as(Fixture.ACCOUNTANT, () -> f.assets.register(new NewAsset("TS-X",
                "Xe", "XE", f.province.id(), null, LocalDate.of(2025, 1, 1), 1, 0))));
    }

    @Test
    void handoverBetweenCustodiansAndUnitsIsKeptInTheHistory() {
        Asset a = laptop();
        Asset moved = f.as(Fixture.ACCOUNTANT, () -> f.assets.handover(a.id(), f.commune.id(), "Lò Văn Kế Toán Xã",
                LocalDate.of(2026, 3, 2), "điều chuyển cho Đảng ủy xã"));
        assertEquals(f.commune.id(), moved.unitId());
        assertEquals(f.province.id(), moved.originUnitId());
        var history = f.as(Fixture.ACCOUNTANT, () -> f.assets.history(a.id()));
        assertEquals(List.of(AssetEventKind.REGISTERED, AssetEventKind.HANDED_OVER), history.stream().map(h -> h.kind()).toList());
        assertEquals("Lê Thị Văn Thư", history.get(1).fromCustodian());
        assertEquals(f.province.id(), history.get(1).fromUnitId());
        assertEquals(f.commune.id(), history.get(1).toUnitId());
        assertEquals(1, f.as(Fixture.COMMUNE_ACCOUNTANT, () -> f.assets.assets(f.commune.id(), false)).size());
        assertEquals(0, f.as(Fixture.ACCOUNTANT, () -> f.assets.assets(f.province.id(), false)).size());
        assertEquals(1, f.as(Fixture.ACCOUNTANT, () -> f.assets.assets(f.province.id(), true)).size());
    }

    @Test
    void theYearlyInventoryRecordsDiscrepanciesAndDisposalEndsUse() {
        Asset a = laptop();
        Asset chairs = f.as(Fixture.ACCOUNTANT, () -> f.assets.register(new NewAsset("TS-2025-002", "Bàn ghế phòng họp", "NOI_THAT",
                f.province.id(), null, LocalDate.of(2025, 1, 10), 1_000_000, 3)));
        Asset projector = f.as(Fixture.ACCOUNTANT, () -> f.assets.register(new NewAsset("TS-2025-003", "Máy chiếu", "THIET_BI",
                f.province.id(), null, LocalDate.of(2025, 1, 10), 12_000_000, 5)));
        InventoryCheck check = f.as(Fixture.ACCOUNTANT, () -> f.assets.startInventory(f.province.id(), 2026));
        assertEquals(3, check.lines().size());
        assertThrows(ConflictException.class, () -> f.as(Fixture.ACCOUNTANT, () -> f.assets.startInventory(f.province.id(), 2026)));
        f.as(Fixture.ACCOUNTANT, () -> f.assets.count(check.id(), a.id(), true, null));
        f.as(Fixture.ACCOUNTANT, () -> f.assets.count(check.id(), chairs.id(), true, "hỏng 2 ghế"));
        InventoryCheck closed = f.as(Fixture.ACCOUNTANT, () -> f.assets.closeInventory(check.id()));
        assertTrue(closed.closed());
        assertEquals(List.of("TS-2025-002", "TS-2025-003"), closed.discrepancies().stream().map(l -> l.code()).toList());
        assertTrue(closed.discrepancies().get(1).counted() && !closed.discrepancies().get(1).found(),
                "what was not counted counts as not found");
        assertThrows(ConflictException.class, () -> f.as(Fixture.ACCOUNTANT, () -> f.assets.count(check.id(), a.id(), true, null)));

        Asset disposed = f.as(Fixture.ACCOUNTANT, () -> f.assets.dispose(projector.id(), LocalDate.of(2026, 3, 2),
                "mất khi kiểm kê, đã lập biên bản"));
        assertEquals(AssetStatus.DISPOSED, disposed.status());
        Depreciation frozen = f.as(Fixture.ACCOUNTANT, () -> f.assets.depreciation(projector.id(), LocalDate.of(2027, 1, 1)));
        assertEquals(14, frozen.months(), "depreciation stops at disposal");
        assertThrows(ConflictException.class, () -> f.as(Fixture.ACCOUNTANT, () -> f.assets.handover(projector.id(), null, "Ai đó",
                LocalDate.of(2026, 3, 3), null)));
        var history = f.as(Fixture.ACCOUNTANT, () -> f.assets.history(projector.id()));
        assertEquals(List.of(AssetEventKind.REGISTERED, AssetEventKind.DISPOSED), history.stream().map(h -> h.kind()).toList());
    }
}
