package org.partyoffice.signatures.command.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.partyoffice.platform.command.spi.OfficeAction;
import org.partyoffice.signatures.api.SignatureService;
import org.partyoffice.signatures.api.SignerReport;
import org.partyoffice.signatures.api.VerificationReport;

/**
 * {@code signatures:verify}: checks a file against its detached CMS signature ({@code <file>.p7s}),
 * or, for a PDF without one, the signatures inside the PDF.
 */
@Service
@Command(scope = "signatures", name = "verify", description = "Verifies a signed file (Kiểm tra chữ ký số)")
public class VerifyCommand extends OfficeAction {

    @Argument(index = 0, name = "file", required = true, description = "The signed file")
    private String file;

    @Argument(index = 1, name = "signature", description = "The signature (default: <file>.p7s; a PDF without one: the signatures inside it)")
    private String signature;

    @Reference
    private SignatureService signatures;

    @Override
    protected void run() throws Exception {
        byte[] content = Files.readAllBytes(Path.of(file));
        Path detached = Path.of(signature != null ? signature : file + ".p7s");
        VerificationReport report = signature == null && !Files.exists(detached) && SignCommand.isPdf(content)
                ? signatures.verifyPdf(content)
                : signatures.verifyCms(content, Files.readAllBytes(detached));
        for (SignerReport s : report.signers()) {
            out().println((s.valid() ? "VALID    " : "INVALID  ") + s.subject() + " (serial " + s.serial() + ")");
            out().println("  signed at " + s.signingTime() + (s.holderLogin() == null ? "" : " by " + s.holderLogin()));
            out().println("  integrity " + ok(s.integrity()) + ", chain " + ok(s.chainTrusted()) + ", valid then "
                    + ok(s.validAtSigningTime()) + ", not revoked " + ok(s.notRevoked()));
            s.problems().forEach(p -> out().println("  - " + p));
        }
        if (!report.valid()) {
            throw failure("signature", report.signers().isEmpty() ? "no signer found"
                    : report.signers().size() == 1 ? "the signature is not valid" : "not every signature is valid");
        }
    }

    private static String ok(boolean b) {
        return b ? "ok" : "FAILED";
    }
}
