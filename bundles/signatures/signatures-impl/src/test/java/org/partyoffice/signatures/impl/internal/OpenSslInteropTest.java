package org.partyoffice.signatures.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyoffice.signatures.api.CertificateInfo;
import org.partyoffice.signatures.api.RevocationReason;
import org.partyoffice.signatures.api.SignerReport;
import org.partyoffice.signatures.api.SoftToken;
import org.partyoffice.signatures.api.VerificationReport;

/**
 * Our signatures, certificates, CRLs and key files checked by OpenSSL, a tool no one here wrote,
 * and an OpenSSL-made signature checked by us.
 */
class OpenSslInteropTest {

    static final byte[] DOCUMENT = "Kết luận số 12-KL/TU của Ban Thường vụ Tỉnh ủy\n".getBytes(StandardCharsets.UTF_8);
    static final String PASSWORD = new String(Fixture.TOKEN_PASSWORD);

    @TempDir
    Path temp;
    Fixture f;

    @BeforeAll
    static void opensslIsInstalled() {
        try {
            Result version = run(Path.of("."), "openssl", "version");
            assertEquals(0, version.exit(), version.output());
        } catch (UncheckedIOException e) {
            fail("openssl is not on the PATH. These interoperability tests need it: .ci/run installs it "
                    + "(apt-get install openssl) before the build.");
        }
    }

    @AfterEach
    void stop() {
        if (f != null) {
            f.close();
        }
    }

    @Test
    void opensslCmsVerifyAcceptsOurSignatureWithOurChain() throws IOException {
        f = new Fixture(temp);
        CaService ca = f.ca();
        f.asAdmin(() -> ca.issueSoftToken(CaServiceTest.personal(Fixture.SIGNER), Fixture.TOKEN_PASSWORD));
        byte[] signature = f.as(Fixture.SIGNER, () -> f.signatures(ca).signCms(DOCUMENT, Fixture.TOKEN_PASSWORD));
        assertCmsVerifies(ca, signature);
    }

    @Test
    void opensslCmsVerifyAcceptsSignaturesOfAnRsaCaToo() throws IOException {
        f = new Fixture(temp);
        CaService ca = f.ca(Map.of("keyAlgorithm", "RSA"));
        f.asAdmin(() -> ca.issueSoftToken(CaServiceTest.personal(Fixture.SIGNER), Fixture.TOKEN_PASSWORD));
        byte[] signature = f.as(Fixture.SIGNER, () -> f.signatures(ca).signCms(DOCUMENT, Fixture.TOKEN_PASSWORD));
        assertCmsVerifies(ca, signature);
    }

    private void assertCmsVerifies(CaService ca, byte[] signature) throws IOException {
        Path dir = Files.createDirectories(temp.resolve("cms"));
        Files.write(dir.resolve("sig.der"), signature);
        Files.write(dir.resolve("data.bin"), DOCUMENT);
        Files.writeString(dir.resolve("chain.pem"), ca.chainPem());

        Result verified = run(dir, "openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", "sig.der",
                "-content", "data.bin", "-CAfile", "chain.pem", "-purpose", "any", "-out", "/dev/null");
        assertEquals(0, verified.exit(), verified.output());
        assertTrue(verified.output().contains("Verification successful"), verified.output());

        // Without -purpose any OpenSSL applies the S/MIME signing purpose: the EKU serves that too.
        Result smime = run(dir, "openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", "sig.der",
                "-content", "data.bin", "-CAfile", "chain.pem", "-out", "/dev/null");
        assertEquals(0, smime.exit(), smime.output());

        byte[] tampered = DOCUMENT.clone();
        tampered[0] ^= 1;
        Files.write(dir.resolve("tampered.bin"), tampered);
        Result refused = run(dir, "openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", "sig.der",
                "-content", "tampered.bin", "-CAfile", "chain.pem", "-purpose", "any", "-out", "/dev/null");
        assertNotEquals(0, refused.exit(), refused.output());
        assertTrue(refused.output().contains("Verification failure"), refused.output());
    }

    @Test
    void opensslVerifyWithOurCrlRejectsTheRevokedCertificateAndAcceptsTheValidOne() throws IOException {
        f = new Fixture(temp);
        CaService ca = f.ca();
        KeyPair first = TestPki.ecKeys();
        KeyPair second = TestPki.ecKeys();
        CertificateInfo revoked = f.asAdmin(() -> ca.enrol(TestPki.csr(first, first.getPrivate()),
                CaServiceTest.personal(Fixture.SIGNER)));
        CertificateInfo valid = f.asAdmin(() -> ca.enrol(TestPki.csr(second, second.getPrivate()),
                CaServiceTest.personal(Fixture.OTHER_SIGNER)));
        f.asAdmin(() -> ca.revoke(revoked.serial(), RevocationReason.KEY_COMPROMISE));

        Path dir = Files.createDirectories(temp.resolve("crl"));
        Files.writeString(dir.resolve("chain.pem"), ca.chainPem());
        Files.writeString(dir.resolve("crl.pem"), Pem.encode("X509 CRL", ca.crl()));
        Files.writeString(dir.resolve("revoked.pem"), f.asAdmin(() -> ca.certificatePem(revoked.serial())));
        Files.writeString(dir.resolve("valid.pem"), f.asAdmin(() -> ca.certificatePem(valid.serial())));

        Result rejected = run(dir, "openssl", "verify", "-crl_check", "-CAfile", "chain.pem", "-CRLfile", "crl.pem",
                "revoked.pem");
        assertNotEquals(0, rejected.exit(), rejected.output());
        assertTrue(rejected.output().contains("certificate revoked"), rejected.output());

        Result accepted = run(dir, "openssl", "verify", "-crl_check", "-CAfile", "chain.pem", "-CRLfile", "crl.pem",
                "valid.pem");
        assertEquals(0, accepted.exit(), accepted.output());
        assertTrue(accepted.output().contains("valid.pem: OK"), accepted.output());

        Result crlText = run(dir, "openssl", "crl", "-in", "crl.pem", "-noout", "-text");
        assertTrue(crlText.output().contains("Key Compromise"), crlText.output());
        assertTrue(crlText.output().toUpperCase().contains(revoked.serial().toUpperCase()), crlText.output());
    }

    @Test
    void opensslOpensOurSoftTokenAndReadsTheVietnameseSubject() throws IOException {
        f = new Fixture(temp);
        CaService ca = f.ca();
        SoftToken token = f.asAdmin(() -> ca.issueSoftToken(CaServiceTest.personal(Fixture.SIGNER), Fixture.TOKEN_PASSWORD));
        Path dir = Files.createDirectories(temp.resolve("p12"));
        Files.write(dir.resolve("token.p12"), token.pkcs12());

        Result info = run(dir, "openssl", "pkcs12", "-in", "token.p12", "-passin", "pass:" + PASSWORD, "-info", "-noout");
        assertEquals(0, info.exit(), info.output());
        assertTrue(info.output().contains("AES-256-CBC") && info.output().contains("hmacWithSHA256"), info.output());
        assertTrue(info.output().contains("MAC: sha256"), info.output());

        Result wrong = run(dir, "openssl", "pkcs12", "-in", "token.p12", "-passin", "pass:wrong password", "-noout");
        assertNotEquals(0, wrong.exit(), wrong.output());

        Files.writeString(dir.resolve("cert.pem"), f.asAdmin(() -> ca.certificatePem(token.certificate().serial())));
        Result subject = run(dir, "openssl", "x509", "-in", "cert.pem", "-noout", "-subject", "-nameopt",
                "RFC2253,-esc_msb");
        assertTrue(subject.output().contains("CN=" + Fixture.SIGNER_NAME + ",UID=" + Fixture.SIGNER + ",O=" + Fixture.PROVINCE),
                subject.output());
    }

    @Test
    void weVerifyACmsSignatureOpensslMadeWithOurCertificate() throws IOException {
        f = new Fixture(temp);
        CaService ca = f.ca();
        SoftToken token = f.asAdmin(() -> ca.issueSoftToken(CaServiceTest.personal(Fixture.SIGNER), Fixture.TOKEN_PASSWORD));
        Path dir = Files.createDirectories(temp.resolve("reverse"));
        Files.write(dir.resolve("token.p12"), token.pkcs12());
        Files.write(dir.resolve("data.bin"), DOCUMENT);
        Result extracted = run(dir, "openssl", "pkcs12", "-in", "token.p12", "-passin", "pass:" + PASSWORD, "-nodes",
                "-out", "token.pem");
        assertEquals(0, extracted.exit(), extracted.output());
        Result signed = run(dir, "openssl", "cms", "-sign", "-binary", "-md", "sha256", "-in", "data.bin",
                "-signer", "token.pem", "-outform", "DER", "-out", "openssl.der");
        assertEquals(0, signed.exit(), signed.output());

        VerificationReport report = f.signatures(ca).verifyCms(DOCUMENT, Files.readAllBytes(dir.resolve("openssl.der")));
        SignerReport signer = report.signers().get(0);
        assertTrue(report.valid(), report.toString());
        assertEquals(Fixture.SIGNER, signer.holderLogin());
        assertEquals(token.certificate().serial(), signer.serial());
    }

    record Result(int exit, String output) {
    }

    /** Runs a command with a time limit; stdout and stderr together, UTF-8. */
    static Result run(Path dir, String... command) {
        Process process;
        try {
            process = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(dir.toFile())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = process.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish within 60 seconds");
            }
            return new Result(process.exitValue(), output.get(10, TimeUnit.SECONDS));
        } catch (Exception e) {
            throw new IllegalStateException("running " + String.join(" ", command), e);
        }
    }
}
