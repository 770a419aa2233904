package org.partyoffice.signatures.impl.internal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SoftHSM2 for tests: the library, a configuration in the folder {@code SOFTHSM2_CONF} points at
 * (the build sets it; the library reads it once per JVM), and tokens initialised with
 * {@code softhsm2-util}, an outside tool, as an administrator would initialise a real one.
 */
final class SoftHsm {

    static final String SO_PIN = "so-12345678";
    private static final List<String> LIBRARIES = List.of("/usr/lib/softhsm/libsofthsm2.so",
            "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so", "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
            "/usr/local/lib/softhsm/libsofthsm2.so");

    final String library;
    final Path folder;

    private SoftHsm(String library, Path folder) {
        this.library = library;
        this.folder = folder;
    }

    /** The SoftHSM2 of this machine with an empty token folder; the calling test is skipped, saying why, without one. */
    static SoftHsm start() throws IOException {
        String library = LIBRARIES.stream().filter(l -> Files.isReadable(Path.of(l))).findFirst().orElse(null);
        assumeTrue(library != null && onPath("softhsm2-util"), "softhsm2 is not installed (apt-get install softhsm2; "
                + ".ci/run installs it): the PKCS#11 tests are skipped");
        String conf = System.getenv("SOFTHSM2_CONF");
        assumeTrue(conf != null, "SOFTHSM2_CONF is not set: run the PKCS#11 tests through Maven, whose surefire "
                + "configuration sets it");
        Path confFile = Path.of(conf);
        Path folder = confFile.getParent();
        Path tokens = folder.resolve("tokens");
        if (Files.isDirectory(folder)) {
            try (var walk = Files.walk(folder)) {
                for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(tokens);
        Files.writeString(confFile, "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n",
                StandardCharsets.UTF_8);
        return new SoftHsm(library, folder);
    }

    /** Initialises a new token labelled {@code label} with user PIN {@code pin}; returns its slot ID. */
    long initToken(String label, String pin) throws IOException, InterruptedException {
        run("softhsm2-util", "--init-token", "--free", "--label", label, "--so-pin", SO_PIN, "--pin", pin);
        String slots = run("softhsm2-util", "--show-slots");
        // "Slot 1234" heads each slot's block; the token's "Label:" line follows within it.
        Matcher m = Pattern.compile("(?m)^Slot (\\d+)$").matcher(slots);
        List<long[]> starts = new ArrayList<>();
        while (m.find()) {
            starts.add(new long[] {Long.parseLong(m.group(1)), m.start()});
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? (int) starts.get(i + 1)[1] : slots.length();
            String block = slots.substring((int) starts.get(i)[1], end);
            if (Pattern.compile("Label:\\s+" + Pattern.quote(label) + "\\s*$", Pattern.MULTILINE).matcher(block).find()) {
                return starts.get(i)[0];
            }
        }
        throw new IllegalStateException("softhsm2-util did not list the token '" + label + "':\n" + slots);
    }

    /** A PIN file, owner-readable, as an administrator would write it. */
    Path pinFile(String name, String pin) throws IOException {
        Path file = folder.resolve(name);
        Pkcs12CaKeyStore.writeOwnerOnly(file, (pin + "\n").getBytes(StandardCharsets.UTF_8));
        return file;
    }

    private String run(String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("SOFTHSM2_CONF", folder.resolve("softhsm2.conf").toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command[0], command[1]) + " failed:\n" + out);
        }
        return out;
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
