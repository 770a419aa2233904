package org.partyoffice.signatures.command.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.partyoffice.platform.command.spi.OfficeAction;
import org.partyoffice.signatures.api.PdfSignatureOptions;
import org.partyoffice.signatures.api.SignatureService;

/**
 * {@code signatures:sign}: signs a file with your own key. A PDF is signed inside (PAdES) and
 * written to {@code <name>-signed.pdf}; any other file gets a detached CMS signature next to it
 * ({@code <file>.p7s}).
 */
@Service
@Command(scope = "signatures", name = "sign", description = "Signs a file with your key (Ký số tệp); a PDF is signed inside")
public class SignCommand extends OfficeAction {

    @Argument(index = 0, name = "file", required = true, description = "The file to sign")
    private String file;

    @Option(name = "--out", description = "Output: the signature file (default <file>.p7s), or for a PDF the signed PDF "
            + "(default <name>-signed.pdf)")
    private String out;

    @Option(name = "--password", description = "Password of your key (asked for when not given)")
    private String password;

    @Option(name = "--reason", description = "PDF: the reason written in the signature, e.g. 'Phê duyệt'")
    private String reason;

    @Option(name = "--location", description = "PDF: where it is signed")
    private String location;

    @Option(name = "--visible", description = "PDF: show the signature as a box on the page")
    private boolean visible;

    @Option(name = "--page", description = "PDF: the page of the visible box (default 1; 0 = last page)")
    private int page = 1;

    @Option(name = "--seal", description = "PDF: apply the organisation seal of this unit id (with the seal key's password)")
    private Long sealUnit;

    @Option(name = "--detached", description = "Sign a PDF as any other file: a detached .p7s next to it")
    private boolean detached;

    @Reference
    private SignatureService signatures;

    @Override
    protected void run() throws Exception {
        Path source = Path.of(file);
        byte[] content = Files.readAllBytes(source);
        boolean pdf = !detached && isPdf(content);
        if (!pdf && sealUnit != null) {
            throw failure("--seal", "an organisation seal is applied to PDF files only");
        }
        char[] secret = password != null ? password.toCharArray() : ask();
        if (pdf) {
            PdfSignatureOptions options = (visible ? PdfSignatureOptions.visible(reason, page)
                    : PdfSignatureOptions.invisible(reason)).withLocation(location);
            byte[] signed = sealUnit != null ? signatures.signPdfAsSeal(content, sealUnit, secret, options)
                    : signatures.signPdf(content, secret, options);
            Path target = Path.of(out != null ? out : signedName(file));
            Files.write(target, signed);
            out().println("Signed PDF: " + target.toAbsolutePath());
            return;
        }
        byte[] signature = signatures.signCms(content, secret);
        Path target = Path.of(out != null ? out : file + ".p7s");
        Files.write(target, signature);
        out().println("Signed: " + target.toAbsolutePath());
    }

    /** {@code /a/b.pdf} becomes {@code /a/b-signed.pdf}. */
    static String signedName(String file) {
        int dot = file.lastIndexOf('.');
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return dot > slash ? file.substring(0, dot) + "-signed" + file.substring(dot) : file + "-signed.pdf";
    }

    /** A PDF by its header, as the service checks it. */
    static boolean isPdf(byte[] content) {
        return new String(content, 0, Math.min(content.length, 1024), StandardCharsets.ISO_8859_1).contains("%PDF-");
    }

    private char[] ask() throws Exception {
        String line = session.readLine("Password of your signing key: ", '*');
        if (line == null || line.isEmpty()) {
            throw failure("--password", "give the password of your signing key");
        }
        return line.toCharArray();
    }
}
