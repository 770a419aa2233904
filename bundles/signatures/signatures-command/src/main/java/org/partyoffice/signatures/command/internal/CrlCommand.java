package org.partyoffice.signatures.command.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.partyoffice.platform.command.spi.OfficeAction;
import org.partyoffice.signatures.api.CertificateAuthority;

/** {@code signatures:crl}: writes the current certificate revocation list (DER). */
@Service
@Command(scope = "signatures", name = "crl", description = "Writes the current CRL to a file (Danh sách thu hồi)")
public class CrlCommand extends OfficeAction {

    @Argument(index = 0, name = "file", required = true, description = "Where to write the CRL (DER)")
    private String file;

    @Reference
    private CertificateAuthority ca;

    @Override
    protected void run() throws IOException {
        byte[] crl = ca.crl();
        Files.write(Path.of(file), crl);
        out().println("CRL (" + crl.length + " bytes) written to " + Path.of(file).toAbsolutePath());
    }
}
