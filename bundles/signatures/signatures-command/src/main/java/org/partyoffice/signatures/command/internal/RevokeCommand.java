package org.partyoffice.signatures.command.internal;

import java.util.List;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.command.spi.OfficeAction;
import org.partyoffice.signatures.api.CertificateAuthority;
import org.partyoffice.signatures.api.RevocationReason;

/** {@code signatures:revoke}: revokes a certificate and publishes a new CRL. */
@Service
@Command(scope = "signatures", name = "revoke", description = "Revokes a certificate (Thu hồi chứng thư số)")
public class RevokeCommand extends OfficeAction {

    @Argument(index = 0, name = "serial", required = true, description = "Serial number (hex)")
    private String serial;

    @Option(name = "--reason", description = "KEY_COMPROMISE, AFFILIATION_CHANGED, SUPERSEDED, CESSATION_OF_OPERATION, ...")
    private String reason;

    @Reference
    private CertificateAuthority ca;

    @Override
    protected void run() {
        RevocationReason r = RevocationReason.UNSPECIFIED;
        if (reason != null) {
            try {
                r = RevocationReason.valueOf(reason.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("--reason", "must be one of " + List.of(RevocationReason.values()), reason);
            }
        }
        Certificates.table(List.of(ca.revoke(serial, r))).print(out());
    }
}
