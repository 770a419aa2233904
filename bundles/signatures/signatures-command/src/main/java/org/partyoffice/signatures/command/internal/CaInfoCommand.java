package org.partyoffice.signatures.command.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.partyoffice.platform.command.spi.OfficeAction;
import org.partyoffice.signatures.api.CaInfo;
import org.partyoffice.signatures.api.CertificateAuthority;

/** {@code signatures:ca-info}: the certificate authority at a glance. */
@Service
@Command(scope = "signatures", name = "ca-info", description = "Shows the certificate authority (Thông tin CA)")
public class CaInfoCommand extends OfficeAction {

    @Reference
    private CertificateAuthority ca;

    @Override
    protected void run() {
        CaInfo info = ca.info();
        out().println("Root CA:        " + info.rootSubject());
        out().println("Issuing CA:     " + info.issuingSubject());
        out().println("Key:            " + info.keyAlgorithm() + " in " + info.keyStore());
        out().println("Valid until:    " + info.notAfter());
        out().println("CRL:            #" + info.crlNumber() + ", next update " + info.crlNextUpdate());
        out().println("Certificates:   " + info.issued() + " issued, " + info.revoked() + " revoked");
    }
}
