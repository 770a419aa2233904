package org.partyoffice.platform.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.DashboardFigure;
import org.partyoffice.platform.api.NewUnit;
import org.partyoffice.platform.api.Unit;
import org.partyoffice.platform.api.UnitType;

class PlatformDashboardTest {

    private TestDatabase db;
    private ExecutorJobService jobs;
    private PlatformDashboard dashboard;

    @BeforeEach
    void setUp() {
        db = TestDatabase.inMemory();
        jobs = new ExecutorJobService(db.currentUser, db.events, ExecutorJobServiceTest.config(2, 50));
        dashboard = new PlatformDashboard(db.tx, jobs);
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        jobs.deactivate();
        db.close();
    }

    @Test
    void countsCurrentUnitsActiveAccountsRecentAuditAndRunningJobs() throws Exception {
        db.insertAdmin();
        db.insertAccount("van.thu", "Lê Thị Văn Thư", Set.of("office-staff"), Clearance.MAT, true);
        db.insertAccount("nghi.huu", "Nguyễn Văn Nghỉ Hưu", Set.of("viewer"), Clearance.UNCLASSIFIED, false);
        LocalDate start = LocalDate.of(2020, 1, 1);
        Unit province = db.asAdmin(() -> db.organisation.create(
                new NewUnit("000.00.00.H37", "Tỉnh ủy Lào Cai", UnitType.PROVINCE, null, start)));
        Unit a = db.asAdmin(() -> db.organisation.create(
                new NewUnit("000.10.01.H37", "Đảng ủy xã Bát Xát", UnitType.COMMUNE, province.id(), start)));
        Unit b = db.asAdmin(() -> db.organisation.create(
                new NewUnit("000.10.04.H37", "Đảng ủy xã Mường Khương", UnitType.COMMUNE, province.id(), start)));
        db.asAdmin(() -> db.organisation.merge(List.of(a.id(), b.id()),
                new NewUnit("000.10.05.H37", "Đảng ủy xã Bát Xát", UnitType.COMMUNE, null, LocalDate.of(2025, 7, 1))));
        // two entries this month, the rest long ago
        db.update("UPDATE PLATFORM.AUDIT_LOG SET AT_MILLIS = 0 WHERE SEQ > 2");
        CountDownLatch release = new CountDownLatch(1);
        jobs.submit("archive", "Kiểm tra toàn vẹn", ctx -> {
            release.await();
            return "xong";
        });

        try {
            Map<String, DashboardFigure> figures = byKey(dashboard.figures("vi"));

            assertEquals(2, figures.get("platform.units").value(), "province and the merged commune");
            assertEquals(2, figures.get("platform.accounts").value());
            assertEquals(2, figures.get("platform.audit.month").value());
            assertEquals(1, figures.get("platform.jobs.running").value());
            assertEquals("Đơn vị hiện hành", figures.get("platform.units").label());
        } finally {
            release.countDown();
        }
    }

    @Test
    void labelsFollowTheLanguage() {
        assertEquals("platform", dashboard.module());
        Map<String, DashboardFigure> en = byKey(dashboard.figures("en"));

        assertEquals(Set.of("platform.units", "platform.accounts", "platform.audit.month", "platform.jobs.running"),
                en.keySet());
        assertEquals("Current units", en.get("platform.units").label());
        assertTrue(en.values().stream().allMatch(f -> f.value() == 0));
    }

    private static Map<String, DashboardFigure> byKey(List<DashboardFigure> figures) {
        return figures.stream().collect(Collectors.toMap(DashboardFigure::key, f -> f));
    }
}
