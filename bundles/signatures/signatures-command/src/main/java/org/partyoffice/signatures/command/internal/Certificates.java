package org.partyoffice.signatures.command.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.karaf.shell.support.table.ShellTable;
import org.partyoffice.signatures.api.CertificateInfo;

/** The certificate table every listing command prints. */
final class Certificates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    private Certificates() {
    }

    static ShellTable table(List<CertificateInfo> certificates) {
        ShellTable table = new ShellTable();
        table.column("Serial");
        table.column("Subject");
        table.column("Holder");
        table.column("Profile");
        table.column("Valid from");
        table.column("Valid to");
        table.column("Status");
        table.emptyTableText("(no certificates)");
        for (CertificateInfo c : certificates) {
            table.addRow().addContent(c.serial(), c.subject(), c.holderLogin() == null ? "" : c.holderLogin(),
                    c.profile(), DAY.format(c.notBefore()), DAY.format(c.notAfter()),
                    c.status() + (c.revocationReason() == null ? "" : " (" + c.revocationReason() + ")"));
        }
        return table;
    }
}
