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
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
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
import org.partyoffice.signatures.api.CertificateInfo;
import org.partyoffice.signatures.api.CertificateProfile;
import org.partyoffice.signatures.api.IssueRequest;
import org.partyoffice.signatures.api.RevocationReason;
import org.partyoffice.signatures.api.SignerReport;
import org.partyoffice.signatures.api.SoftToken;
import org.partyoffice.signatures.api.VerificationReport;

class CmsSignatureServiceTest {

    static final byte[] DOCUMENT = "Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ"
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path temp;
    Fixture f;
    CaService ca;
    CmsSignatureService signatures;
    SoftToken token;

    @BeforeEach
    void start() {
        f = new Fixture(temp);
        ca = f.ca();
        signatures = f.signatures(ca);
        token = f.asAdmin(() -> ca.issueSoftToken(CaServiceTest.personal(Fixture.SIGNER), Fixture.TOKEN_PASSWORD));
    }

    @AfterEach
    void stop() {
        f.close();
    }

    byte[] sign(byte[] content) {
        return f.as(Fixture.SIGNER, () -> signatures.signCms(content, Fixture.TOKEN_PASSWORD));
    }

    SignerReport verifyOne(byte[] content, byte[] signature) {
        VerificationReport report = signatures.verifyCms(content, signature);
        assertEquals(1, report.signers().size());
        return report.signers().get(0);
    }

    @Test
    void aSignatureVerifiesAndNamesItsSigner() {
        byte[] signature = sign(DOCUMENT);
        VerificationReport report = signatures.verifyCms(DOCUMENT, signature);
        assertTrue(report.valid(), report.toString());
        SignerReport signer = report.signers().get(0);
        assertEquals(List.of(), signer.problems());
        assertEquals(Fixture.SIGNER, signer.holderLogin());
        assertEquals(token.certificate().serial(), signer.serial());
        assertEquals(token.certificate().subject(), signer.subject());
        assertEquals(f.clock.instant().truncatedTo(ChronoUnit.SECONDS), signer.signingTime());

        List<AuditEntry> audited = f.audit.query(new AuditQuery(Fixture.SIGNER, "signatures", "cms.sign", null, null, null, 10));
        assertEquals(1, audited.size());
        assertEquals(Crypto.sha256Hex(DOCUMENT), audited.get(0).objectId());
        assertTrue(audited.get(0).detail().contains("certificate=" + token.certificate().serial()));
    }

    @Test
    void theSignatureIsDetachedCadesBWithTheSignerAndIssuingCertificates() throws Exception {
        CMSSignedData cms = new CMSSignedData(sign(DOCUMENT));
        assertTrue(cms.isDetachedSignature());
        assertEquals(2, cms.getCertificates().getMatches(null).size(), "signer and issuing CA, not the root");
        SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
        assertEquals("2.16.840.1.101.3.4.2.1", signer.getDigestAlgOID(), "SHA-256");
        AttributeTable signed = signer.getSignedAttributes();
        assertNotNull(signed.get(CMSAttributes.contentType));
        assertNotNull(signed.get(CMSAttributes.messageDigest));
        assertNotNull(signed.get(CMSAttributes.signingTime));
        SigningCertificateV2 essV2 = SigningCertificateV2.getInstance(
                signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2).getAttrValues().getObjectAt(0));
        X509Certificate certificate = Pem.certificate(f.asAdmin(() -> ca.certificatePem(token.certificate().serial())), "pem");
        assertArrayEquals(Crypto.sha256(certificate.getEncoded()), essV2.getCerts()[0].getCertHash());
        assertEquals(certificate.getSerialNumber(), essV2.getCerts()[0].getIssuerSerial().getSerial().getValue());
    }

    @Test
    void changedContentFailsIntegrityWithAReason() {
        byte[] signature = sign(DOCUMENT);
        byte[] tampered = DOCUMENT.clone();
        tampered[5] ^= 1;
        SignerReport signer = verifyOne(tampered, signature);
        assertFalse(signer.integrity());
        assertFalse(signer.valid());
        assertTrue(signer.chainTrusted() && signer.validAtSigningTime() && signer.notRevoked());
        assertTrue(signer.problems().get(0).contains("content does not match"), signer.problems().toString());
    }

    @Test
    void malformedSignatureBytesAreRejectedNamingTheSignature() {
        for (byte[] bad : new byte[][] {{1, 2, 3}, "-----BEGIN PKCS7-----".getBytes(StandardCharsets.US_ASCII),
                Arrays.copyOf(sign(DOCUMENT), 100)}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> signatures.verifyCms(DOCUMENT, bad));
            assertEquals("signature", e.field());
        }
        assertEquals("signature", assertThrows(InvalidInputException.class,
                () -> signatures.verifyCms(DOCUMENT, new byte[0])).field());
    }

    @Test
    void aCertificateFromAnUntrustedCaDoesNotChainUntilItsRootIsImported() {
        TestPki.OutsideCa outside = TestPki.OutsideCa.create("CN=Một CA bên ngoài,O=Không ai biết,C=VN");
        KeyPair key = TestPki.ecKeys();
        X509Certificate certificate = outside.issue("CN=Người Lạ,C=VN", key);
        byte[] signature = CmsSigner.sign(DOCUMENT, key.getPrivate(), certificate, List.of(), f.clock.instant());

        SignerReport untrusted = verifyOne(DOCUMENT, signature);
        assertTrue(untrusted.integrity());
        assertFalse(untrusted.chainTrusted());
        assertFalse(untrusted.valid());
        assertNull(untrusted.holderLogin());
        assertTrue(untrusted.problems().stream().anyMatch(p -> p.contains("does not chain to a trusted root")
                && p.contains("Một CA bên ngoài")), untrusted.problems().toString());

        f.asAdmin(() -> ca.importTrustedRoot(Pem.certificate(outside.certificate())));
        SignerReport trusted = verifyOne(DOCUMENT, signature);
        assertTrue(trusted.valid(), trusted.toString());
        assertTrue(trusted.problems().stream().allMatch(p -> p.startsWith("note: revocation was not checked")),
                trusted.problems().toString());
    }

    @Test
    void aCertificateMadeByAnImpostorWithTheIssuingCasNameDoesNotChain() {
        // Same issuer name as the platform's issuing CA, different key.
        TestPki.OutsideCa impostor = new TestPki.OutsideCa(TestPki.ecKeys(), ca.issuing());
        KeyPair key = TestPki.ecKeys();
        X509Certificate forged = impostor.issue("CN=" + Fixture.SIGNER_NAME + ",C=VN", key);
        SignerReport report = verifyOne(DOCUMENT, CmsSigner.sign(DOCUMENT, key.getPrivate(), forged, List.of(), f.clock.instant()));
        assertFalse(report.chainTrusted());
        assertFalse(report.valid());
    }

    @Test
    void aSignatureMadeBeforeARevocationStaysValidOneMadeAfterItDoesNot() throws Exception {
        byte[] before = sign(DOCUMENT);
        f.clock.advance(Duration.ofMinutes(1));
        f.asAdmin(() -> ca.revoke(token.certificate().serial(), RevocationReason.AFFILIATION_CHANGED));

        SignerReport early = verifyOne(DOCUMENT, before);
        assertTrue(early.valid(), early.toString());
        assertTrue(early.notRevoked());
        assertTrue(early.problems().get(0).startsWith("note: the certificate was revoked on"), early.problems().toString());

        // The holder still has the key file: a signature dated after the revocation is refused.
        f.clock.advance(Duration.ofMinutes(1));
        byte[] after = CmsSigner.sign(DOCUMENT, key(token), certificate(token), List.of(ca.issuing()), f.clock.instant());
        SignerReport late = verifyOne(DOCUMENT, after);
        assertFalse(late.notRevoked());
        assertFalse(late.valid());
        assertTrue(late.problems().get(0).contains("before the signature was made"), late.problems().toString());

        // and the platform itself no longer signs with it
        assertThrows(ConflictException.class, () -> sign(DOCUMENT));
    }

    @Test
    void afterAKeyCompromiseOnlySignaturesThePlatformRecordedMakingStayValid() throws Exception {
        byte[] recorded = sign(DOCUMENT);
        // Someone with the stolen key file signs another document, claiming a time before the revocation.
        byte[] other = "Quyết định giả mạo".getBytes(StandardCharsets.UTF_8);
        f.clock.advance(Duration.ofHours(2));
        byte[] backdated = CmsSigner.sign(other, key(token), certificate(token), List.of(ca.issuing()),
                f.clock.instant().minus(Duration.ofHours(1)));
        f.asAdmin(() -> ca.revoke(token.certificate().serial(), RevocationReason.KEY_COMPROMISE));

        SignerReport genuine = verifyOne(DOCUMENT, recorded);
        assertTrue(genuine.valid(), genuine.toString());
        assertTrue(genuine.problems().get(0).contains("audit trail records"), genuine.problems().toString());

        SignerReport forged = verifyOne(other, backdated);
        assertTrue(forged.integrity());
        assertFalse(forged.notRevoked());
        assertFalse(forged.valid());
        assertTrue(forged.problems().get(0).contains("only the signer's claim"), forged.problems().toString());
    }

    @Test
    void aSignatureOutlivesItsCertificateButNotTheOtherWayRound() throws Exception {
        CertificateInfo shortLived = f.asAdmin(() -> ca.issueSoftToken(
                new IssueRequest(CertificateProfile.PERSONAL_SIGNING, Fixture.OTHER_SIGNER, null, 2, null),
                Fixture.TOKEN_PASSWORD)).certificate();
        byte[] signature = f.as(Fixture.OTHER_SIGNER, () -> signatures.signCms(DOCUMENT, Fixture.TOKEN_PASSWORD));
        f.clock.advance(Duration.ofDays(5));
        SignerReport later = verifyOne(DOCUMENT, signature);
        assertTrue(later.valid(), "verified after expiry, signed within validity: " + later);

        assertThrows(ConflictException.class, () -> f.as(Fixture.OTHER_SIGNER, () ->
                signatures.signCms(DOCUMENT, Fixture.TOKEN_PASSWORD)), "no valid certificate left to sign with");
        X509Certificate certificate = Pem.certificate(f.asAdmin(() -> ca.certificatePem(shortLived.serial())), "pem");
        PrivateKey key = Pkcs12.read(f.store.open(tokenHash(shortLived.serial())).orElseThrow().readAllBytes(),
                Fixture.TOKEN_PASSWORD).get(0).key();
        SignerReport expired = verifyOne(DOCUMENT, CmsSigner.sign(DOCUMENT, key, certificate, List.of(ca.issuing()),
                f.clock.instant()));
        assertFalse(expired.validAtSigningTime());
        assertTrue(expired.chainTrusted(), "the expiry is reported once, not again as a chain failure");
        assertTrue(expired.problems().get(0).contains("had expired at the signing time"), expired.problems().toString());
    }

    @Test
    void aWrongPasswordIsRefusedNamingThePasswordAndIsAudited() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> f.as(Fixture.SIGNER, () ->
                signatures.signCms(DOCUMENT, "Not-the-password".toCharArray())));
        assertEquals("password", e.field());
        assertEquals("is wrong", e.rule());
        assertTrue(f.audit.query(new AuditQuery(null, "signatures", "cms.sign", null, null, null, 10)).isEmpty());
        List<AuditEntry> refused = f.audit.query(new AuditQuery(Fixture.SIGNER, "signatures", "cms.sign.refused", null, null,
                null, 10));
        assertEquals(1, refused.size());
        assertEquals(token.certificate().serial(), refused.get(0).objectId());
    }

    @Test
    void signingNeedsTheSignerRoleAndOwnCredential() {
        assertThrows(AccessDeniedException.class, () -> f.as(Fixture.VIEWER, () ->
                signatures.signCms(DOCUMENT, Fixture.TOKEN_PASSWORD)));
        assertThrows(AccessDeniedException.class, () -> signatures.signCms(DOCUMENT, Fixture.TOKEN_PASSWORD), "nobody");
        // tran.binh is a signer but has no certificate of his own: nan's is not used for him.
        assertThrows(ConflictException.class, () -> f.as(Fixture.OTHER_SIGNER, () ->
                signatures.signCms(DOCUMENT, Fixture.TOKEN_PASSWORD)));
        assertEquals("content", assertThrows(InvalidInputException.class, () -> f.as(Fixture.SIGNER, () ->
                signatures.signCms(new byte[0], Fixture.TOKEN_PASSWORD))).field());
    }

    @Test
    void afterARenewalTheNewCertificateSignsWithTheSameKey() {
        CertificateInfo renewed = f.asAdmin(() -> ca.renew(token.certificate().serial()));
        SignerReport report = verifyOne(DOCUMENT, sign(DOCUMENT));
        assertTrue(report.valid(), report.toString());
        assertEquals(renewed.serial(), report.serial());
    }

    private PrivateKey key(SoftToken t) throws Exception {
        return Pkcs12.read(t.pkcs12(), Fixture.TOKEN_PASSWORD).get(0).key();
    }

    private X509Certificate certificate(SoftToken t) {
        return Pem.certificate(f.asAdmin(() -> ca.certificatePem(t.certificate().serial())), "pem");
    }

    private String tokenHash(String serial) {
        return f.tx.required(c -> new CertificateRegister().find(c, serial)).orElseThrow().tokenHash();
    }
}
