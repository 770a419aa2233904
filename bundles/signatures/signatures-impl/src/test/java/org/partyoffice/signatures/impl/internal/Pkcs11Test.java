package org.partyoffice.signatures.impl.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.Provider;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyoffice.signatures.api.CaInfo;
import org.partyoffice.signatures.api.CertificateInfo;
import org.partyoffice.signatures.api.CertificateProfile;
import org.partyoffice.signatures.api.CertificateStatus;
import org.partyoffice.signatures.api.IssueRequest;
import org.partyoffice.signatures.api.RevocationReason;
import org.partyoffice.signatures.api.SignerReport;
import org.partyoffice.signatures.api.SoftToken;
import org.partyoffice.signatures.api.VerificationReport;

/**
 * The lifecycle with keys on a SoftHSM2 token through the JDK's SunPKCS11: the CA created on the
 * token, and a holder's key generated on a token of their own. The tokens are initialised with
 * {@code softhsm2-util} once for the class: SoftHSM2 reads its configuration once per JVM.
 */
class Pkcs11Test {

    static final String CA_PIN = "ca-pin-2468";
    static final String USER_PIN = "user-pin-1357";
    static final String LOCKED_PIN = "right-pin-9753";
    static final byte[] DOCUMENT = "Quyết định số 12/QĐ-VPĐU về việc ký số văn bản trên thiết bị lưu khóa"
            .getBytes(StandardCharsets.UTF_8);

    static SoftHsm hsm;
    static long caSlot;
    static long userSlot;
    static long refusingSlot;
    static Path caPin;

    @BeforeAll
    static void tokens() throws Exception {
        hsm = SoftHsm.start();
        caSlot = hsm.initToken("Party Office CA", CA_PIN);
        userSlot = hsm.initToken("Nguyễn Văn An", USER_PIN);
        refusingSlot = hsm.initToken("wrong pin", LOCKED_PIN);
        caPin = hsm.pinFile("ca.pin", CA_PIN);
    }

    static Map<String, Object> onToken(long slot, Path pinFile) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("keyStore", "pkcs11");
        settings.put("pkcs11Library", hsm.library);
        settings.put("pkcs11Slot", slot);
        settings.put("pkcs11PinFile", pinFile.toString());
        return settings;
    }

    @Test
    void theCaLivesOnTheTokenAndIssuesRevokesPublishesCrlsAndSigns(@TempDir Path temp) throws Exception {
        try (Fixture f = new Fixture(temp)) {
            CaService ca = f.ca(onToken(caSlot, caPin));
            CaInfo info = f.asAdmin(ca::info);
            assertEquals("PKCS11", info.keyStore());
            assertEquals("EC P-256", info.keyAlgorithm());
            assertFalse(Files.exists(f.folder.resolve(Pkcs12CaKeyStore.FILE)), "no key file when the keys are on a token");
            ca.issuing().verify(ca.root().getPublicKey());

            // The keys are in the token, not extractable: a fresh login sees them, without their bytes.
            Pkcs11CaKeyStore.Session session = Pkcs11CaKeyStore.open(new Pkcs11CaKeyStore.Settings(hsm.library, caSlot, caPin));
            KeyStore onToken = session.keyStore();
            assertTrue(onToken.isKeyEntry("root") && onToken.isKeyEntry("issuing"));
            assertNull(onToken.getKey("issuing", null).getEncoded(), "the token does not hand out the CA key");
            assertArrayEquals(ca.issuing().getEncoded(), onToken.getCertificate("issuing").getEncoded());

            // A later activation loads the same CA from the token.
            assertEquals(Crypto.fingerprint(ca.root()), Crypto.fingerprint(f.ca(onToken(caSlot, caPin)).root()));

            SoftToken token = f.asAdmin(() -> ca.issueSoftToken(CaServiceTest.personal(Fixture.SIGNER), Fixture.TOKEN_PASSWORD));
            X509Certificate certificate = Pem.certificate(f.asAdmin(() -> ca.certificatePem(token.certificate().serial())), "pem");
            certificate.verify(ca.issuing().getPublicKey());

            CmsSignatureService signatures = f.signatures(ca);
            byte[] signature = f.as(Fixture.SIGNER, () -> signatures.signCms(DOCUMENT, Fixture.TOKEN_PASSWORD));
            VerificationReport report = signatures.verifyCms(DOCUMENT, signature);
            assertTrue(report.valid(), report.toString());
            assertEquals(Fixture.SIGNER, report.signers().get(0).holderLogin());

            f.clock.advance(Duration.ofMinutes(1));
            CertificateInfo revoked = f.asAdmin(() -> ca.revoke(token.certificate().serial(), RevocationReason.KEY_COMPROMISE));
            assertEquals(CertificateStatus.REVOKED, revoked.status());
            X509CRL crl = Crypto.crl(ca.crl());
            crl.verify(ca.issuing().getPublicKey());
            assertNotNull(crl.getRevokedCertificate(certificate.getSerialNumber()));
            // The platform no longer signs with a revoked certificate; a signature made with its key by hand fails.
            byte[] late = CmsSigner.sign(DOCUMENT, Pkcs12.read(token.pkcs12(), Fixture.TOKEN_PASSWORD).get(0).key(),
                    certificate, List.of(ca.issuing()), f.clock.instant());
            SignerReport after = signatures.verifyCms(DOCUMENT, late).signers().get(0);
            assertFalse(after.notRevoked(), after.toString());
        }
    }

    @Test
    void aHolderKeyGeneratedOnTheirTokenIsCertifiedAndItsSignaturesVerify(@TempDir Path temp) throws Exception {
        try (Fixture f = new Fixture(temp)) {
            CaService ca = f.ca();
            Pkcs11CaKeyStore.Session holderToken = Pkcs11CaKeyStore.open(new Pkcs11CaKeyStore.Settings(hsm.library,
                    userSlot, hsm.pinFile("user.pin", USER_PIN)));
            Provider token = holderToken.provider();
            KeyPair key = KeyAlgorithm.EC.generate(token);
            assertNull(key.getPrivate().getEncoded(), "the holder's key stays on the token");

            String csr = csr(key, token);
            f.issuedDevice(ca, "SOFTHSM-0001", Fixture.SIGNER);
            CertificateInfo info = f.asAdmin(() -> ca.enrol(csr,
                    new IssueRequest(CertificateProfile.PERSONAL_SIGNING, Fixture.SIGNER, null, 365, "SOFTHSM-0001")));
            assertFalse(info.keyOnServer());
            X509Certificate certificate = Pem.certificate(f.asAdmin(() -> ca.certificatePem(info.serial())), "pem");
            assertArrayEquals(key.getPublic().getEncoded(), certificate.getPublicKey().getEncoded());

            byte[] signature = CmsSigner.sign(DOCUMENT, key.getPrivate(), token, certificate, List.of(ca.issuing()),
                    f.clock.instant(), true);
            CmsSignatureService signatures = f.signatures(ca);
            VerificationReport report = signatures.verifyCms(DOCUMENT, signature);
            assertTrue(report.valid(), report.toString());
            assertEquals(Fixture.SIGNER, report.signers().get(0).holderLogin());
            assertEquals(info.serial(), report.signers().get(0).serial());

            byte[] changed = "Quyết định số 13/QĐ-VPĐU".getBytes(StandardCharsets.UTF_8);
            assertFalse(signatures.verifyCms(changed, signature).valid(), "the signature covers exactly what was signed");
        }
    }

    @Test
    void aWrongPinStopsActivationWithoutShowingThePin(@TempDir Path temp) throws Exception {
        String wrong = "wrong-pin-0000";
        Path pinFile = hsm.pinFile("wrong.pin", wrong);
        try (Fixture f = new Fixture(temp)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> f.ca(onToken(refusingSlot, pinFile)));
            assertTrue(e.getMessage().contains("refused the login"), e.getMessage());
            assertFalse(e.getMessage().contains(wrong), "the PIN is never in a message");
        }
    }

    @Test
    void aMissingPinFileOrLibraryIsNamed(@TempDir Path temp) {
        try (Fixture f = new Fixture(temp)) {
            IllegalStateException noPin = assertThrows(IllegalStateException.class,
                    () -> f.ca(onToken(caSlot, temp.resolve("absent.pin"))));
            assertTrue(noPin.getMessage().contains("absent.pin"), noPin.getMessage());
            Map<String, Object> settings = onToken(caSlot, caPin);
            settings.put("pkcs11Library", temp.resolve("libnothing.so").toString());
            IllegalArgumentException noLibrary = assertThrows(IllegalArgumentException.class, () -> f.ca(settings));
            assertTrue(noLibrary.getMessage().contains("pkcs11Library"), noLibrary.getMessage());
        }
    }

    /** A PKCS#10 request signed inside the token: proof of possession by a key that never left it. */
    private static String csr(KeyPair key, Provider token) throws Exception {
        var request = new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=Nguyen Van An"), key.getPublic())
                .build(CertificateIssuer.signer(key.getPrivate(), token));
        StringWriter out = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(request);
        }
        return out.toString();
    }
}
