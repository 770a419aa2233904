package org.partyoffice.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.partyoffice.archives.api.ArchiveService;
import org.partyoffice.archives.api.DispositionService;
import org.partyoffice.archives.api.Dossier;
import org.partyoffice.archives.api.DossierQuery;
import org.partyoffice.archives.api.FixityService;
import org.partyoffice.archives.api.Fonds;
import org.partyoffice.archives.api.IntakeService;
import org.partyoffice.archives.api.Item;
import org.partyoffice.archives.api.NewDossier;
import org.partyoffice.archives.api.NewFile;
import org.partyoffice.documents.api.Attachment;
import org.partyoffice.documents.api.Document;
import org.partyoffice.documents.api.DocumentService;
import org.partyoffice.documents.api.NewDraft;
import org.partyoffice.documents.api.Urgency;
import org.partyoffice.platform.api.AccountChange;
import org.partyoffice.platform.api.AccountService;
import org.partyoffice.platform.api.ArchivalRecord;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.ContentStore;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.NewUnit;
import org.partyoffice.platform.api.OrganisationService;
import org.partyoffice.platform.api.RecordSource;
import org.partyoffice.platform.api.Roles;
import org.partyoffice.platform.api.Unit;
import org.partyoffice.platform.api.UnitType;

/**
 * The archives module: alone on the platform (holdings, clearance, a flipped byte found by the
 * fixity sweep, destruction blocked by a legal hold, the shell), a record source registered at
 * runtime and the documents module installed at runtime (its promulgated document arrives in a
 * dossier, taken once), then archives uninstalled and installed again with its holdings there.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ArchivesModuleIT {

    private static final String ARCHIVIST = "luu.tru.it";
    private static final String SECRETARY = "chanh.vp.it";
    private static final String VIEWER = "xem.it";
    private static final String CLERK = "van.thu.lt";
    private static final String SIGNER = "lanh.dao.lt";
    private static final String PASSWORD = "mật-khẩu-lưu-trữ-3";

    @Inject
    private BundleContext context;
    private FeaturesService features;
    @Inject
    private CurrentUser user;
    @Inject
    private AccountService accounts;
    @Inject
    private OrganisationService organisation;
    @Inject
    private ContentStore contentStore;
    @Inject
    private org.apache.karaf.shell.api.console.SessionFactory sessions;

    private Unit province;
    private long fondsId;

    @Configuration
    public Option[] config() {
        return DistributionSupport.distribution(
                CoreOptions.bundle(DistributionSupport.reactorFile("bundles/archives/archives-api",
                        "archives-api-" + DistributionSupport.VERSION + ".jar")).start(),
                CoreOptions.bundle(DistributionSupport.reactorFile("bundles/documents/documents-api",
                        "documents-api-" + DistributionSupport.VERSION + ".jar")).start());
    }

    @Test
    public void moduleLifecycle() throws Exception {
        features = Services.awaitSettled(context, 120);
        Dossier secret = aloneOnThePlatform();
        fixityFindsAFlippedByte(secret);
        legalHoldBlocksDestruction();
        shellCommands();
        sourceRegisteredAtRuntime();
        documentsInstalledAtRuntime();
        uninstallAndReinstallKeepTheHoldings(secret);
    }

    private Dossier aloneOnThePlatform() throws Exception {
        features.installFeature("partyoffice-archives", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        ArchiveService archive = Services.await(context, ArchiveService.class, 60);
        IntakeService intake = Services.await(context, IntakeService.class, 60);
        assertFalse(features.isInstalled(features.getFeature("partyoffice-documents")));

        province = user.callAs("admin", () -> organisation.create(new NewUnit("000.00.00.H97", "Tỉnh ủy Lưu Trữ Thử",
                UnitType.PROVINCE, null, LocalDate.of(2025, 7, 1))));
        user.callAs("admin", () -> {
            accounts.create(new AccountChange(ARCHIVIST, "Trần Thị Lưu Trữ", PASSWORD, Set.of(Roles.ARCHIVIST), Clearance.TOI_MAT,
                    province.id(), true));
            accounts.create(new AccountChange(SECRETARY, "Phạm Chánh Văn Phòng", PASSWORD, Set.of(Roles.SECRETARY),
                    Clearance.TUYET_MAT, province.id(), true));
            return accounts.create(new AccountChange(VIEWER, "Đỗ Quan Sát", PASSWORD, Set.of(Roles.VIEWER), Clearance.UNCLASSIFIED,
                    province.id(), true));
        });
        assertEquals("no source installed: nothing to take", 0, user.callAs(ARCHIVIST, intake::run).total());
        Fonds fonds = user.callAs(ARCHIVIST, () -> archive.fondsOf(province.id()));
        fondsId = fonds.id();
        Dossier secret = user.callAs(ARCHIVIST, () -> archive.createDossier(new NewDossier(fonds.id(), null, "HS-2025-01",
                "Hồ sơ nhân sự Tối mật", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "VV", Clearance.TOI_MAT)));
        Item item = user.callAs(ARCHIVIST, () -> archive.addItem(secret.id(), "Tờ trình về công tác cán bộ", LocalDate.of(2025, 6, 1),
                Clearance.TOI_MAT, List.of(new NewFile("to-trinh.pdf", "application/pdf",
                        new ByteArrayInputStream(TestPdfs.minimal("To trinh cong tac can bo"))))));
        assertEquals(1, item.files().size());
        assertEquals(0, user.callAs(VIEWER, () -> archive.dossiers(DossierQuery.all())).total());
        assertEquals(1, user.callAs(ARCHIVIST, () -> archive.dossiers(DossierQuery.all())).total());
        return secret;
    }

    private void fixityFindsAFlippedByte(Dossier secret) throws Exception {
        ArchiveService archive = Services.await(context, ArchiveService.class, 60);
        FixityService fixity = Services.await(context, FixityService.class, 60);
        assertTrue(user.callAs(ARCHIVIST, fixity::sweep).passed());
        String hash = user.callAs(ARCHIVIST, () -> archive.items(secret.id())).get(0).files().get(0).sha256();
        Path file = Path.of(System.getProperty("karaf.data"), "partyoffice", "files", "areas", "archives",
                hash.substring(0, 2), hash.substring(2));
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(10);
            int b = raf.read();
            raf.seek(10);
            raf.write(b ^ 0x20);
        }
        var report = user.callAs(ARCHIVIST, fixity::sweep);
        assertEquals(1, report.failures().size());
        assertEquals("MISMATCH", report.failures().get(0).problem());
        assertEquals(List.of(secret.id()), report.failures().get(0).dossierIds());
    }

    private void legalHoldBlocksDestruction() throws Exception {
        ArchiveService archive = Services.await(context, ArchiveService.class, 60);
        DispositionService disposition = Services.await(context, DispositionService.class, 60);
        Dossier d = user.callAs(ARCHIVIST, () -> archive.createDossier(new NewDossier(fondsId, null, "HS-2020-05",
                "Hồ sơ công văn năm 2020", null, null, "5N", Clearance.UNCLASSIFIED)));
        user.callAs(ARCHIVIST, () -> archive.close(d.id()));
        user.callAs(ARCHIVIST, () -> disposition.hold(d.id(), "Đang thanh tra"));
        try {
            user.callAs(SECRETARY, () -> disposition.destroy(d.id(), "Quyết định 3-QĐ/VPTU"));
            fail("destroyed under a legal hold");
        } catch (ConflictException expected) {
            assertEquals("legalHold", expected.field());
        }
    }

    private void shellCommands() throws Exception {
        Shell.Result list = Shell.run(sessions, ARCHIVIST, PASSWORD, "archives:dossiers --fonds " + fondsId);
        assertFalse(list.error(), list.failed());
        assertTrue(list.output(), list.output().contains("HS-2025-01") && list.output().contains("Tối mật"));
        Shell.Result hidden = Shell.run(sessions, VIEWER, PASSWORD, "archives:dossiers");
        assertFalse(hidden.output(), hidden.output().contains("HS-2025-01"));
        Shell.Result fixity = Shell.run(sessions, ARCHIVIST, PASSWORD, "archives:fixity");
        assertTrue(fixity.output(), fixity.output().contains("MISMATCH"));
        Shell.Result fonds = Shell.run(sessions, ARCHIVIST, PASSWORD, "archives:fonds");
        assertTrue(fonds.output(), fonds.output().contains("Phông Tỉnh ủy Lưu Trữ Thử"));
        Shell.Result noDecision = Shell.run(sessions, SECRETARY, PASSWORD, "archives:dispose --destroy 999999");
        assertTrue(noDecision.failed());
        assertTrue(noDecision.error(), noDecision.error().startsWith("Error: "));
        Shell.Result denied = Shell.run(sessions, VIEWER, PASSWORD, "archives:ingest");
        assertTrue("the ACL keeps a viewer from running intake", denied.failed());
    }

    private void sourceRegisteredAtRuntime() throws Exception {
        IntakeService intake = Services.await(context, IntakeService.class, 60);
        String hash = contentStore.put(new ByteArrayInputStream(TestPdfs.minimal("Bien ban hoi nghi")));
        RecordSource source = new RecordSource() {
            @Override
            public String module() {
                return "guest-house";
            }

            @Override
            public List<ArchivalRecord> closedSince(Instant since, int limit) {
                Instant closed = Instant.parse("2026-02-10T03:00:00Z");
                return since.isAfter(closed) ? List.of() : List.of(new ArchivalRecord("guest-house", "b-1",
                        "Hồ sơ đón tiếp đoàn đại biểu", province.id(), Clearance.UNCLASSIFIED, closed, List.of(hash)));
            }
        };
        ServiceRegistration<RecordSource> registration = context.registerService(RecordSource.class, source, null);
        try {
            assertEquals(Integer.valueOf(1), user.callAs(ARCHIVIST, intake::run).taken().get("guest-house"));
            assertEquals("taken once", Integer.valueOf(0), user.callAs(ARCHIVIST, intake::run).taken().get("guest-house"));
        } finally {
            registration.unregister();
        }
        ArchiveService archive = Services.await(context, ArchiveService.class, 60);
        Dossier d = user.callAs(ARCHIVIST, () -> archive.findDossier(fondsId, "GUEST-HOUSE-2026")).orElseThrow();
        assertEquals(1, d.itemCount());
        assertEquals(1, d.fileCount());
    }

    private void documentsInstalledAtRuntime() throws Exception {
        features.installFeature("partyoffice-documents", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        DocumentService documents = Services.await(context, DocumentService.class, 60);
        user.callAs("admin", () -> {
            accounts.create(new AccountChange(CLERK, "Lê Văn Thư", PASSWORD, Set.of(Roles.OFFICE_STAFF), Clearance.MAT,
                    province.id(), true));
            return accounts.create(new AccountChange(SIGNER, "Nguyễn Lãnh Đạo", PASSWORD, Set.of(Roles.SIGNER), Clearance.MAT,
                    province.id(), true));
        });
        Document d = user.callAs(CLERK, () -> documents.createDraft(new NewDraft(province.id(), "NQ",
                "Nghị quyết về công tác lưu trữ", Clearance.UNCLASSIFIED, Urgency.KHAN)));
        user.callAs(CLERK, () -> documents.addVersion(d.id(), new Attachment("du-thao.pdf", "application/pdf",
                TestPdfs.minimal("Nghi quyet ve cong tac luu tru")), null));
        user.callAs(CLERK, () -> documents.submit(d.id(), SIGNER));
        user.callAs(SIGNER, () -> documents.signOnPaper(d.id(), new Attachment("ban-ky.pdf", "application/pdf",
                TestPdfs.minimal("Ban ky"))));
        Document out = user.callAs(CLERK, () -> documents.promulgate(d.id(), null));

        IntakeService intake = Services.await(context, IntakeService.class, 60);
        Integer taken = null;
        for (int i = 0; i < 100 && taken == null; i++) {
            taken = user.callAs(ARCHIVIST, intake::run).taken().get("documents");
            if (taken == null) {
                Thread.sleep(100);
            }
        }
        assertEquals("the documents source was picked up at runtime", Integer.valueOf(1), taken);
        ArchiveService archive = Services.await(context, ArchiveService.class, 60);
        Dossier dossier = user.callAs(ARCHIVIST, () -> archive.findDossier(fondsId,
                "VB-" + out.promulgatedOn().getYear())).orElseThrow();
        List<Item> items = user.callAs(ARCHIVIST, () -> archive.items(dossier.id()));
        assertEquals(1, items.size());
        assertTrue(items.get(0).title(), items.get(0).title().contains(out.symbol()));
        assertEquals("documents", items.get(0).source());
        assertFalse(items.get(0).files().isEmpty());
    }

    private void uninstallAndReinstallKeepTheHoldings(Dossier secret) throws Exception {
        features.uninstallFeature("partyoffice-archives");
        Services.awaitGone(context, ArchiveService.class, 60);
        features.installFeature("partyoffice-archives", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        ArchiveService archive = Services.await(context, ArchiveService.class, 60);
        assertEquals("Hồ sơ nhân sự Tối mật", user.callAs(ARCHIVIST, () -> archive.getDossier(secret.id())).title());
        assertEquals(1, user.callAs(ARCHIVIST, () -> archive.items(secret.id())).size());
    }
}
