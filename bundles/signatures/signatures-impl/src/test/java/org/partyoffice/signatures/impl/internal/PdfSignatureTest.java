package org.partyoffice.signatures.impl.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyoffice.platform.api.AccessDeniedException;
import org.partyoffice.platform.api.AuditEntry;
import org.partyoffice.platform.api.AuditQuery;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.signatures.api.CertificateProfile;
import org.partyoffice.signatures.api.IssueRequest;
import org.partyoffice.signatures.api.PdfSignatureOptions;
import org.partyoffice.signatures.api.RevocationReason;
import org.partyoffice.signatures.api.SignerReport;
import org.partyoffice.signatures.api.SoftToken;
import org.partyoffice.signatures.api.VerificationReport;

/** PAdES-B signing and verification: a personal signature and the unit's seal on the same PDF. */
class PdfSignatureTest {

    static final char[] SEAL_PASSWORD = "Con dau Tinh uy 2025!".toCharArray();
    static final PdfSignatureOptions PERSONAL = PdfSignatureOptions.visible("Phê duyệt nghị quyết", 1)
            .withLocation("Lào Cai");
    static final PdfSignatureOptions SEAL = PdfSignatureOptions.visible("Đóng dấu ban hành", 1).at(1, 300, 36, 220, 70);

    @TempDir
    Path temp;
    Fixture f;
    CaService ca;
    CmsSignatureService signatures;
    SoftToken personal;
    SoftToken seal;
    byte[] document;

    @BeforeEach
    void start() {
        f = new Fixture(temp);
        ca = f.ca();
        signatures = f.signatures(ca);
        personal = f.asAdmin(() -> ca.issueSoftToken(CaServiceTest.personal(Fixture.SIGNER), Fixture.TOKEN_PASSWORD));
        seal = f.asAdmin(() -> ca.issueSoftToken(sealOf(f.province.id()), SEAL_PASSWORD));
        document = TestPdf.document();
    }

    @AfterEach
    void stop() {
        f.close();
    }

    static IssueRequest sealOf(long unitId) {
        return new IssueRequest(CertificateProfile.ORGANISATION_SEAL, null, unitId, 0, null);
    }

    byte[] signPersonal(byte[] pdf) {
        return f.as(Fixture.SIGNER, () -> signatures.signPdf(pdf, Fixture.TOKEN_PASSWORD, PERSONAL));
    }

    byte[] signSeal(byte[] pdf) {
        return f.as(Fixture.OTHER_SIGNER, () -> signatures.signPdfAsSeal(pdf, f.province.id(), SEAL_PASSWORD, SEAL));
    }

    @Test
    void aPersonalSignatureAndTheSealOnTheSamePdfBothStayValid() {
        byte[] once = signPersonal(document);
        f.clock.advance(Duration.ofMinutes(3));
        byte[] twice = signSeal(once);

        // incremental updates: each file begins with the previous one, byte for byte
        assertArrayEquals(document, Arrays.copyOf(once, document.length));
        assertArrayEquals(once, Arrays.copyOf(twice, once.length));

        VerificationReport first = signatures.verifyPdf(once);
        assertTrue(first.valid(), first.toString());
        assertEquals(List.of(), first.signers().get(0).problems());

        VerificationReport report = signatures.verifyPdf(twice);
        assertTrue(report.valid(), report.toString());
        assertEquals(2, report.signers().size());
        SignerReport person = report.signers().get(0);
        SignerReport unit = report.signers().get(1);
        assertEquals(personal.certificate().serial(), person.serial());
        assertEquals(Fixture.SIGNER, person.holderLogin());
        assertTrue(person.subject().contains(Fixture.SIGNER_NAME), person.subject());
        assertTrue(person.problems().stream().allMatch(p -> p.startsWith("note: signature 1 of 2 covers the document as it was")),
                person.problems().toString());
        assertEquals(seal.certificate().serial(), unit.serial());
        assertNull(unit.holderLogin());
        assertTrue(unit.subject().contains(Fixture.PROVINCE), unit.subject());
        assertEquals(List.of(), unit.problems());
        assertEquals(unit.signingTime(), person.signingTime().plus(Duration.ofMinutes(3)));
    }

    @Test
    void theSignatureIsPadesBaselineWithTheSignedTimeInTheDictionary() throws Exception {
        byte[] signed = signPersonal(document);
        try (PDDocument pdf = Loader.loadPDF(signed)) {
            PDSignature signature = pdf.getSignatureDictionaries().get(0);
            assertEquals("Adobe.PPKLite", signature.getFilter());
            assertEquals("ETSI.CAdES.detached", signature.getSubFilter());
            assertEquals("Phê duyệt nghị quyết", signature.getReason());
            assertEquals("Lào Cai", signature.getLocation());
            assertEquals(Fixture.SIGNER_NAME, signature.getName());
            assertEquals(f.clock.instant().truncatedTo(ChronoUnit.SECONDS), signature.getSignDate().toInstant());

            CMSSignedData cms = new CMSSignedData(signature.getContents(signed));
            assertTrue(cms.isDetachedSignature());
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            assertEquals("2.16.840.1.101.3.4.2.1", signer.getDigestAlgOID(), "SHA-256");
            assertNotNull(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2));
            assertNotNull(signer.getSignedAttributes().get(CMSAttributes.contentType));
            assertNull(signer.getSignedAttributes().get(CMSAttributes.signingTime),
                    "PAdES baseline: the time is /M, not a signing-time attribute");
        }
        SignerReport report = signatures.verifyPdf(signed).signers().get(0);
        assertEquals(f.clock.instant().truncatedTo(ChronoUnit.SECONDS), report.signingTime());
    }

    @Test
    void aVisibleSignatureHasAWidgetWithAnAppearanceOnItsPage() throws Exception {
        byte[] signed = signSeal(signPersonal(document));
        try (PDDocument pdf = Loader.loadPDF(signed)) {
            List<PDSignatureField> fields = pdf.getSignatureFields();
            assertEquals(2, fields.size());
            List<PDAnnotation> annotations = pdf.getPage(0).getAnnotations();
            List<PDAnnotationWidget> widgets = annotations.stream().filter(PDAnnotationWidget.class::isInstance)
                    .map(PDAnnotationWidget.class::cast).toList();
            assertEquals(2, widgets.size(), "both boxes are on page 1");
            for (PDAnnotationWidget widget : widgets) {
                assertTrue(widget.getRectangle().getWidth() > 100 && widget.getRectangle().getHeight() > 40,
                        String.valueOf(widget.getRectangle()));
                assertNotNull(widget.getAppearance().getNormalAppearance().getAppearanceStream());
                assertTrue(widget.getAppearance().getNormalAppearance().getAppearanceStream().getContents().read() >= 0,
                        "the appearance draws something");
            }
            assertEquals(220, widgets.get(1).getRectangle().getWidth(), 0.01);
            assertEquals(0, pdf.getPage(1).getAnnotations().size());
        }
    }

    @Test
    void anInvisibleSignatureHasNoVisibleBox() throws Exception {
        byte[] signed = f.as(Fixture.SIGNER, () -> signatures.signPdf(document, Fixture.TOKEN_PASSWORD,
                PdfSignatureOptions.invisible(null)));
        try (PDDocument pdf = Loader.loadPDF(signed)) {
            PDAnnotationWidget widget = pdf.getSignatureFields().get(0).getWidgets().get(0);
            assertEquals(0, widget.getRectangle().getWidth(), 0.01);
        }
        assertTrue(signatures.verifyPdf(signed).valid());
    }

    @Test
    void aByteChangedAfterSigningFailsIntegrity() {
        byte[] signed = signPersonal(document);
        byte[] title = TestPdf.TITLE.getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(signed, title);
        assertTrue(at > 0);
        byte[] tampered = signed.clone();
        tampered[at + 5] = 'X'; // "Nghi Xuyet ..."
        SignerReport report = signatures.verifyPdf(tampered).signers().get(0);
        assertFalse(report.integrity());
        assertFalse(report.valid());
        assertTrue(report.chainTrusted() && report.notRevoked() && report.validAtSigningTime());
        assertTrue(report.problems().get(0).contains("content does not match"), report.problems().toString());
    }

    @Test
    void contentAppendedAfterTheLastSignatureFailsItsIntegrity() {
        byte[] signed = signPersonal(document);
        byte[] appended = Arrays.copyOf(signed, signed.length + 40);
        byte[] update = "\n1 0 obj\n(changed later)\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(update, 0, appended, signed.length, update.length);
        SignerReport report = signatures.verifyPdf(appended).signers().get(0);
        assertFalse(report.integrity());
        assertTrue(report.problems().stream().anyMatch(p -> p.contains("changed after it was signed")),
                report.problems().toString());
        // a trailing line break is not a change
        byte[] newline = Arrays.copyOf(signed, signed.length + 1);
        newline[signed.length] = '\n';
        assertTrue(signatures.verifyPdf(newline).valid());
    }

    @Test
    void aFileThatIsNotAPdfIsRejectedNamingThePdf() {
        byte[] notPdf = "Đây không phải là PDF".getBytes(StandardCharsets.UTF_8);
        byte[] brokenPdf = "%PDF-1.7\nnothing else".getBytes(StandardCharsets.US_ASCII);
        for (byte[] bad : new byte[][] {notPdf, brokenPdf, new byte[0]}) {
            assertEquals("pdf", assertThrows(InvalidInputException.class, () -> f.as(Fixture.SIGNER,
                    () -> signatures.signPdf(bad, Fixture.TOKEN_PASSWORD, PERSONAL))).field());
            assertEquals("pdf", assertThrows(InvalidInputException.class, () -> signatures.verifyPdf(bad)).field());
        }
        InvalidInputException unsigned = assertThrows(InvalidInputException.class, () -> signatures.verifyPdf(document));
        assertEquals("pdf", unsigned.field());
        assertTrue(unsigned.rule().contains("no digital signatures"), unsigned.rule());
    }

    @Test
    void badOptionsAreRejectedBeforeAnythingIsSigned() {
        assertEquals("page", assertThrows(InvalidInputException.class, () -> f.as(Fixture.SIGNER,
                () -> signatures.signPdf(document, Fixture.TOKEN_PASSWORD, PdfSignatureOptions.visible("x", 3)))).field());
        assertEquals("position", assertThrows(InvalidInputException.class, () -> f.as(Fixture.SIGNER,
                () -> signatures.signPdf(document, Fixture.TOKEN_PASSWORD, PERSONAL.at(1, 500, 800, 200, 60)))).field());
        assertEquals(0, f.audit.query(new AuditQuery(null, "signatures", "pdf.sign", null, null, null, 10)).size());
    }

    @Test
    void onlyStaffOfTheUnitWithTheSealPasswordApplyItsSeal() {
        assertThrows(AccessDeniedException.class, () -> f.asAdmin(
                () -> signatures.signPdfAsSeal(document, f.province.id(), SEAL_PASSWORD, SEAL)));
        assertThrows(AccessDeniedException.class, () -> f.as(Fixture.VIEWER,
                () -> signatures.signPdfAsSeal(document, f.province.id(), SEAL_PASSWORD, SEAL)));
        assertThrows(AccessDeniedException.class, () -> f.as(Fixture.SIGNER,
                () -> signatures.signPdfAsSeal(document, f.province.id() + 1000, SEAL_PASSWORD, SEAL)));
        InvalidInputException wrong = assertThrows(InvalidInputException.class, () -> f.as(Fixture.SIGNER,
                () -> signatures.signPdfAsSeal(document, f.province.id(), Fixture.TOKEN_PASSWORD, SEAL)));
        assertEquals("password", wrong.field());
        assertEquals(1, f.audit.query(new AuditQuery(Fixture.SIGNER, "signatures", "pdf.seal.refused", null, null, null, 10)).size());
        // a signer without a personal certificate cannot sign personally, but may apply the unit's seal
        assertThrows(ConflictException.class, () -> f.as(Fixture.OTHER_SIGNER,
                () -> signatures.signPdf(document, Fixture.TOKEN_PASSWORD, PERSONAL)));
        assertTrue(signatures.verifyPdf(signSeal(document)).valid());
    }

    @Test
    void signingsAreAuditedWithTheHashOfTheSignedBytes() {
        byte[] signed = signSeal(signPersonal(document));
        List<AuditEntry> personalSigning = f.audit.query(new AuditQuery(Fixture.SIGNER, "signatures", "pdf.sign", null, null, null, 10));
        List<AuditEntry> sealing = f.audit.query(new AuditQuery(Fixture.OTHER_SIGNER, "signatures", "pdf.seal", null, null, null, 10));
        assertEquals(1, personalSigning.size());
        assertEquals(1, sealing.size());
        assertTrue(personalSigning.get(0).detail().contains("certificate=" + personal.certificate().serial() + ";"));
        assertTrue(sealing.get(0).detail().contains("certificate=" + seal.certificate().serial() + ";"));
        try (PDDocument pdf = Loader.loadPDF(signed)) {
            PDSignature first = pdf.getSignatureDictionaries().get(0);
            assertEquals(Crypto.sha256Hex(first.getSignedContent(signed)), personalSigning.get(0).objectId());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aKeyCompromiseAfterSigningLeavesARecordedPdfSignatureValid() {
        byte[] signed = signPersonal(document);
        f.clock.advance(Duration.ofMinutes(5));
        f.asAdmin(() -> ca.revoke(personal.certificate().serial(), RevocationReason.KEY_COMPROMISE));
        SignerReport report = signatures.verifyPdf(signed).signers().get(0);
        assertTrue(report.valid(), report.toString());
        assertTrue(report.problems().get(0).contains("the audit trail records the platform making it"),
                report.problems().toString());
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
