package org.partyoffice.platform.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyoffice.platform.api.AccessDeniedException;
import org.partyoffice.platform.api.AuditEntry;
import org.partyoffice.platform.api.AuditQuery;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.api.NewUnit;
import org.partyoffice.platform.api.PlatformEvents;
import org.partyoffice.platform.api.Unit;
import org.partyoffice.platform.api.UnitMerge;
import org.partyoffice.platform.api.UnitType;

class JdbcOrganisationServiceTest {

    private static final LocalDate FOUNDED = LocalDate.of(1930, 2, 3);
    private static final LocalDate START = LocalDate.of(2020, 1, 1);
    private static final LocalDate EFFECTIVE = LocalDate.of(2025, 7, 1);

    private TestDatabase db;
    private JdbcOrganisationService org;

    private Unit central;
    private Unit province;
    private Unit batXat;
    private Unit muongKhuong;
    private Unit tongSanh;
    private Unit phaLong;

    @BeforeEach
    void setUp() {
        db = TestDatabase.inMemory();
        org = db.organisation;
        db.insertAdmin();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    /** Central committee, province, two communes with one cell each. */
    private void createTree() {
        central = create("000.00.00.TW", "Ban Chấp hành Trung ương", UnitType.CENTRAL, null, FOUNDED);
        province = create("000.00.00.H37", "Tỉnh ủy Lào Cai", UnitType.PROVINCE, central.id(), START);
        batXat = create("000.10.01.H37", "Đảng ủy xã Bát Xát", UnitType.COMMUNE, province.id(), START);
        muongKhuong = create("000.10.04.H37", "Đảng ủy xã Mường Khương", UnitType.COMMUNE, province.id(), START);
        tongSanh = create("000.10.01.01.H37", "Chi bộ thôn Tòng Sành", UnitType.CELL, batXat.id(), START);
        phaLong = create("000.10.04.01.H37", "Chi bộ thôn Pha Long", UnitType.CELL, muongKhuong.id(), START);
    }

    private Unit create(String code, String name, UnitType type, Long parentId, LocalDate from) {
        return db.asAdmin(() -> org.create(new NewUnit(code, name, type, parentId, from)));
    }

    private UnitMerge mergeCommunes() {
        return db.asAdmin(() -> org.merge(List.of(batXat.id(), muongKhuong.id()),
                new NewUnit("000.10.05.H37", "Đảng ủy xã Bát Xát", UnitType.COMMUNE, null, EFFECTIVE)));
    }

    @Test
    void createsATree() {
        createTree();

        assertEquals("Tỉnh ủy Lào Cai", province.name());
        assertEquals(UnitType.PROVINCE, province.type());
        assertEquals(central.id(), province.parentId());
        assertEquals(START, province.validFrom());
        assertNull(province.validTo());
        assertNull(province.successorId());
        assertNull(central.parentId());
        assertEquals(batXat.id(), tongSanh.parentId());

        List<Unit> tree = org.tree(EFFECTIVE);
        assertEquals(List.of(central, province, batXat, muongKhuong, tongSanh, phaLong), tree);
        assertEquals(List.of(batXat, muongKhuong), org.children(province.id(), EFFECTIVE));
        assertEquals(List.of(batXat, tongSanh), org.subtree(batXat.id(), EFFECTIVE));
        assertEquals(List.of(central), org.tree(LocalDate.of(2000, 1, 1)));
        assertEquals(batXat, org.findByCode("000.10.01.H37").orElseThrow());
        assertEquals(batXat, org.find(batXat.id()).orElseThrow());
        assertEquals(batXat, org.get(batXat.id(), "unitId"));
        assertEquals(6, org.all().size());
    }

    @Test
    void createTrimsAndDefaultsValidFromToToday() {
        Unit u = db.asAdmin(() -> org.create(new NewUnit(" 000.00.00.TW ", "  Ban Chấp hành Trung ương ", UnitType.CENTRAL, null, null)));

        assertEquals("000.00.00.TW", u.code());
        assertEquals("Ban Chấp hành Trung ương", u.name());
        assertEquals(LocalDate.now(), u.validFrom());
    }

    @Test
    void createIsAuditedAndPostsAnEvent() {
        createTree();

        List<AuditEntry> entries = db.audit.query(new AuditQuery("admin", "platform", "unit.create",
                Long.toString(province.id()), null, null, 0));
        assertEquals(1, entries.size());
        assertTrue(entries.get(0).detail().contains("Tỉnh ủy Lào Cai"));
        List<Object> created = db.events.topic(PlatformEvents.UNIT_CREATED).stream()
                .<Object>map(p -> p.properties().get(PlatformEvents.UNIT_ID)).toList();
        assertEquals(List.of(central.id(), province.id(), batXat.id(), muongKhuong.id(), tongSanh.id(), phaLong.id()), created);
    }

    @Test
    void duplicateCodeIsAConflictOnCode() {
        createTree();

        ConflictException e = assertThrows(ConflictException.class,
                () -> create("000.10.01.H37", "Đảng ủy xã khác", UnitType.COMMUNE, province.id(), START));
        assertEquals("code", e.field());
        assertEquals(409, e.status());
        assertEquals("code", assertThrows(ConflictException.class,
                () -> create(" 000.10.01.H37 ", "Đảng ủy xã khác", UnitType.COMMUNE, province.id(), START)).field());
        assertEquals(6, org.all().size());
    }

    @Test
    void invalidInputNamesTheField() {
        for (String code : new String[] {null, "", "mã đơn vị", "Tỉnh ủy", "a/b", "x".repeat(65)}) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> create(code, "Tỉnh ủy Lào Cai", UnitType.PROVINCE, null, START), "code " + code);
            assertEquals("code", e.field());
        }
        assertEquals("name", assertThrows(InvalidInputException.class,
                () -> create("000.00.00.H37", " ", UnitType.PROVINCE, null, START)).field());
        assertEquals("name", assertThrows(InvalidInputException.class,
                () -> create("000.00.00.H37", "x".repeat(401), UnitType.PROVINCE, null, START)).field());
        assertEquals("type", assertThrows(InvalidInputException.class,
                () -> create("000.00.00.H37", "Tỉnh ủy Lào Cai", null, null, START)).field());
        assertEquals("unit", assertThrows(InvalidInputException.class,
                () -> db.asAdmin(() -> org.create(null))).field());
        assertTrue(org.all().isEmpty());
    }

    @Test
    void unknownParentIsNotFound() {
        EntityNotFoundException e = assertThrows(EntityNotFoundException.class,
                () -> create("000.00.00.H37", "Tỉnh ủy Lào Cai", UnitType.PROVINCE, 999L, START));
        assertEquals("parentId", e.field());
        assertEquals(404, e.status());
        assertTrue(org.all().isEmpty());
    }

    @Test
    void parentMustExistOnTheStartDate() {
        Unit later = create("000.00.00.TW", "Ban Chấp hành Trung ương", UnitType.CENTRAL, null, START);

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> create("000.00.00.H37", "Tỉnh ủy Lào Cai", UnitType.PROVINCE, later.id(), START.minusDays(1)));
        assertEquals("parentId", e.field());
    }

    @Test
    void onlyAdministratorsChangeTheTree() {
        db.insertAccount("van.thu", "Lê Thị Văn Thư", Set.of("office-staff"), Clearance.MAT, true);
        NewUnit unit = new NewUnit("000.00.00.TW", "Ban Chấp hành Trung ương", UnitType.CENTRAL, null, FOUNDED);

        assertThrows(AccessDeniedException.class, () -> org.create(unit));
        assertThrows(AccessDeniedException.class, () -> db.as("van.thu", () -> org.create(unit)));
        assertTrue(org.all().isEmpty());

        Unit created = create("000.00.00.TW", "Ban Chấp hành Trung ương", UnitType.CENTRAL, null, FOUNDED);
        assertThrows(AccessDeniedException.class, () -> db.as("van.thu", () -> org.rename(created.id(), "Khác")));
        assertThrows(AccessDeniedException.class, () -> db.as("van.thu",
                () -> org.merge(List.of(created.id(), created.id() + 1), unit)));
        // reading needs no role
        assertEquals(created, db.as("van.thu", () -> org.get(created.id(), "id")));
    }

    @Test
    void renameKeepsTheUnitAndAuditsTheOldName() {
        createTree();

        Unit renamed = db.asAdmin(() -> org.rename(batXat.id(), " Đảng bộ xã Bát Xát "));

        assertEquals("Đảng bộ xã Bát Xát", renamed.name());
        assertEquals(batXat.code(), renamed.code());
        assertEquals(batXat.parentId(), renamed.parentId());
        AuditEntry entry = db.audit.query(new AuditQuery(null, "platform", "unit.rename", null, null, null, 0)).get(0);
        assertEquals("Đảng ủy xã Bát Xát -> Đảng bộ xã Bát Xát", entry.detail());
        assertEquals("name", assertThrows(InvalidInputException.class,
                () -> db.asAdmin(() -> org.rename(batXat.id(), ""))).field());
        assertEquals("id", assertThrows(EntityNotFoundException.class,
                () -> db.asAdmin(() -> org.rename(999, "Không có"))).field());
    }

    @Test
    void mergeEndsTheSourcesAndMovesTheirChildren() {
        createTree();

        UnitMerge merge = mergeCommunes();

        Unit merged = merge.merged();
        assertEquals("000.10.05.H37", merged.code());
        assertEquals("Đảng ủy xã Bát Xát", merged.name());
        assertEquals(province.id(), merged.parentId());
        assertEquals(EFFECTIVE, merged.validFrom());
        assertNull(merged.validTo());
        assertEquals(EFFECTIVE, merge.effective());

        assertEquals(List.of(batXat.id(), muongKhuong.id()), merge.sources().stream().map(Unit::id).toList());
        for (Unit source : merge.sources()) {
            assertEquals(EFFECTIVE, source.validTo());
            assertEquals(merged.id(), source.successorId());
            Unit stored = org.get(source.id(), "id");
            assertEquals(EFFECTIVE, stored.validTo());
            assertEquals(merged.id(), stored.successorId());
            // an ended unit still reports the parent it last had
            assertEquals(province.id(), stored.parentId());
        }
        assertEquals(Set.of(tongSanh.id(), phaLong.id()),
                merge.movedChildren().stream().map(Unit::id).collect(Collectors.toSet()));
        assertTrue(merge.movedChildren().stream().allMatch(u -> u.parentId().equals(merged.id())));
    }

    @Test
    void treeIsSeenAsOfAnyDate() {
        createTree();
        Unit merged = mergeCommunes().merged();

        Map<Long, Unit> after = byId(org.tree(EFFECTIVE));
        assertEquals(Set.of(central.id(), province.id(), merged.id(), tongSanh.id(), phaLong.id()), after.keySet());
        assertEquals(merged.id(), after.get(tongSanh.id()).parentId());
        assertEquals(merged.id(), after.get(phaLong.id()).parentId());
        assertEquals(List.of(tongSanh.id(), phaLong.id()),
                org.children(merged.id(), EFFECTIVE).stream().map(Unit::id).toList());
        assertEquals(List.of(province.id(), merged.id(), tongSanh.id(), phaLong.id()),
                org.subtree(province.id(), EFFECTIVE).stream().map(Unit::id).toList());

        Map<Long, Unit> before = byId(org.tree(EFFECTIVE.minusDays(1)));
        assertEquals(Set.of(central.id(), province.id(), batXat.id(), muongKhuong.id(), tongSanh.id(), phaLong.id()),
                before.keySet());
        assertEquals(batXat.id(), before.get(tongSanh.id()).parentId());
        assertEquals(muongKhuong.id(), before.get(phaLong.id()).parentId());
        assertEquals(List.of(tongSanh.id()), org.children(batXat.id(), EFFECTIVE.minusDays(1)).stream().map(Unit::id).toList());
        assertTrue(org.children(batXat.id(), EFFECTIVE).isEmpty());

        // the ended units are kept, and the old subtree is unreachable on the new date
        assertEquals(7, org.all().size());
        assertThrows(EntityNotFoundException.class, () -> org.subtree(batXat.id(), EFFECTIVE));
    }

    @Test
    void currentFollowsSuccessors() {
        createTree();
        Unit merged = mergeCommunes().merged();

        assertEquals(merged, org.current(batXat.id()));
        assertEquals(merged, org.current(muongKhuong.id()));
        assertEquals(merged, org.current(merged.id()));
        assertEquals(province, org.current(province.id()));

        // merged again: follows the chain to the end
        Unit other = create("000.10.06.H37", "Đảng ủy xã Y Tý", UnitType.COMMUNE, province.id(), START);
        LocalDate later = EFFECTIVE.plusMonths(6);
        Unit last = db.asAdmin(() -> org.merge(List.of(merged.id(), other.id()),
                new NewUnit("000.10.07.H37", "Đảng ủy xã Bát Xát", UnitType.COMMUNE, null, later))).merged();
        assertEquals(last, org.current(batXat.id()));
        assertEquals(last.id(), byId(org.tree(later)).get(tongSanh.id()).parentId());
        assertEquals(merged.id(), byId(org.tree(later.minusDays(1))).get(tongSanh.id()).parentId());
        assertEquals(batXat.id(), byId(org.tree(EFFECTIVE.minusDays(1))).get(tongSanh.id()).parentId());

        assertEquals("id", assertThrows(EntityNotFoundException.class, () -> org.current(999)).field());
    }

    @Test
    void mergeNeedsTwoDifferentUnits() {
        createTree();
        NewUnit target = new NewUnit("000.10.05.H37", "Đảng ủy xã Bát Xát", UnitType.COMMUNE, null, EFFECTIVE);

        for (List<Long> ids : List.of(List.<Long>of(), List.of(batXat.id()), List.of(batXat.id(), batXat.id()))) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> db.asAdmin(() -> org.merge(ids, target)), ids.toString());
            assertEquals("sourceIds", e.field());
        }
        assertEquals("sourceIds", assertThrows(InvalidInputException.class,
                () -> db.asAdmin(() -> org.merge(null, target))).field());
        assertEquals("sourceIds", assertThrows(EntityNotFoundException.class,
                () -> db.asAdmin(() -> org.merge(List.of(batXat.id(), 999L), target))).field());
        assertEquals(6, org.all().size());
    }

    @Test
    void mergeSourcesMustExistBeforeTheMergeDate() {
        createTree();
        Unit young = create("000.10.06.H37", "Đảng ủy xã Y Tý", UnitType.COMMUNE, province.id(), EFFECTIVE);

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> db.asAdmin(() -> org.merge(
                List.of(batXat.id(), young.id()),
                new NewUnit("000.10.05.H37", "Đảng ủy xã Bát Xát", UnitType.COMMUNE, null, EFFECTIVE))));
        assertEquals("sourceIds", e.field());
        assertNull(org.get(batXat.id(), "id").validTo());
    }

    @Test
    void mergedUnitsCannotBeMergedAgain() {
        createTree();
        mergeCommunes();

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> db.asAdmin(() -> org.merge(
                List.of(batXat.id(), muongKhuong.id()),
                new NewUnit("000.10.09.H37", "Đảng ủy xã khác", UnitType.COMMUNE, null, EFFECTIVE.plusDays(1)))));
        assertEquals("sourceIds", e.field());
    }

    @Test
    void mergeTargetCodeMustBeNew() {
        createTree();

        ConflictException e = assertThrows(ConflictException.class, () -> db.asAdmin(() -> org.merge(
                List.of(batXat.id(), muongKhuong.id()),
                new NewUnit(batXat.code(), "Đảng ủy xã Bát Xát", UnitType.COMMUNE, null, EFFECTIVE))));
        assertEquals("code", e.field());
        // nothing happened: the sources are still current
        assertNull(org.get(batXat.id(), "id").successorId());
        assertEquals(6, org.tree(EFFECTIVE).size());
    }

    @Test
    void mergeIsAuditedAndPostsAnEvent() {
        createTree();
        Unit merged = mergeCommunes().merged();

        List<AuditEntry> entries = db.audit.query(new AuditQuery(null, "platform", "unit.merge", null, null, null, 0));
        assertEquals(1, entries.size());
        AuditEntry entry = entries.get(0);
        assertEquals("admin", entry.actor());
        assertEquals(Long.toString(merged.id()), entry.objectId());
        assertTrue(entry.detail().contains("000.10.01.H37") && entry.detail().contains("000.10.04.H37")
                && entry.detail().contains("000.10.05.H37") && entry.detail().contains("2025-07-01"), entry.detail());
        assertTrue(db.audit.verify().valid());

        List<TestDatabase.RecordingEvents.Posted> events = db.events.topic(PlatformEvents.UNIT_MERGED);
        assertEquals(1, events.size());
        Map<String, ?> props = events.get(0).properties();
        assertArrayEquals(new long[] {batXat.id(), muongKhuong.id()}, (long[]) props.get(PlatformEvents.SOURCE_IDS));
        assertEquals(merged.id(), props.get(PlatformEvents.TARGET_ID));
        assertEquals("2025-07-01", props.get(PlatformEvents.EFFECTIVE));
    }

    @Test
    void mergeUnderAnExplicitParent() {
        createTree();
        Unit otherProvince = create("000.00.00.H38", "Tỉnh ủy Yên Bái", UnitType.PROVINCE, central.id(), START);

        Unit merged = db.asAdmin(() -> org.merge(List.of(batXat.id(), muongKhuong.id()),
                new NewUnit("000.10.05.H37", "Đảng ủy xã Bát Xát", UnitType.COMMUNE, otherProvince.id(), EFFECTIVE))).merged();

        assertEquals(otherProvince.id(), merged.parentId());
        assertEquals(List.of(merged.id()), org.children(otherProvince.id(), EFFECTIVE).stream().map(Unit::id).toList());
        assertFalse(org.children(province.id(), EFFECTIVE).stream().anyMatch(u -> u.id() == merged.id()));
    }

    @Test
    void mergeMovesAChildCreatedOnTheMergeDate() {
        createTree();
        Unit newCell = create("000.10.01.02.H37", "Chi bộ thôn Bản Vược", UnitType.CELL, batXat.id(), EFFECTIVE);

        UnitMerge merge = mergeCommunes();

        assertTrue(merge.movedChildren().stream().anyMatch(u -> u.id() == newCell.id()));
        assertEquals(merge.merged().id(), byId(org.tree(EFFECTIVE)).get(newCell.id()).parentId());
    }

    private static Map<Long, Unit> byId(List<Unit> units) {
        return units.stream().collect(Collectors.toMap(Unit::id, u -> u));
    }
}
