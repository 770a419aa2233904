package org.partyoffice.itests;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/**
 * Options that boot this project's own distribution under Pax Exam, in the style of Karaf's
 * {@code KarafTestSupport} but only the few things every test class needs: free ports on
 * 127.0.0.1, a known administrator password, and the local Maven repository just built into.
 */
public final class DistributionSupport {

    /** The version under test, passed in by failsafe. */
    public static final String VERSION = System.getProperty("project.version");

    /** The administrator password every test distribution starts with. */
    public static final String ADMIN_PASSWORD = "Quản-trị-thử-nghiệm-2026";

    private DistributionSupport() {
    }

    /** The base options plus {@code extra}. */
    public static Option[] distribution(Option... extra) {
        String localRepo = System.getProperty("org.ops4j.pax.url.mvn.localRepository", "");
        Path passwordFile = writePasswordFile();
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration()
                        .frameworkUrl(reactorFile("karaf-assembly", "karaf-assembly-" + VERSION + ".tar.gz"))
                        .name("Party Office")
                        .unpackDirectory(new File("target/exam"))
                        .useDeployFolder(false),
                configureConsole().ignoreLocalConsole(),
                logLevel(LogLevel.WARN),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", localRepo),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(freePort())),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(httpPort())),
                editConfigurationFilePut("etc/org.partyoffice.platform.firststart.cfg", "adminPasswordFile",
                        passwordFile.toAbsolutePath().toString()),
                systemProperty("partyoffice.test.httpPort").value(Integer.toString(httpPort()))));
        options.addAll(Arrays.asList(extra));
        return options.toArray(new Option[0]);
    }

    /**
     * A file the reactor built in this run, as a URL. Tests take the distribution and bundles from
     * {@code target/} rather than the local Maven repository, because {@code mvn verify} does not
     * install them there: on a fresh machine they exist only in the reactor.
     */
    public static String reactorFile(String module, String file) {
        File f = new File("..", module + "/target/" + file).getAbsoluteFile();
        if (!f.isFile()) {
            throw new IllegalStateException(f + " is missing: build the reactor (mvn -B verify) first");
        }
        return f.toURI().toString();
    }

    private static int httpPort = -1;

    /** The HTTP port of the distribution booted by this test JVM (one per test class run). */
    public static synchronized int httpPort() {
        if (httpPort < 0) {
            httpPort = freePort();
        }
        return httpPort;
    }

    private static Path writePasswordFile() {
        try {
            Path file = Files.createTempFile("partyoffice-admin", ".password");
            Files.writeString(file, ADMIN_PASSWORD, StandardCharsets.UTF_8);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
