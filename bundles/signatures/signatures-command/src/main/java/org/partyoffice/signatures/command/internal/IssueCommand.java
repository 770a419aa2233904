package org.partyoffice.signatures.command.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.command.spi.OfficeAction;
import org.partyoffice.signatures.api.CertificateAuthority;
import org.partyoffice.signatures.api.CertificateInfo;
import org.partyoffice.signatures.api.CertificateProfile;
import org.partyoffice.signatures.api.IssueRequest;
import org.partyoffice.signatures.api.SoftToken;

/**
 * {@code signatures:issue}: from a PKCS#10 request ({@code --csr}), or a key generated here into a
 * PKCS#12 soft token written to {@code --out}.
 */
@Service
@Command(scope = "signatures", name = "issue", description = "Issues a certificate (Cấp chứng thư số)")
public class IssueCommand extends OfficeAction {

    @Option(name = "--holder", description = "Login of the person (personal signing certificates)")
    private String holder;

    @Option(name = "--unit", description = "Unit id (organisation seals)")
    private Long unit;

    @Option(name = "--seal", description = "Issue an organisation seal for --unit instead of a personal certificate")
    private boolean seal;

    @Option(name = "--csr", description = "PEM PKCS#10 request file: the key stays on the holder's token")
    private String csr;

    @Option(name = "--out", description = "Where to write the PKCS#12 soft token (without --csr)")
    private String out;

    @Option(name = "--password", description = "Password of the soft token (at least 10 characters)")
    private String password;

    @Option(name = "--days", description = "Validity in days (default: the CA's)")
    private int days;

    @Option(name = "--device", description = "Serial of the secure storage device holding the key")
    private String device;

    @Reference
    private CertificateAuthority ca;

    @Override
    protected void run() throws IOException {
        IssueRequest request = new IssueRequest(seal ? CertificateProfile.ORGANISATION_SEAL : CertificateProfile.PERSONAL_SIGNING,
                holder, unit, days, device);
        CertificateInfo issued;
        if (csr != null) {
            issued = ca.enrol(Files.readString(Path.of(csr), StandardCharsets.US_ASCII), request);
        } else {
            if (out == null) {
                throw new InvalidInputException("--out", "give the file for the PKCS#12 soft token, or --csr");
            }
            if (password == null || password.length() < 10) {
                throw new InvalidInputException("--password", "must be at least 10 characters");
            }
            SoftToken token = ca.issueSoftToken(request, password.toCharArray());
            Files.write(Path.of(out), token.pkcs12());
            issued = token.certificate();
            out().println("Soft token written to " + Path.of(out).toAbsolutePath());
        }
        Certificates.table(List.of(issued)).print(out());
    }
}
