package org.partyoffice.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.partyoffice.platform.api.AuditEntry;
import org.partyoffice.platform.api.AuditQuery;
import org.partyoffice.platform.api.AuditTrail;
import org.partyoffice.platform.api.AuditVerification;
import org.partyoffice.platform.api.ContentStore;
import org.partyoffice.platform.api.ContentArea;
import org.partyoffice.platform.api.ContentBatch;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.ModuleInfo;
import org.partyoffice.platform.api.ModuleRegistry;
import org.partyoffice.platform.api.NewUnit;
import org.partyoffice.platform.api.NumberingService;
import org.partyoffice.platform.api.OrganisationService;
import org.partyoffice.platform.api.SequenceKey;
import org.partyoffice.platform.api.Transactions;
import org.partyoffice.platform.api.Unit;
import org.partyoffice.platform.api.UnitMerge;
import org.partyoffice.platform.api.UnitType;

/** The platform feature booted in the real distribution: its services on embedded Derby. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformServicesIT {

    @Inject
    private BundleContext context;
    @Inject
    private CurrentUser user;
    @Inject
    private OrganisationService organisation;
    @Inject
    private NumberingService numbering;
    @Inject
    private AuditTrail audit;
    @Inject
    private ModuleRegistry modules;
    @Inject
    private Transactions tx;
    @Inject
    private ContentStore store;
    @Inject
    @Filter("(dataSourceName=partyoffice)")
    private DataSource dataSource;

    @Configuration
    public Option[] config() {
        return DistributionSupport.distribution();
    }

    /**
     * The first administrator is made by the first-start component once the schema is migrated; on a
     * busy machine the probe's services can be injected before that has happened.
     */
    @Before
    public void awaitFirstAdministrator() throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (adminCreations().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
    }

    private List<AuditEntry> adminCreations() {
        return audit.query(new AuditQuery("admin", "platform", "account.create", "admin", null, null, 10));
    }

    private <T> T asAdmin(Callable<T> work) throws Exception {
        return user.callAs("admin", work);
    }

    /**
     * The store's direct writes need the JDK's {@code com.sun.nio.file} from platform-core's class
     * loader (Karaf boot-delegates {@code com.sun.*}); without it the store would quietly write
     * through the page cache, several times slower to force. Content of every length round-trips.
     */
    @Test
    public void theContentStoreWritesPastThePageCacheInKarafAndKeepsEveryByte() throws Exception {
        org.osgi.framework.Bundle core = java.util.Arrays.stream(context.getBundles())
                .filter(b -> "org.partyoffice.platform.core".equals(b.getSymbolicName())).findFirst().orElseThrow();
        assertEquals("DIRECT", core.loadClass("com.sun.nio.file.ExtendedOpenOption").getField("DIRECT").get(null).toString());

        ContentArea area = store.area("itest-direct");
        byte[] minutes = "Biên bản họp Ban Thường vụ — Tuyệt mật".repeat(300).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] scan = new byte[(1 << 20) + 4097];
        new java.util.Random(61).nextBytes(scan);
        String a;
        String b;
        try (ContentBatch batch = area.batch()) {
            a = batch.put(new java.io.ByteArrayInputStream(minutes));
            b = batch.put(new java.io.ByteArrayInputStream(scan));
            batch.sync();
        }
        assertEquals(minutes.length, area.size(a));
        assertEquals(scan.length, area.size(b));
        try (java.io.InputStream in = area.open(b).orElseThrow()) {
            assertTrue(java.util.Arrays.equals(scan, in.readAllBytes()));
        }
        try (java.io.InputStream in = area.open(a).orElseThrow()) {
            assertEquals(new String(minutes, java.nio.charset.StandardCharsets.UTF_8),
                    new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        assertTrue(area.verify(a) && area.verify(b));
    }

    @Test
    public void databaseIsDerbyAndTheAdministratorWasCreatedAudited() {
        assertEquals("Apache Derby", tx.databaseProduct());
        assertEquals(1, adminCreations().size());
    }

    @Test
    public void unitsMergeKeepsHistory() throws Exception {
        LocalDate start = LocalDate.of(2020, 1, 1);
        LocalDate merge = LocalDate.of(2025, 7, 1);
        UnitMerge result = asAdmin(() -> {
            Unit province = organisation.create(new NewUnit("IT.P1", "Tỉnh ủy Thử nghiệm", UnitType.PROVINCE, null, start));
            Unit a = organisation.create(new NewUnit("IT.A", "Đảng ủy xã A", UnitType.COMMUNE, province.id(), start));
            Unit b = organisation.create(new NewUnit("IT.B", "Đảng ủy xã B", UnitType.COMMUNE, province.id(), start));
            organisation.create(new NewUnit("IT.A.1", "Chi bộ thôn Một", UnitType.CELL, a.id(), start));
            return organisation.merge(List.of(a.id(), b.id()), new NewUnit("IT.AB", "Đảng ủy xã Hợp Nhất", UnitType.COMMUNE, null, merge));
        });
        Unit merged = result.merged();
        assertEquals("Đảng ủy xã Hợp Nhất", merged.name());
        assertEquals(1, result.movedChildren().size());
        Unit cell = result.movedChildren().get(0);
        long oldParent = result.sources().get(0).id();
        assertEquals(merged.id(), organisation.current(oldParent).id());
        assertTrue(organisation.children(merged.id(), merge).stream().anyMatch(u -> u.id() == cell.id()));
        assertTrue(organisation.children(oldParent, merge.minusDays(1)).stream().anyMatch(u -> u.id() == cell.id()));
    }

    @Test
    public void twentyThreadsDrawNumbersWithNoGapAndNoDuplicate() throws Exception {
        SequenceKey key = SequenceKey.perTerm("outgoing:IT", "NQ", "2025-2030");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int t = 0; t < 20; t++) {
            futures.add(pool.submit(() -> {
                List<Long> drawn = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    drawn.add(numbering.next(key));
                }
                return drawn;
            }));
        }
        List<Long> all = Collections.synchronizedList(new ArrayList<>());
        for (Future<List<Long>> f : futures) {
            all.addAll(f.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();
        Set<Long> distinct = new TreeSet<>(all);
        assertEquals(200, all.size());
        assertEquals(200, distinct.size());
        assertEquals(Long.valueOf(1), ((TreeSet<Long>) distinct).first());
        assertEquals(Long.valueOf(200), ((TreeSet<Long>) distinct).last());
        assertEquals(200, numbering.current(key));
    }

    @Test
    public void aRolledBackCallerDoesNotConsumeANumber() {
        SequenceKey key = SequenceKey.perYear("incoming:IT", "CV", 2026);
        assertEquals(1, numbering.next(key));
        try {
            tx.required(c -> {
                numbering.next(key);
                throw new IllegalStateException("caller fails after drawing");
            });
        } catch (IllegalStateException expected) {
            // the caller's transaction rolled back
        }
        assertEquals(2, numbering.next(key));
    }

    @Test
    public void aTamperedAuditRowIsDetected() throws Exception {
        AuditEntry entry = asAdmin(() -> audit.append("itest", "tamper.target", "x-1", "Nghị quyết gốc"));
        assertTrue(audit.verify().valid());
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE PLATFORM.AUDIT_LOG SET DETAIL = ? WHERE SEQ = ?")) {
            ps.setString(1, "Nghị quyết đã bị sửa");
            ps.setLong(2, entry.seq());
            assertEquals(1, ps.executeUpdate());
        }
        AuditVerification broken = audit.verify();
        assertFalse(broken.valid());
        assertEquals(entry.seq(), broken.firstBadSeq());
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE PLATFORM.AUDIT_LOG SET DETAIL = ? WHERE SEQ = ?")) {
            ps.setString(1, "Nghị quyết gốc");
            ps.setLong(2, entry.seq());
            ps.executeUpdate();
        }
        assertTrue(audit.verify().valid());
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT DETAIL FROM PLATFORM.AUDIT_LOG WHERE SEQ = ?")) {
            ps.setLong(1, entry.seq());
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("Nghị quyết gốc", rs.getString(1));
            }
        }
    }

    @Test
    public void aModuleInfoServiceAppearsInAndLeavesTheRegistry() {
        ModuleInfo info = new TestModule("guesthouse", "Nhà khách", "Guest house", "/office/guesthouse/");
        ServiceRegistration<ModuleInfo> reg = context.registerService(ModuleInfo.class, info, null);
        try {
            assertTrue(modules.modules().stream().anyMatch(m -> m.id().equals("guesthouse") && m.nameVi().equals("Nhà khách")));
        } finally {
            reg.unregister();
        }
        assertFalse(modules.modules().stream().anyMatch(m -> m.id().equals("guesthouse")));
    }
}
