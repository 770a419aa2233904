package org.partyoffice.signatures.command.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.partyoffice.platform.command.spi.OfficeAction;
import org.partyoffice.signatures.api.SignatureService;

/** {@code signatures:sign}: signs a file with your own key; the detached CMS signature goes next to it. */
@Service
@Command(scope = "signatures", name = "sign", description = "Signs a file with your key (Ký số tệp)")
public class SignCommand extends OfficeAction {

    @Argument(index = 0, name = "file", required = true, description = "The file to sign")
    private String file;

    @Option(name = "--out", description = "Signature file (default: <file>.p7s)")
    private String out;

    @Option(name = "--password", description = "Password of your key (asked for when not given)")
    private String password;

    @Reference
    private SignatureService signatures;

    @Override
    protected void run() throws Exception {
        char[] secret = password != null ? password.toCharArray() : ask();
        byte[] signature = signatures.signCms(Files.readAllBytes(Path.of(file)), secret);
        Path target = Path.of(out != null ? out : file + ".p7s");
        Files.write(target, signature);
        out().println("Signed: " + target.toAbsolutePath());
    }

    private char[] ask() throws Exception {
        String line = session.readLine("Password of your signing key: ", '*');
        if (line == null || line.isEmpty()) {
            throw failure("--password", "give the password of your signing key");
        }
        return line.toCharArray();
    }
}
