package org.partyoffice.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.partyoffice.documents.api.Attachment;
import org.partyoffice.documents.api.Document;
import org.partyoffice.documents.api.DocumentQuery;
import org.partyoffice.documents.api.DocumentService;
import org.partyoffice.documents.api.DocumentStatus;
import org.partyoffice.documents.api.DocumentVersion;
import org.partyoffice.documents.api.NewDraft;
import org.partyoffice.documents.api.Urgency;
import org.partyoffice.platform.api.AccountChange;
import org.partyoffice.platform.api.AccountService;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.ModuleRegistry;
import org.partyoffice.platform.api.OrganisationService;
import org.partyoffice.platform.api.Roles;
import org.partyoffice.platform.api.Unit;
import org.partyoffice.platform.api.NewUnit;
import org.partyoffice.platform.api.UnitType;
import org.partyoffice.signatures.api.CertificateAuthority;
import org.partyoffice.signatures.api.CertificateProfile;
import org.partyoffice.signatures.api.IssueRequest;
import org.partyoffice.signatures.api.SignatureService;
import org.partyoffice.signatures.api.VerificationReport;

/**
 * The documents module on the platform: first alone (digital signing unavailable, and it says
 * so; signing on paper works), then with the signatures module installed at runtime next to it
 * (documents that already exist are signed digitally and the signed PDF verifies, without a
 * restart of documents), then uninstalled and installed again with its register intact. The
 * shell commands are run in-process as signed-in users.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DocumentsModuleIT {

    private static final String CLERK = "van.thu.it";
    private static final String SIGNER = "lanh.dao.it";
    private static final String VIEWER = "xem.it";
    private static final String PASSWORD = "mật-khẩu-thử-nghiệm-1";
    private static final String KEY_PASSWORD = "khoa-ky-so-2026";

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
    private ModuleRegistry modules;
    @Inject
    private SessionFactory sessions;

    @Configuration
    public Option[] config() {
        // A consumer of both modules' APIs carries their api bundles, as a consumer feature would.
        return DistributionSupport.distribution(
                CoreOptions.bundle(DistributionSupport.reactorFile("bundles/documents/documents-api",
                        "documents-api-" + DistributionSupport.VERSION + ".jar")).start(),
                CoreOptions.bundle(DistributionSupport.reactorFile("bundles/signatures/signatures-api",
                        "signatures-api-" + DistributionSupport.VERSION + ".jar")).start());
    }

    /** One test running the steps in order (Pax Exam does not keep JUnit's method order). */
    @Test
    public void moduleLifecycle() throws Exception {
        features = Services.awaitSettled(context, 120);
        Unit province = aloneOnThePlatform();
        long waiting = signaturesInstalledAtRuntime(province);
        shellCommands(waiting);
        uninstallAndReinstallKeepTheRegister();
    }

    private Unit aloneOnThePlatform() throws Exception {
        features.installFeature("partyoffice-documents", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        DocumentService documents = Services.await(context, DocumentService.class, 60);
        assertTrue(modules.modules().stream().anyMatch(m -> m.id().equals("documents")));
        assertFalse("signatures is not installed", features.isInstalled(features.getFeature("partyoffice-signatures")));

        Unit province = user.callAs("admin", () -> organisation.create(new NewUnit("000.00.00.H99", "Tỉnh ủy Thử Nghiệm",
                UnitType.PROVINCE, null, java.time.LocalDate.of(2025, 7, 1))));
        user.callAs("admin", () -> {
            accounts.create(new AccountChange(CLERK, "Lê Thị Văn Thư", PASSWORD, Set.of(Roles.OFFICE_STAFF),
                    Clearance.TUYET_MAT, province.id(), true));
            accounts.create(new AccountChange(SIGNER, "Nguyễn Văn Lãnh Đạo", PASSWORD, Set.of(Roles.SIGNER),
                    Clearance.TUYET_MAT, province.id(), true));
            return accounts.create(new AccountChange(VIEWER, "Đỗ Quan Sát", PASSWORD, Set.of(Roles.VIEWER),
                    Clearance.UNCLASSIFIED, province.id(), true));
        });

        Document d = draftWithPdf(documents, province, "Nghị quyết về chuyển đổi số", Clearance.UNCLASSIFIED);
        assertFalse(documents.digitalSigningAvailable());
        try {
            user.callAs(SIGNER, () -> documents.signDigitally(d.id(), KEY_PASSWORD.toCharArray()));
            fail("digital signing without the signatures module");
        } catch (ConflictException expected) {
            assertEquals("signing", expected.field());
            assertTrue(expected.getMessage(), expected.getMessage().contains("not installed"));
        }
        user.callAs(SIGNER, () -> documents.signOnPaper(d.id(), new Attachment("ban-ky.pdf", "application/pdf",
                TestPdfs.minimal("Da ky tren giay"))));
        Document out = user.callAs(CLERK, () -> documents.promulgate(d.id(), null));
        assertEquals("01-NQ/TU", out.symbol());
        Document secret = draftWithPdf(documents, province, "Nghị quyết Tuyệt mật về quốc phòng", Clearance.TUYET_MAT);
        assertEquals(2, user.callAs(CLERK, () -> documents.list(DocumentQuery.all(10))).total());
        assertEquals("a viewer below the level never sees it", 1,
                user.callAs(VIEWER, () -> documents.list(DocumentQuery.all(10))).total());
        assertTrue(user.callAs(VIEWER, () -> documents.find(secret.id())).isEmpty());

        // Full-text search (partyoffice-search comes with the feature): folded words, within clearance.
        List<Long> hits = List.of();
        for (int i = 0; i < 100 && hits.isEmpty(); i++) {
            Thread.sleep(100);
            hits = user.callAs(VIEWER, () -> documents.search("nghi quyet chuyen doi so", 0, 10)).hits().stream()
                    .map(h -> h.document().id()).toList();
        }
        assertEquals(List.of(d.id()), hits);
        long clerkFinds = 0;
        for (int i = 0; i < 100 && clerkFinds == 0; i++) {
            Thread.sleep(100); // the index shows new writes within about a second
            clerkFinds = user.callAs(CLERK, () -> documents.search("quoc phong", 0, 10)).total();
        }
        assertEquals(1, clerkFinds);
        assertEquals("the viewer is below Tuyệt mật", 0, user.callAs(VIEWER, () -> documents.search("quoc phong", 0, 10)).total());
        return province;
    }

    /** Returns the id of a submitted document that waits for a signature. */
    private long signaturesInstalledAtRuntime(Unit province) throws Exception {
        DocumentService documents = Services.await(context, DocumentService.class, 60);
        Document waiting = draftWithPdf(documents, province, "Chỉ thị về công tác văn thư", Clearance.MAT);
        Bundle impl = bundle("org.partyoffice.documents.impl");
        long implId = impl.getBundleId();
        ServiceReference<DocumentService> before = context.getServiceReference(DocumentService.class);

        features.installFeature("partyoffice-signatures", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        CertificateAuthority ca = Services.await(context, CertificateAuthority.class, 60);
        SignatureService signatures = Services.await(context, SignatureService.class, 60);
        for (int i = 0; i < 100 && !documents.digitalSigningAvailable(); i++) {
            Thread.sleep(100);
        }
        assertTrue("digital signing appears without a restart", documents.digitalSigningAvailable());
        assertEquals("documents was not restarted", before.getProperty("service.id"),
                context.getServiceReference(DocumentService.class).getProperty("service.id"));
        assertEquals(Bundle.ACTIVE, context.getBundle(implId).getState());

        user.callAs("admin", () -> ca.issueSoftToken(new IssueRequest(CertificateProfile.PERSONAL_SIGNING, SIGNER, null, 0,
                null), KEY_PASSWORD.toCharArray()));
        Document signed = user.callAs(SIGNER, () -> documents.signDigitally(waiting.id(), KEY_PASSWORD.toCharArray()));
        assertTrue(signed.signedDigitally());
        assertEquals(DocumentStatus.SIGNED, signed.status());
        List<DocumentVersion> versions = user.callAs(SIGNER, () -> documents.versions(waiting.id()));
        DocumentVersion last = versions.get(versions.size() - 1);
        assertEquals("SIGNED", last.kind());
        byte[] pdf;
        try (var in = user.callAs(SIGNER, () -> documents.open(waiting.id(), last.number()))) {
            pdf = in.readAllBytes();
        }
        VerificationReport report = signatures.verifyPdf(pdf);
        assertTrue(report.toString(), report.valid());
        assertEquals(SIGNER, report.signers().get(0).holderLogin());
        Document out = user.callAs(CLERK, () -> documents.promulgate(waiting.id(), null));
        assertEquals("01-CT/TU", out.symbol());

        Document another = draftWithPdf(documents, province, "Thông báo kết luận", Clearance.UNCLASSIFIED);
        return another.id();
    }

    private void shellCommands(long waitingId) throws Exception {
        Shell.Result list = Shell.run(sessions, CLERK, PASSWORD, "documents:list --status PROMULGATED");
        assertFalse(list.error(), list.failed());
        assertTrue(list.output(), list.output().contains("01-NQ/TU") && list.output().contains("01-CT/TU"));
        assertTrue(list.output(), list.output().contains("Nghị quyết về chuyển đổi số"));

        Shell.Result viewer = Shell.run(sessions, VIEWER, PASSWORD, "documents:list");
        assertFalse(viewer.error(), viewer.failed());
        assertFalse("the Mật directive is hidden from an unclassified viewer", viewer.output().contains("01-CT/TU"));

        Shell.Result show = Shell.run(sessions, VIEWER, PASSWORD, "documents:show 01-NQ/TU");
        assertTrue(show.output(), show.output().contains("promulgated"));

        Shell.Result notSigned = Shell.run(sessions, CLERK, PASSWORD, "documents:promulgate " + waitingId);
        assertTrue(notSigned.failed());
        assertTrue(notSigned.error(), notSigned.error().startsWith("Error: status: "));

        Shell.Result denied = Shell.run(sessions, VIEWER, PASSWORD, "documents:promulgate " + waitingId);
        assertTrue("the ACL keeps a viewer out", denied.failed());

        Shell.Result badStatus = Shell.run(sessions, CLERK, PASSWORD, "documents:list --status BAN_HANH");
        assertTrue(badStatus.error(), badStatus.error().startsWith("Error: --status: "));

        Shell.Result in = Shell.run(sessions, CLERK, PASSWORD, "documents:register-incoming --unit "
                + user.callAs(CLERK, () -> accounts.find(CLERK)).orElseThrow().unitId()
                + " --sender \"Ban Tổ chức Trung ương\" --symbol 15-HD/BTCTW --urgency \"Hỏa tốc\" \"Hướng dẫn về công tác cán bộ\"");
        assertFalse(in.error(), in.failed());
        assertTrue(in.output(), in.output().contains("1/"));

        long unit = user.callAs(CLERK, () -> accounts.find(CLERK)).orElseThrow().unitId();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        Shell.Result congress = Shell.run(sessions, CLERK, PASSWORD, "documents:congress --name \"Đại hội đại biểu lần thứ XVI\" "
                + "--opens " + today + " --closes " + today.plusDays(2) + " " + unit);
        assertFalse(congress.error(), congress.failed());
        assertTrue(congress.output(), congress.output().contains("ĐH-" + today.getYear()));
        Shell.Result congresses = Shell.run(sessions, VIEWER, PASSWORD, "documents:congress " + unit);
        assertFalse(congresses.error(), congresses.failed());
        assertTrue(congresses.output(), congresses.output().contains("Đại hội đại biểu lần thứ XVI"));
        Shell.Result badDay = Shell.run(sessions, CLERK, PASSWORD, "documents:congress --name \"Đại hội\" --opens 12/10/2025 "
                + "--closes 2025-10-15 " + unit);
        assertTrue(badDay.error(), badDay.failed() && badDay.error().startsWith("Error: --opens: "));
    }

    private void uninstallAndReinstallKeepTheRegister() throws Exception {
        features.uninstallFeature("partyoffice-documents");
        Services.awaitGone(context, DocumentService.class, 60);
        assertFalse(modules.modules().stream().anyMatch(m -> m.id().equals("documents")));
        features.installFeature("partyoffice-documents", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        DocumentService documents = Services.await(context, DocumentService.class, 60);
        Document again = user.callAs(CLERK, () -> documents.findBySymbol("01-NQ/TU", null))
                .orElseThrow(() -> new AssertionError("the register was lost on reinstall"));
        assertEquals("Nghị quyết về chuyển đổi số", again.title());
        assertEquals(4, user.callAs(CLERK, () -> documents.list(DocumentQuery.all(10))).total());
    }

    private Document draftWithPdf(DocumentService documents, Unit unit, String title, Clearance classification)
            throws Exception {
        Document d = user.callAs(CLERK, () -> documents.createDraft(new NewDraft(unit.id(),
                title.startsWith("Chỉ thị") ? "CT" : title.startsWith("Thông báo") ? "TB" : "NQ", title, classification,
                Urgency.KHAN)));
        user.callAs(CLERK, () -> documents.addVersion(d.id(), new Attachment("du-thao.pdf", "application/pdf",
                TestPdfs.minimal("Du thao " + d.id())), null));
        user.callAs(CLERK, () -> documents.submit(d.id(), SIGNER));
        return d;
    }

    private Bundle bundle(String symbolicName) {
        Bundle found = Arrays.stream(context.getBundles()).filter(b -> b.getSymbolicName().equals(symbolicName))
                .findFirst().orElse(null);
        assertNotNull(symbolicName + " is installed", found);
        return found;
    }

}
