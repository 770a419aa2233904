package org.partyoffice.itests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
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
import org.partyoffice.platform.api.AccountChange;
import org.partyoffice.platform.api.AccountService;
import org.partyoffice.platform.api.Clearance;
import org.partyoffice.platform.api.CurrentUser;
import org.partyoffice.platform.api.ModuleRegistry;
import org.partyoffice.platform.api.Roles;
import org.partyoffice.signatures.api.CertificateAuthority;
import org.partyoffice.signatures.api.CertificateInfo;
import org.partyoffice.signatures.api.CertificateProfile;
import org.partyoffice.signatures.api.CertificateStatus;
import org.partyoffice.signatures.api.IssueRequest;
import org.partyoffice.signatures.api.PdfSignatureOptions;
import org.partyoffice.signatures.api.RevocationReason;
import org.partyoffice.signatures.api.SignatureService;
import org.partyoffice.signatures.api.SoftToken;
import org.partyoffice.signatures.api.VerificationReport;

/**
 * The signatures module alone on the platform: installed at runtime into the running
 * distribution, used, uninstalled, and installed again with its certificates still there.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SignaturesModuleIT {

    private static final String FEATURE = "partyoffice-signatures";
    private static final String SIGNER = "ky.so";
    private static final String SIGNER_PASSWORD = "mật-khẩu-người-ký-1";
    private static final String KEY_PASSWORD = "khoa-ky-so-2026"; // PKCS#12 passwords must be ASCII for Java-based tools
    private static String serial;
    private static String rootFingerprintBefore;

    @Inject
    private BundleContext context;
    @Inject
    private FeaturesService features;
    @Inject
    private CurrentUser user;
    @Inject
    private AccountService accounts;
    @Inject
    private ModuleRegistry modules;

    /**
     * One test running the steps in order: each builds on the one before, and Pax Exam does not
     * keep JUnit's method order.
     */
    @Test
    public void moduleLifecycle() throws Exception {
        step1InstallAtRuntimeAndSign();
        step1PdfSigningWorksInOsgiAndOverRest();
        step2UninstallKeepsTheCertificates();
        step3RevocationReachesTheCrlOverHttp();
        step4ALostTokenRevokesItsCertificatesOverRest();
        step5BatchIssuanceRunsAsAPlatformJob();
    }

    @Configuration
    public Option[] config() {
        // The test is a consumer of the module's API, so, like a consumer feature, it carries the
        // api bundle itself: uninstalling the module then leaves the test's wiring intact.
        return DistributionSupport.distribution(CoreOptions.bundle(DistributionSupport.reactorFile(
                "bundles/signatures/signatures-api", "signatures-api-" + DistributionSupport.VERSION + ".jar")).start());
    }

    public void step1InstallAtRuntimeAndSign() throws Exception {
        features().installFeature(FEATURE, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        CertificateAuthority ca = Services.await(context, CertificateAuthority.class, 60);
        SignatureService signatures = Services.await(context, SignatureService.class, 60);
        assertTrue(modules.modules().stream().anyMatch(m -> m.id().equals("signatures")));
        rootFingerprintBefore = ca.chainPem();

        user.callAs("admin", () -> accounts.create(new AccountChange(SIGNER, "Nguyễn Văn Ký", SIGNER_PASSWORD,
                Set.of(Roles.SIGNER), Clearance.TOI_MAT, null, true)));
        SoftToken token = user.callAs("admin", () -> ca.issueSoftToken(
                new IssueRequest(CertificateProfile.PERSONAL_SIGNING, SIGNER, null, 0, null), KEY_PASSWORD.toCharArray()));
        serial = token.certificate().serial();
        assertTrue(token.certificate().subject().contains("Nguyễn Văn Ký"));
        assertTrue(token.pkcs12().length > 0);

        byte[] content = "Nghị quyết số 01-NQ/TU về chuyển đổi số".getBytes(StandardCharsets.UTF_8);
        byte[] cms = user.callAs(SIGNER, () -> signatures.signCms(content, KEY_PASSWORD.toCharArray()));
        VerificationReport report = signatures.verifyCms(content, cms);
        assertTrue(report.toString(), report.valid());
        assertEquals(SIGNER, report.signers().get(0).holderLogin());
        VerificationReport tampered = signatures.verifyCms("Nghị quyết đã bị sửa".getBytes(StandardCharsets.UTF_8), cms);
        assertFalse(tampered.valid());
        assertFalse(tampered.signers().get(0).integrity());
    }

    /** PAdES inside Karaf: PDFBox (pdfbox, pdfbox-io, fontbox) resolves and signs; REST takes raw PDFs. */
    public void step1PdfSigningWorksInOsgiAndOverRest() throws Exception {
        SignatureService signatures = Services.await(context, SignatureService.class, 60);
        byte[] pdf = TestPdfs.minimal("Nghi quyet so 01-NQ/TU ve chuyen doi so");
        byte[] signed = user.callAs(SIGNER, () -> signatures.signPdf(pdf, KEY_PASSWORD.toCharArray(),
                PdfSignatureOptions.visible("Phê duyệt", 1).withLocation("Hà Nội")));
        assertArrayEquals(pdf, Arrays.copyOf(signed, pdf.length));
        VerificationReport report = signatures.verifyPdf(signed);
        assertTrue(report.toString(), report.valid());
        assertEquals(SIGNER, report.signers().get(0).holderLogin());
        byte[] tampered = signed.clone();
        tampered[new String(signed, StandardCharsets.ISO_8859_1).indexOf("Nghi quyet") + 1] = 'X';
        assertFalse(signatures.verifyPdf(tampered).signers().get(0).integrity());

        HttpClient client = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + Integer.getInteger("partyoffice.test.httpPort") + "/api/signatures/";
        String auth = "Basic " + Base64.getEncoder().encodeToString((SIGNER + ":" + SIGNER_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> viaRest = null;
        for (int i = 0; i < 100 && (viaRest == null || viaRest.statusCode() == 404); i++) {
            if (viaRest != null) {
                Thread.sleep(200);
            }
            viaRest = client.send(HttpRequest.newBuilder(URI.create(base + "sign-pdf?reason=Ph%C3%AA%20duy%E1%BB%87t&visible=true"))
                    .header("Authorization", auth).header("Content-Type", "application/pdf")
                    .header("X-Key-Password", KEY_PASSWORD).POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }
        assertEquals(new String(viaRest.body(), StandardCharsets.UTF_8), 200, viaRest.statusCode());
        assertArrayEquals(pdf, Arrays.copyOf(viaRest.body(), pdf.length));
        HttpResponse<String> verified = client.send(HttpRequest.newBuilder(URI.create(base + "verify-pdf"))
                .header("Authorization", auth).header("Content-Type", "application/pdf").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(viaRest.body())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(verified.body(), 200, verified.statusCode());
        for (String check : new String[] {"integrity", "chainTrusted", "validAtSigningTime", "notRevoked"}) {
            assertTrue(verified.body(), verified.body().matches("(?s).*\"" + check + "\"\\s*:\\s*true.*"));
        }
        HttpResponse<String> notPdf = client.send(HttpRequest.newBuilder(URI.create(base + "sign-pdf"))
                .header("Authorization", auth).header("Content-Type", "application/pdf")
                .header("X-Key-Password", KEY_PASSWORD)
                .POST(HttpRequest.BodyPublishers.ofString("Đây không phải PDF", StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(notPdf.body(), 422, notPdf.statusCode());
        assertTrue(notPdf.body(), notPdf.body().matches("(?s).*\"field\"\\s*:\\s*\"pdf\".*"));
    }

    /**
     * The features service as registered now, not the injected one: under load the distribution's
     * first start can still be refreshing when the test begins, which replaces the service (the
     * injected instance then rejects work: "RejectedExecutionException ... Terminated").
     */
    private FeaturesService features() throws InterruptedException {
        return Services.awaitSettled(context, 120);
    }

    public void step2UninstallKeepsTheCertificates() throws Exception {
        features().uninstallFeature(FEATURE);
        Services.awaitGone(context, CertificateAuthority.class, 60);
        assertFalse(modules.modules().stream().anyMatch(m -> m.id().equals("signatures")));
        // The module's OpenAPI fragment leaves /api/openapi.json with its bundle, and comes back with it.
        Http http = new Http(Integer.getInteger("partyoffice.test.httpPort")).anonymous();
        assertFalse(http.get("/api/openapi.json").json().path("paths").has("/signatures/crl"));

        features().installFeature(FEATURE, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        CertificateAuthority ca = Services.await(context, CertificateAuthority.class, 60);
        assertTrue(http.get("/api/openapi.json").json().path("paths").has("/signatures/crl"));
        assertEquals("the CA survives a reinstall", rootFingerprintBefore, ca.chainPem());
        CertificateInfo again = user.callAs("admin", () -> ca.find(serial))
                .orElseThrow(() -> new AssertionError("certificate lost on reinstall"));
        assertEquals(CertificateStatus.VALID, again.status());
        assertEquals(SIGNER, again.holderLogin());
    }

    public void step3RevocationReachesTheCrlOverHttp() throws Exception {
        CertificateAuthority ca = Services.await(context, CertificateAuthority.class, 60);
        CertificateInfo revoked = user.callAs("admin", () -> ca.revoke(serial, RevocationReason.KEY_COMPROMISE));
        assertEquals(CertificateStatus.REVOKED, revoked.status());
        Http http = new Http(Integer.getInteger("partyoffice.test.httpPort"));
        Http.Response crl = awaitCrl(http);
        assertEquals(200, crl.status());
        assertArrayEquals(ca.crl(), crl.body().getBytes(StandardCharsets.ISO_8859_1));
        Http.Response chain = http.anonymous().getBytes("/api/signatures/ca.pem");
        assertEquals(200, chain.status());
        assertTrue(chain.body().startsWith("-----BEGIN CERTIFICATE-----"));
        assertEquals(401, http.anonymous().get("/api/signatures/certificates").status());
        Http.Response twice = http.basic("admin", DistributionSupport.ADMIN_PASSWORD)
                .post("/api/signatures/certificates/" + serial + "/revoke", "{\"reason\":\"SUPERSEDED\"}");
        assertEquals(409, twice.status());
        assertEquals(404, http.get("/api/signatures/certificates/00ff").status());
    }

    public void step4ALostTokenRevokesItsCertificatesOverRest() {
        Http http = new Http(Integer.getInteger("partyoffice.test.httpPort")).basic("admin", DistributionSupport.ADMIN_PASSWORD);
        assertEquals(201, http.post("/api/signatures/devices", "{\"serial\":\"USB-0636\",\"model\":\"ePass 2003\"}").status());
        assertEquals(409, http.post("/api/signatures/devices", "{\"serial\":\"USB-0636\",\"model\":\"ePass 2003\"}").status());
        assertEquals(200, http.post("/api/signatures/devices/USB-0636/issue", "{\"holderLogin\":\"" + SIGNER + "\"}").status());
        assertEquals(409, http.post("/api/signatures/devices/USB-0636/destroy", "").status());
        Http.Response lost = http.post("/api/signatures/devices/USB-0636/lost", "");
        assertEquals(lost.body(), 200, lost.status());
        assertEquals("LOST", lost.json().get("state").asText());
        assertEquals(404, http.get("/api/signatures/devices/USB-9999").status());
    }

    public void step5BatchIssuanceRunsAsAPlatformJob() throws InterruptedException {
        Http http = new Http(Integer.getInteger("partyoffice.test.httpPort")).basic("admin", DistributionSupport.ADMIN_PASSWORD);
        String csv = "login,profile,unitId,validityDays,csr\n" + SIGNER + ",PERSONAL_SIGNING,,,\nadmin,PERSONAL_SIGNING,,365,\n"
                + "khong.ton.tai,PERSONAL_SIGNING,,,\n";
        Http.Response submitted = http.send("POST", "/api/signatures/certificates/batch", "text/csv; charset=UTF-8", csv,
                "X-Token-Password", "khoa-hang-loat-2026");
        assertEquals(submitted.body(), 202, submitted.status());
        String job = submitted.json().get("id").asText();
        com.fasterxml.jackson.databind.JsonNode info = null;
        for (int i = 0; i < 300; i++) {
            info = http.get("/api/jobs/" + job).json();
            if (!"QUEUED".equals(info.get("state").asText()) && !"RUNNING".equals(info.get("state").asText())) {
                break;
            }
            Thread.sleep(200);
        }
        assertEquals(info.toString(), "SUCCEEDED", info.get("state").asText());
        assertTrue(info.toString(), info.get("message").asText().startsWith("2 issued, 1 failed"));
        assertTrue(info.get("report").toString(), info.get("report").toString().contains("khong.ton.tai"));
    }

    private static Http.Response awaitCrl(Http http) throws InterruptedException {
        Http.Response r = null;
        for (int i = 0; i < 100; i++) {
            r = http.anonymous().getBytes("/api/signatures/crl");
            if (r.status() == 200) {
                return r;
            }
            Thread.sleep(200);
        }
        return r;
    }
}
