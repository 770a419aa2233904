package org.partyoffice.signatures.command.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.partyoffice.platform.api.InvalidInputException;
import org.partyoffice.platform.command.spi.OfficeAction;
import org.partyoffice.signatures.api.CertificateAuthority;
import org.partyoffice.signatures.api.CertificateQuery;
import org.partyoffice.signatures.api.CertificateStatus;

/** {@code signatures:list}: searches the certificate register. */
@Service
@Command(scope = "signatures", name = "list", description = "Lists certificates (Danh sách chứng thư số)")
public class ListCommand extends OfficeAction {

    @Argument(index = 0, name = "text", description = "Part of the subject or serial")
    private String text;

    @Option(name = "--holder", description = "Login of the holder")
    private String holder;

    @Option(name = "--status", description = "VALID, REVOKED or EXPIRED")
    private String status;

    @Option(name = "--expiring", description = "Only valid certificates expiring within this many days")
    private Integer expiring;

    @Option(name = "--limit", description = "At most this many (default 100)")
    private int limit = 100;

    @Reference
    private CertificateAuthority ca;

    @Override
    protected void run() {
        if (expiring != null) {
            Certificates.table(ca.expiringWithin(expiring)).print(out());
            return;
        }
        CertificateStatus s = null;
        if (status != null) {
            try {
                s = CertificateStatus.valueOf(status.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("--status", "must be VALID, REVOKED or EXPIRED", status);
            }
        }
        Certificates.table(ca.search(new CertificateQuery(text, holder, null, s, null, limit))).print(out());
    }
}
