package org.partyoffice.signatures.impl.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CRLReason;
import java.security.cert.Certificate;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyoffice.platform.api.AccessDeniedException;
import org.partyoffice.platform.api.AuditEntry;
import org.partyoffice.platform.api.AuditQuery;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.EntityNotFoundException;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.signatures.api.CaInfo;
import org.partyoffice.signatures.api.CertificateInfo;
import org.partyoffice.signatures.api.CertificateProfile;
import org.partyoffice.signatures.api.CertificateQuery;
import org.partyoffice.signatures.api.CertificateStatus;
import org.partyoffice.signatures.api.IssueRequest;
import org.partyoffice.signatures.api.RevocationReason;
import org.partyoffice.signatures.api.SoftToken;

class CaServiceTest {

    @TempDir
    Path temp;
    Fixture f;
    CaService ca;

    @BeforeEach
    void start() {
        f = new Fixture(temp);
        ca = f.ca();
    }

    @AfterEach
    void stop() {
        f.close();
    }

    static IssueRequest personal(String login) {
        return new IssueRequest(CertificateProfile.PERSONAL_SIGNING, login, null, 0, null);
    }

    // --- the CA itself ---------------------------------------------------------------------------

    @Test
    void firstActivationCreatesTheCaAndLaterOnesLoadTheSameFromTheKeyStore() throws Exception {
        assertTrue(Files.exists(f.folder.resolve("ca.p12")));
        var passwordFile = f.folder.resolve("ca.p12.password");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f.folder.resolve("ca.p12"))));

        CaService again = f.ca();
        assertEquals(Crypto.fingerprint(ca.root()), Crypto.fingerprint(again.root()));
        assertEquals(Crypto.fingerprint(ca.issuing()), Crypto.fingerprint(again.issuing()));
        assertEquals(ca.info().crlNumber(), again.info().crlNumber(), "a fresh CRL is not republished on restart");

        CaInfo info = again.info();
        assertEquals("CN=Party Office Root CA,O=Văn phòng Đảng ủy,C=VN", info.rootSubject());
        assertEquals("CN=Party Office Issuing CA,O=Văn phòng Đảng ủy,C=VN", info.issuingSubject());
        assertEquals("EC P-256", info.keyAlgorithm());
        assertEquals("PKCS12", info.keyStore());
        assertEquals(1, info.crlNumber());
        assertEquals(0, info.issued());
        List<AuditEntry> created = f.audit.query(new AuditQuery(null, "signatures", "ca.create", null, null, null, 10));
        assertEquals(1, created.size());
        assertEquals(Crypto.fingerprint(ca.root()), created.get(0).objectId());
    }

    @Test
    void theCaCertificatesAreAProperChain() throws Exception {
        X509Certificate root = ca.root();
        X509Certificate issuing = ca.issuing();
        root.verify(root.getPublicKey());
        issuing.verify(root.getPublicKey());
        assertEquals(Integer.MAX_VALUE, root.getBasicConstraints());
        assertEquals(0, issuing.getBasicConstraints());
        assertTrue(issuing.getKeyUsage()[5] && issuing.getKeyUsage()[6], "keyCertSign and cRLSign");
        String pem = ca.chainPem();
        assertTrue(pem.indexOf(Pem.certificate(issuing)) == 0, "issuing CA first");
        assertTrue(pem.contains(Pem.certificate(root)));
    }

    @Test
    void caSubjectsAreUtf8StringsExceptTheCountry() {
        X500Name subject = DistinguishedNames.of(ca.root().getSubjectX500Principal());
        assertInstanceOf(DERUTF8String.class, subject.getRDNs(BCStyle.O)[0].getFirst().getValue());
        assertEquals("Văn phòng Đảng ủy", ((DERUTF8String) subject.getRDNs(BCStyle.O)[0].getFirst().getValue()).getString());
        assertInstanceOf(DERPrintableString.class, subject.getRDNs(BCStyle.C)[0].getFirst().getValue());
        // X.500 order: the country is the first RDN encoded.
        assertEquals(BCStyle.C, subject.getRDNs()[0].getFirst().getType());
    }

    @Test
    void aConfiguredPasswordIsUsedAndNothingIsWrittenBesideTheKeyStore(@TempDir Path other) {
        try (Fixture g = new Fixture(other)) {
            Map<String, Object> settings = Map.of("caKeyStorePassword", "một mật khẩu rất dài");
            CaService first = g.ca(settings);
            assertTrue(Files.exists(g.folder.resolve("ca.p12")));
            assertFalse(Files.exists(g.folder.resolve("ca.p12.password")));
            assertEquals(Crypto.fingerprint(first.root()), Crypto.fingerprint(g.ca(settings).root()));
        }
    }

    @Test
    void aMissingKeyStoreForACaTheDatabaseKnowsStopsActivation() throws IOException {
        Files.delete(f.folder.resolve("ca.p12"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> f.ca());
        assertTrue(e.getMessage().contains("is missing"), e.getMessage());
        assertFalse(Files.exists(f.folder.resolve("ca.p12")), "no new CA is created in its place");
    }

    @Test
    void aKeyStoreOfAnotherCaStopsActivation(@TempDir Path other) {
        try (Fixture elsewhere = new Fixture(other)) {
            elsewhere.ca();
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> f.ca(Map.of("folder", elsewhere.folder.toString())));
            assertTrue(e.getMessage().contains("is not the CA this database's certificates were issued by"), e.getMessage());
        }
    }

    @Test
    void aWrongKeyStorePasswordStopsActivation() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> f.ca(Map.of("caKeyStorePassword", "not the generated one")));
        assertTrue(e.getMessage().contains("does not open"), e.getMessage());
    }

    @Test
    void anRsaCaIssuesRsaSoftTokens(@TempDir Path other) {
        try (Fixture rsa = new Fixture(other)) {
            CaService rsaCa = rsa.ca(Map.of("keyAlgorithm", "RSA"));
            assertEquals("RSA 3072", rsaCa.info().keyAlgorithm());
            SoftToken token = rsa.asAdmin(() -> rsaCa.issueSoftToken(personal(Fixture.SIGNER), Fixture.TOKEN_PASSWORD));
            X509Certificate certificate = Pem.certificate(rsa.asAdmin(() -> rsaCa.certificatePem(token.certificate().serial())),
                    "pem");
            assertEquals(3072, ((RSAPublicKey) certificate.getPublicKey()).getModulus().bitLength());
            assertEquals("SHA256withRSA", certificate.getSigAlgName());
        }
    }

    // --- enrolment -------------------------------------------------------------------------------

    @Test
    void enrolIssuesACertificateForTheRequestersKeyWithTheSubjectFromTheAccount() throws Exception {
        KeyPair key = TestPki.ecKeys();
        f.issuedDevice(ca, "TOKEN-0001", Fixture.SIGNER);
        CertificateInfo info = f.asAdmin(() -> ca.enrol(TestPki.csr(key, key.getPrivate()),
                new IssueRequest(CertificateProfile.PERSONAL_SIGNING, Fixture.SIGNER, null, 365, "TOKEN-0001")));

        assertEquals("CN=" + Fixture.SIGNER_NAME + ",UID=" + Fixture.SIGNER + ",O=" + Fixture.PROVINCE + ",C=VN", info.subject());
        assertEquals(Fixture.SIGNER, info.holderLogin());
        assertEquals(f.province.id(), info.unitId());
        assertEquals(CertificateStatus.VALID, info.status());
        assertFalse(info.keyOnServer());
        assertEquals("TOKEN-0001", info.deviceSerial());
        assertTrue(info.serial().matches("[0-9a-f]{32}"), info.serial());
        assertEquals(Duration.ofDays(365).plus(CertificateIssuer.BACKDATE).toMinutes(),
                Duration.between(info.notBefore(), info.notAfter()).toMinutes());

        X509Certificate certificate = Pem.certificate(f.asAdmin(() -> ca.certificatePem(info.serial())), "pem");
        assertArrayEquals(key.getPublic().getEncoded(), certificate.getPublicKey().getEncoded());
        assertEquals(info.sha256Fingerprint(), Crypto.fingerprint(certificate));
        certificate.verify(ca.issuing().getPublicKey());
        assertEquals(new BigInteger(info.serial(), 16), certificate.getSerialNumber());
        assertTrue(certificate.getSerialNumber().bitLength() <= 127 && certificate.getSerialNumber().signum() > 0);

        boolean[] usage = certificate.getKeyUsage();
        assertTrue(usage[0] && usage[1], "digitalSignature and nonRepudiation");
        assertTrue(certificate.getCriticalExtensionOIDs().contains(Extension.keyUsage.getId()));
        assertEquals(-1, certificate.getBasicConstraints());
        assertTrue(certificate.getExtendedKeyUsage().contains("1.3.6.1.5.5.7.3.4"), "emailProtection");
        assertTrue(certificate.getExtendedKeyUsage().contains("1.3.6.1.5.5.7.3.36"), "documentSigning");
        assertNotNull(certificate.getExtensionValue(Extension.subjectKeyIdentifier.getId()));
        byte[] aki = ASN1OctetString.getInstance(certificate.getExtensionValue(Extension.authorityKeyIdentifier.getId())).getOctets();
        byte[] issuingSki = ASN1OctetString.getInstance(ASN1OctetString.getInstance(
                ca.issuing().getExtensionValue(Extension.subjectKeyIdentifier.getId())).getOctets()).getOctets();
        assertArrayEquals(issuingSki, AuthorityKeyIdentifier.getInstance(aki).getKeyIdentifier());
        CRLDistPoint points = CRLDistPoint.getInstance(ASN1OctetString.getInstance(
                certificate.getExtensionValue(Extension.cRLDistributionPoints.getId())).getOctets());
        GeneralName uri = ((GeneralNames) points.getDistributionPoints()[0]
                .getDistributionPoint().getName()).getNames()[0];
        assertEquals("http://127.0.0.1:8181/api/signatures/crl", uri.getName().toString());

        List<AuditEntry> audited = f.audit.query(new AuditQuery(Fixture.ADMIN, "signatures", "certificate.issue",
                info.serial(), null, null, 10));
        assertEquals(1, audited.size());
    }

    @Test
    void vietnameseNamesRoundTripAsUtf8() {
        KeyPair key = TestPki.ecKeys();
        CertificateInfo info = f.asAdmin(() -> ca.enrol(TestPki.csr(key, key.getPrivate()), personal(Fixture.SIGNER)));
        X509Certificate certificate = Pem.certificate(f.asAdmin(() -> ca.certificatePem(info.serial())), "pem");
        X500Name subject = DistinguishedNames.of(certificate.getSubjectX500Principal());
        ASN1Encodable cn = subject.getRDNs(BCStyle.CN)[0].getFirst().getValue();
        assertInstanceOf(DERUTF8String.class, cn);
        assertEquals(Fixture.SIGNER_NAME, ((DERUTF8String) cn).getString());
        assertEquals(Fixture.PROVINCE, ((DERUTF8String) subject.getRDNs(BCStyle.O)[0].getFirst().getValue()).getString());
        assertEquals(info.subject(), DistinguishedNames.format(certificate.getSubjectX500Principal()));
        // and through the register
        assertEquals(info.subject(), f.asAdmin(() -> ca.find(info.serial())).orElseThrow().subject());
    }

    @Test
    void anOrganisationSealNamesTheUnit() {
        KeyPair key = TestPki.ecKeys();
        CertificateInfo info = f.asAdmin(() -> ca.enrol(TestPki.csr(key, key.getPrivate()),
                new IssueRequest(CertificateProfile.ORGANISATION_SEAL, null, f.province.id(), 0, null)));
        assertEquals("CN=" + Fixture.PROVINCE + ",organizationIdentifier=" + Fixture.PROVINCE_CODE + ",O=" + Fixture.PROVINCE
                + ",C=VN", info.subject());
        assertNull(info.holderLogin());
        assertEquals(f.province.id(), info.unitId());
        assertEquals(CertificateProfile.ORGANISATION_SEAL, info.profile());
        assertEquals(Duration.ofDays(730).plus(CertificateIssuer.BACKDATE).toMinutes(),
                Duration.between(info.notBefore(), info.notAfter()).toMinutes(), "the configured default validity");
    }

    @Test
    void malformedRequestsAreRejectedNamingTheCsr() {
        IssueRequest request = personal(Fixture.SIGNER);
        for (String bad : new String[] {"", "not a request at all",
                "-----BEGIN CERTIFICATE REQUEST-----\nbm90IERFUg@@@\n-----END CERTIFICATE REQUEST-----\n",
                "-----BEGIN CERTIFICATE REQUEST-----\nMIIBkTCB+wIBADBSMQswCQYDVQQGEwJWTjEM\n-----END CERTIFICATE REQUEST-----\n",
                Pem.certificate(ca.issuing())}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> f.asAdmin(() -> ca.enrol(bad, request)),
                    bad);
            assertEquals("csr", e.field(), e.getMessage());
        }
        assertEquals(0, f.asAdmin(() -> ca.info()).issued());
    }

    @Test
    void aRequestNotSignedByItsOwnKeyIsRejected() {
        KeyPair key = TestPki.ecKeys();
        KeyPair someoneElse = TestPki.ecKeys();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> f.asAdmin(() ->
                ca.enrol(TestPki.csr(key, someoneElse.getPrivate()), personal(Fixture.SIGNER))));
        assertEquals("csr", e.field());
        assertTrue(e.getMessage().contains("proof of possession"), e.getMessage());
    }

    @Test
    void aWeakKeyIsRejected() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(1024);
        KeyPair weak = g.generateKeyPair();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> f.asAdmin(() ->
                ca.enrol(TestPki.csr(weak, weak.getPrivate()), personal(Fixture.SIGNER))));
        assertEquals("csr", e.field());
        assertTrue(e.getMessage().contains("RSA 1024"), e.getMessage());
    }

    @Test
    void requestsNameTheFieldThatIsWrong() {
        KeyPair key = TestPki.ecKeys();
        String csr = TestPki.csr(key, key.getPrivate());
        assertEquals("holderLogin", assertThrows(EntityNotFoundException.class, () -> f.asAdmin(() ->
                ca.enrol(csr, personal("nobody")))).field());
        assertEquals("holderLogin", assertThrows(InvalidInputException.class, () -> f.asAdmin(() ->
                ca.enrol(csr, personal(null)))).field());
        assertEquals("unitId", assertThrows(EntityNotFoundException.class, () -> f.asAdmin(() ->
                ca.enrol(csr, new IssueRequest(CertificateProfile.ORGANISATION_SEAL, null, 999L, 0, null)))).field());
        assertEquals("profile", assertThrows(InvalidInputException.class, () -> f.asAdmin(() ->
                ca.enrol(csr, new IssueRequest(null, Fixture.SIGNER, null, 0, null)))).field());
        assertEquals("validityDays", assertThrows(InvalidInputException.class, () -> f.asAdmin(() ->
                ca.enrol(csr, new IssueRequest(CertificateProfile.PERSONAL_SIGNING, Fixture.SIGNER, null, 99_999, null)))).field());
    }

    @Test
    void onlyAdministratorsIssue() {
        KeyPair key = TestPki.ecKeys();
        String csr = TestPki.csr(key, key.getPrivate());
        assertThrows(AccessDeniedException.class, () -> f.as(Fixture.SIGNER, () -> ca.enrol(csr, personal(Fixture.SIGNER))));
        assertThrows(AccessDeniedException.class, () -> ca.enrol(csr, personal(Fixture.SIGNER)), "nobody signed in");
        assertThrows(AccessDeniedException.class, () -> f.as(Fixture.SIGNER, () ->
                ca.issueSoftToken(personal(Fixture.SIGNER), Fixture.TOKEN_PASSWORD)));
    }

    // --- soft tokens -----------------------------------------------------------------------------

    @Test
    void aSoftTokenOpensWithItsPasswordInTheJdk() throws Exception {
        SoftToken token = f.asAdmin(() -> ca.issueSoftToken(personal(Fixture.SIGNER), Fixture.TOKEN_PASSWORD));
        assertTrue(token.certificate().keyOnServer());

        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        keyStore.load(new ByteArrayInputStream(token.pkcs12()), Fixture.TOKEN_PASSWORD);
        String alias = keyStore.aliases().nextElement();
        assertEquals(Fixture.SIGNER_NAME.toLowerCase(Locale.ROOT), alias.toLowerCase(Locale.ROOT));
        PrivateKey key = (PrivateKey) keyStore.getKey(alias, Fixture.TOKEN_PASSWORD);
        Certificate[] chain = keyStore.getCertificateChain(alias);
        assertEquals(3, chain.length, "certificate, issuing CA, root");
        X509Certificate certificate = (X509Certificate) chain[0];
        assertEquals(token.certificate().sha256Fingerprint(), Crypto.fingerprint(certificate));

        Signature signature = Signature.getInstance("SHA256withECDSA");
        signature.initSign(key);
        signature.update(new byte[] {1, 2, 3});
        byte[] value = signature.sign();
        signature.initVerify(certificate.getPublicKey());
        signature.update(new byte[] {1, 2, 3});
        assertTrue(signature.verify(value), "the key in the token belongs to the certificate");

        KeyStore wrong = KeyStore.getInstance("PKCS12");
        assertThrows(IOException.class, () -> wrong.load(new ByteArrayInputStream(token.pkcs12()), "sai mật khẩu".toCharArray()));
        assertTrue(f.store.contains(Crypto.sha256Hex(token.pkcs12())), "kept for server-side signing");
    }

    @Test
    void aSoftTokenNeedsAPasswordOfTenAsciiCharacters() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> f.asAdmin(() ->
                ca.issueSoftToken(personal(Fixture.SIGNER), "short".toCharArray())));
        assertEquals("password", e.field());
        InvalidInputException accented = assertThrows(InvalidInputException.class, () -> f.asAdmin(() ->
                ca.issueSoftToken(personal(Fixture.SIGNER), "mật khẩu ký số 2025".toCharArray())));
        assertEquals("password", accented.field());
        assertTrue(accented.getMessage().contains("accented"), accented.getMessage());
        assertEquals(0, ca.info().issued(), "nothing half-issued");
    }

    // --- renewal, revocation, CRL ----------------------------------------------------------------

    @Test
    void renewalKeepsSubjectAndKeyWithANewSerialAndValidity() {
        KeyPair key = TestPki.ecKeys();
        f.issuedDevice(ca, "TOKEN-7", Fixture.SIGNER);
        CertificateInfo old = f.asAdmin(() -> ca.enrol(TestPki.csr(key, key.getPrivate()),
                new IssueRequest(CertificateProfile.PERSONAL_SIGNING, Fixture.SIGNER, null, 30, "TOKEN-7")));
        f.clock.advance(Duration.ofDays(20));
        CertificateInfo renewed = f.asAdmin(() -> ca.renew(old.serial().toUpperCase(Locale.ROOT)));
        assertNotEquals(old.serial(), renewed.serial());
        assertEquals(old.subject(), renewed.subject());
        assertEquals("TOKEN-7", renewed.deviceSerial());
        assertTrue(renewed.notAfter().isAfter(old.notAfter().plus(Duration.ofDays(600))));
        X509Certificate a = Pem.certificate(f.asAdmin(() -> ca.certificatePem(old.serial())), "pem");
        X509Certificate b = Pem.certificate(f.asAdmin(() -> ca.certificatePem(renewed.serial())), "pem");
        assertArrayEquals(a.getPublicKey().getEncoded(), b.getPublicKey().getEncoded());
        assertEquals(a.getSubjectX500Principal(), b.getSubjectX500Principal());

        f.asAdmin(() -> ca.revoke(old.serial(), RevocationReason.SUPERSEDED));
        assertThrows(ConflictException.class, () -> f.asAdmin(() -> ca.renew(old.serial())));
    }

    @Test
    void revocationMarksTheCertificateAndPublishesACrlAtOnce() throws Exception {
        KeyPair key = TestPki.ecKeys();
        CertificateInfo issued = f.asAdmin(() -> ca.enrol(TestPki.csr(key, key.getPrivate()), personal(Fixture.SIGNER)));
        long before = ca.info().crlNumber();

        CertificateInfo revoked = f.asAdmin(() -> ca.revoke(issued.serial(), RevocationReason.KEY_COMPROMISE));
        assertEquals(CertificateStatus.REVOKED, revoked.status());
        assertEquals(RevocationReason.KEY_COMPROMISE, revoked.revocationReason());
        assertEquals(f.clock.instant(), revoked.revokedAt());
        assertEquals(CertificateStatus.REVOKED, f.asAdmin(() -> ca.find(issued.serial())).orElseThrow().status());

        X509CRL crl = Crypto.crl(ca.crl());
        crl.verify(ca.issuing().getPublicKey());
        assertEquals(ca.issuing().getSubjectX500Principal(), crl.getIssuerX500Principal());
        assertEquals(before + 1, ca.info().crlNumber());
        assertEquals(BigInteger.valueOf(before + 1), crlNumber(crl));
        X509CRLEntry entry = crl.getRevokedCertificate(new BigInteger(issued.serial(), 16));
        assertNotNull(entry);
        assertEquals(CRLReason.KEY_COMPROMISE, entry.getRevocationReason());
        assertEquals(f.clock.instant().getEpochSecond(), entry.getRevocationDate().toInstant().getEpochSecond());
        assertEquals(1, ca.info().revoked());
        assertEquals(1, f.audit.query(new AuditQuery(null, "signatures", "certificate.revoke", issued.serial(), null, null, 10)).size());
    }

    @Test
    void revokingTwiceIsAConflictAndUnknownSerialsAreNotFound() {
        KeyPair key = TestPki.ecKeys();
        CertificateInfo issued = f.asAdmin(() -> ca.enrol(TestPki.csr(key, key.getPrivate()), personal(Fixture.SIGNER)));
        f.asAdmin(() -> ca.revoke(issued.serial(), RevocationReason.AFFILIATION_CHANGED));
        long crlNumber = ca.info().crlNumber();
        ConflictException twice = assertThrows(ConflictException.class, () -> f.asAdmin(() ->
                ca.revoke(issued.serial(), RevocationReason.KEY_COMPROMISE)));
        assertEquals(409, twice.status());
        assertEquals(crlNumber, ca.info().crlNumber(), "no CRL for a refused revocation");
        assertEquals(RevocationReason.AFFILIATION_CHANGED, f.asAdmin(() -> ca.find(issued.serial())).orElseThrow().revocationReason());

        EntityNotFoundException unknown = assertThrows(EntityNotFoundException.class, () -> f.asAdmin(() ->
                ca.revoke("0123456789abcdef", RevocationReason.UNSPECIFIED)));
        assertEquals(404, unknown.status());
        assertEquals("serial", assertThrows(InvalidInputException.class, () -> f.asAdmin(() ->
                ca.revoke("not-hex", RevocationReason.UNSPECIFIED))).field());
        assertThrows(AccessDeniedException.class, () -> f.as(Fixture.SIGNER, () ->
                ca.revoke(issued.serial(), RevocationReason.UNSPECIFIED)));
    }

    @Test
    void anUnspecifiedReasonIsLeftOutOfTheCrlEntry() {
        KeyPair key = TestPki.ecKeys();
        CertificateInfo issued = f.asAdmin(() -> ca.enrol(TestPki.csr(key, key.getPrivate()), personal(Fixture.SIGNER)));
        f.asAdmin(() -> ca.revoke(issued.serial(), RevocationReason.UNSPECIFIED));
        X509CRLEntry entry = Crypto.crl(ca.crl()).getRevokedCertificate(new BigInteger(issued.serial(), 16));
        assertNotNull(entry);
        assertNull(entry.getRevocationReason());
    }

    @Test
    void theCrlRenewsItselfOnceItsNextUpdateHasPassed() {
        X509CRL first = Crypto.crl(ca.crl());
        assertEquals(first.getThisUpdate().toInstant().plus(Duration.ofHours(24)), first.getNextUpdate().toInstant());
        f.clock.advance(Duration.ofHours(23));
        assertEquals(crlNumber(first), crlNumber(Crypto.crl(ca.crl())), "still current");
        f.clock.advance(Duration.ofHours(2));
        X509CRL second = Crypto.crl(ca.crl());
        assertEquals(crlNumber(first).add(BigInteger.ONE), crlNumber(second));
        assertTrue(second.getNextUpdate().toInstant().isAfter(f.clock.instant()));
    }

    @Test
    void theScheduleReissuesTheCrlBeforeItsNextUpdate() {
        X509CRL first = Crypto.crl(ca.crl());
        f.clock.advance(Duration.ofHours(17)); // 7 h left: outside the default 6 h window
        ca.refreshCrl();
        assertEquals(crlNumber(first), crlNumber(Crypto.crl(ca.crl())), "not due yet");
        f.clock.advance(Duration.ofMinutes(61)); // 5 h 59 min left
        ca.refreshCrl();
        X509CRL second = Crypto.crl(ca.crl());
        assertEquals(crlNumber(first).add(BigInteger.ONE), crlNumber(second));
        assertTrue(second.getThisUpdate().toInstant().isBefore(first.getNextUpdate().toInstant()),
                "published while the previous CRL was still current");
        assertEquals(f.clock.instant().plus(Duration.ofHours(24)).getEpochSecond(),
                second.getNextUpdate().toInstant().getEpochSecond());
        ca.refreshCrl();
        assertEquals(crlNumber(second), crlNumber(Crypto.crl(ca.crl())), "one reissue per window, not one per check");
        ca.deactivate();
    }

    @Test
    void crlScheduleSettingsThatCouldMissTheNextUpdateAreRefused(@TempDir Path other) {
        try (Fixture g = new Fixture(other)) {
            IllegalArgumentException tooLate = assertThrows(IllegalArgumentException.class,
                    () -> g.ca(Map.of("crlValidityHours", 2, "crlReissueBeforeMinutes", 120)));
            assertTrue(tooLate.getMessage().contains("crlReissueBeforeMinutes"), tooLate.getMessage());
            IllegalArgumentException sparse = assertThrows(IllegalArgumentException.class,
                    () -> g.ca(Map.of("crlCheckMinutes", 400)));
            assertTrue(sparse.getMessage().contains("crlCheckMinutes"), sparse.getMessage());
            CaService hourly = g.ca(Map.of("crlValidityHours", 1, "crlReissueBeforeMinutes", 20, "crlCheckMinutes", 5));
            assertEquals(Duration.ofHours(1), Duration.between(Crypto.crl(hourly.crl()).getThisUpdate().toInstant(),
                    Crypto.crl(hourly.crl()).getNextUpdate().toInstant()));
            hourly.deactivate();
        }
    }

    // --- register --------------------------------------------------------------------------------

    @Test
    void searchFindsBySubjectIgnoringCaseAndEachUserSeesOnlyTheirOwn() {
        SoftToken mine = f.asAdmin(() -> ca.issueSoftToken(personal(Fixture.SIGNER), Fixture.TOKEN_PASSWORD));
        SoftToken theirs = f.asAdmin(() -> ca.issueSoftToken(personal(Fixture.OTHER_SIGNER), Fixture.TOKEN_PASSWORD));
        f.asAdmin(() -> ca.revoke(theirs.certificate().serial(), RevocationReason.CESSATION_OF_OPERATION));

        assertEquals(2, f.asAdmin(() -> ca.search(null)).size());
        List<CertificateInfo> found = f.asAdmin(() -> ca.search(new CertificateQuery("văn an", null, null, null, null, 0)));
        assertEquals(List.of(mine.certificate().serial()), found.stream().map(CertificateInfo::serial).toList());
        assertEquals(List.of(theirs.certificate().serial()), f.asAdmin(() -> ca.search(
                new CertificateQuery(null, null, null, CertificateStatus.REVOKED, null, 0))).stream().map(CertificateInfo::serial).toList());
        assertEquals(1, f.asAdmin(() -> ca.search(new CertificateQuery(mine.certificate().serial().substring(0, 10), null, null,
                null, null, 0))).size());
        assertEquals(2, f.asAdmin(() -> ca.search(new CertificateQuery(null, null, f.province.id(), null,
                CertificateProfile.PERSONAL_SIGNING, 0))).size());

        List<CertificateInfo> own = f.as(Fixture.SIGNER, () -> ca.search(new CertificateQuery(null, Fixture.OTHER_SIGNER, null,
                null, null, 0)));
        assertTrue(own.isEmpty(), "a signer cannot list someone else's certificates");
        assertEquals(1, f.as(Fixture.SIGNER, () -> ca.search(null)).size());
        assertTrue(f.as(Fixture.SIGNER, () -> ca.find(theirs.certificate().serial())).isEmpty());
        assertThrows(EntityNotFoundException.class, () -> f.as(Fixture.SIGNER, () -> ca.certificatePem(theirs.certificate().serial())));
        assertThrows(AccessDeniedException.class, () -> ca.search(null), "nobody signed in");
    }

    @Test
    void expiringWithinListsValidCertificatesEndingSoon() {
        KeyPair key = TestPki.ecKeys();
        String csr = TestPki.csr(key, key.getPrivate());
        CertificateInfo shortOne = f.asAdmin(() -> ca.enrol(csr,
                new IssueRequest(CertificateProfile.PERSONAL_SIGNING, Fixture.SIGNER, null, 20, null)));
        f.asAdmin(() -> ca.enrol(csr, new IssueRequest(CertificateProfile.PERSONAL_SIGNING, Fixture.SIGNER, null, 400, null)));
        CertificateInfo revoked = f.asAdmin(() -> ca.enrol(csr,
                new IssueRequest(CertificateProfile.PERSONAL_SIGNING, Fixture.SIGNER, null, 10, null)));
        f.asAdmin(() -> ca.revoke(revoked.serial(), RevocationReason.SUPERSEDED));

        assertEquals(List.of(shortOne.serial()), f.asAdmin(() -> ca.expiringWithin(30)).stream().map(CertificateInfo::serial).toList());
        f.clock.advance(Duration.ofDays(21));
        assertTrue(f.asAdmin(() -> ca.expiringWithin(30)).isEmpty(), "expired ones are not 'expiring'");
        assertEquals(CertificateStatus.EXPIRED, f.asAdmin(() -> ca.find(shortOne.serial())).orElseThrow().status());
        assertEquals("days", assertThrows(InvalidInputException.class, () -> f.asAdmin(() -> ca.expiringWithin(-1))).field());
    }

    // --- trusted roots ---------------------------------------------------------------------------

    @Test
    void trustedRootsCanBeImportedOnceAndThePlatformRootComesFirst() {
        TestPki.OutsideCa national = TestPki.OutsideCa.create("CN=Root CA chuyên dùng Chính phủ,O=Ban Cơ yếu Chính phủ,C=VN");
        String subject = f.asAdmin(() -> ca.importTrustedRoot(Pem.certificate(national.certificate())));
        assertEquals("CN=Root CA chuyên dùng Chính phủ,O=Ban Cơ yếu Chính phủ,C=VN", subject);
        assertEquals(List.of(ca.info().rootSubject(), subject), ca.trustedRoots());
        assertEquals(2, ca.trustAnchors().size());

        assertThrows(ConflictException.class, () -> f.asAdmin(() -> ca.importTrustedRoot(Pem.certificate(national.certificate()))));
        assertThrows(ConflictException.class, () -> f.asAdmin(() -> ca.importTrustedRoot(Pem.certificate(ca.root()))));
        InvalidInputException notRoot = assertThrows(InvalidInputException.class, () -> f.asAdmin(() ->
                ca.importTrustedRoot(Pem.certificate(ca.issuing()))));
        assertEquals("pem", notRoot.field());
        assertTrue(notRoot.getMessage().contains("self-signed"), notRoot.getMessage());
        assertEquals("pem", assertThrows(InvalidInputException.class, () -> f.asAdmin(() -> ca.importTrustedRoot("garbage"))).field());
        assertThrows(AccessDeniedException.class, () -> f.as(Fixture.SIGNER, () ->
                ca.importTrustedRoot(Pem.certificate(TestPki.OutsideCa.create("CN=Other").certificate()))));
        assertEquals(1, f.audit.query(new AuditQuery(null, "signatures", "root.import", null, null, null, 10)).size());
    }

    private static BigInteger crlNumber(X509CRL crl) {
        byte[] value = crl.getExtensionValue(Extension.cRLNumber.getId());
        return ASN1Integer.getInstance(ASN1OctetString.getInstance(value).getOctets()).getValue();
    }
}
