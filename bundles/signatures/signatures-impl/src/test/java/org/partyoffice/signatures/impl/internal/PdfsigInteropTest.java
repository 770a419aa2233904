package org.partyoffice.signatures.impl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partyoffice.signatures.api.PdfSignatureOptions;

/**
 * Our PDF signatures checked by poppler's {@code pdfsig}, a tool no one here wrote: a personal
 * signature and the unit's seal on the same file, both valid, with our root CA trusted through an
 * NSS database made with {@code certutil} (libnss3-tools).
 */
class PdfsigInteropTest {

    @TempDir
    Path temp;
    Fixture f;

    @BeforeAll
    static void pdfsigIsInstalled() {
        for (String[] tool : new String[][] {{"pdfsig", "poppler-utils"}, {"certutil", "libnss3-tools"}}) {
            try {
                OpenSslInteropTest.run(Path.of("."), tool[0], "-h");
            } catch (UncheckedIOException e) {
                fail(tool[0] + " is not on the PATH. This interoperability test needs it: .ci/run installs it "
                        + "(apt-get install " + tool[1] + ") before the build.");
            }
        }
    }

    @AfterEach
    void stop() {
        if (f != null) {
            f.close();
        }
    }

    @Test
    void pdfsigReportsBothSignaturesValidAndTrusted() throws IOException {
        assertBothValid(Map.of());
    }

    @Test
    void pdfsigReportsSignaturesOfAnRsaCaValidToo() throws IOException {
        assertBothValid(Map.of("keyAlgorithm", "RSA"));
    }

    private void assertBothValid(Map<String, Object> caSettings) throws IOException {
        f = new Fixture(temp);
        CaService ca = f.ca(caSettings);
        CmsSignatureService signatures = f.signatures(ca);
        f.asAdmin(() -> ca.issueSoftToken(CaServiceTest.personal(Fixture.SIGNER), Fixture.TOKEN_PASSWORD));
        f.asAdmin(() -> ca.issueSoftToken(PdfSignatureTest.sealOf(f.province.id()), PdfSignatureTest.SEAL_PASSWORD));
        byte[] once = f.as(Fixture.SIGNER, () -> signatures.signPdf(TestPdf.document(), Fixture.TOKEN_PASSWORD,
                PdfSignatureTest.PERSONAL));
        byte[] twice = f.as(Fixture.OTHER_SIGNER, () -> signatures.signPdfAsSeal(once, f.province.id(),
                PdfSignatureTest.SEAL_PASSWORD, PdfSignatureTest.SEAL));
        Path pdf = temp.resolve("nghi-quyet-signed.pdf");
        Files.write(pdf, twice);

        Path nss = temp.resolve("nss");
        Files.createDirectories(nss);
        Path root = temp.resolve("root.pem");
        Files.writeString(root, Pem.certificate(ca.root()), StandardCharsets.US_ASCII);
        expectSuccess(run("certutil", "-N", "-d", "sql:" + nss, "--empty-password"));
        expectSuccess(run("certutil", "-A", "-d", "sql:" + nss, "-n", "partyoffice-root", "-t", "CT,C,C", "-i", root.toString()));

        OpenSslInteropTest.Result result = run("pdfsig", "-nssdir", "sql:" + nss, pdf.toString());
        System.out.println("pdfsig " + pdf.getFileName() + ":\n" + result.output());
        assertEquals(0, result.exit(), result.output());
        String out = result.output();
        assertEquals(2, count(out, "Signature Validation: Signature is Valid."), out);
        assertEquals(2, count(out, "Certificate Validation: Certificate is Trusted."), out);
        assertEquals(2, count(out, "Signature Type: ETSI.CAdES.detached"), out);
        assertTrue(out.contains("Total document signed"), out);
        assertTrue(out.contains(Fixture.SIGNER_NAME), out);

        // and a changed byte is caught by pdfsig too
        byte[] tampered = twice.clone();
        int at = PdfSignatureTest.indexOf(tampered, TestPdf.TITLE.getBytes(StandardCharsets.US_ASCII));
        tampered[at + 5] = 'X';
        Path bad = temp.resolve("tampered.pdf");
        Files.write(bad, tampered);
        String badOut = run("pdfsig", "-nssdir", "sql:" + nss, bad.toString()).output();
        assertEquals(2, count(badOut, "Signature Validation: Digest Mismatch."), badOut);
    }

    private OpenSslInteropTest.Result run(String... command) {
        return OpenSslInteropTest.run(temp, command);
    }

    private static void expectSuccess(OpenSslInteropTest.Result result) {
        assertEquals(0, result.exit(), result.output());
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
