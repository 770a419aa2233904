package org.partyoffice.exam;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFileExtend;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/**
 * Pax Exam options that boot the Party Office distribution the way a province runs it, for a test in
 * the test JVM's {@code @Configuration} method: HTTP and SSH on free ports, the first administrator's
 * password set, Karaf's Maven resolver pointed at the test's local repository, and this support
 * bundle installed so that {@link KarafShell} and {@link RestClient} work inside the container.
 */
public final class PartyOfficeDistribution {

    /** The administrator password every test distribution starts with. */
    public static final String ADMIN_PASSWORD = "Quản-trị-thử-nghiệm-2026";

    /** The system property, set inside the container, that carries the HTTP port. */
    public static final String HTTP_PORT_PROPERTY = "partyoffice.test.httpPort";

    private static int httpPort = -1;

    private PartyOfficeDistribution() {
    }

    /**
     * The distribution at {@code distributionUrl} (a {@code file:} or {@code mvn:} URL of the
     * {@code karaf-assembly} tar.gz), unpacked under {@code unpackDirectory}, plus {@code extra}.
     */
    public static Option[] options(String distributionUrl, File unpackDirectory, Option... extra) {
        String localRepository = System.getProperty("org.ops4j.pax.url.mvn.localRepository", "");
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration()
                        .frameworkUrl(distributionUrl)
                        .name("Party Office")
                        .unpackDirectory(unpackDirectory)
                        .useDeployFolder(false),
                configureConsole().ignoreLocalConsole(),
                logLevel(LogLevel.WARN),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                        localRepository),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(freePort())),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port",
                        Integer.toString(httpPort())),
                editConfigurationFilePut("etc/org.partyoffice.platform.firststart.cfg", "adminPasswordFile",
                        writePasswordFile().toAbsolutePath().toString()),
                systemProperty(HTTP_PORT_PROPERTY).value(Integer.toString(httpPort())),
                // On a loaded machine the probe can come up before Pax Exam's invoker service; the
                // default wait of 10 s then fails the test before it starts.
                systemProperty("org.ops4j.pax.exam.raw.extender.intern.Parser.DEFAULT_TIMEOUT").value("120000"),
                supportBundle()));
        options.addAll(Arrays.asList(extra));
        return options.toArray(new Option[0]);
    }

    /**
     * Adds a folder in Maven layout to the places Karaf looks up {@code mvn:} URLs, after its own
     * {@code system/} folder: how a module's freshly built bundles and feature become installable
     * with {@code feature:repo-add} and {@code feature:install} before they were ever deployed.
     */
    public static Option moduleRepository(File folder) {
        return editConfigurationFileExtend("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.defaultRepositories",
                folder.getAbsoluteFile().toURI() + "@id=module.under.test@snapshots");
    }

    /** The HTTP port of the distribution booted by this test JVM (one per test class run). */
    public static synchronized int httpPort() {
        if (httpPort < 0) {
            httpPort = freePort();
        }
        return httpPort;
    }

    /** This jar as a bundle, so the probe can use the shell and REST helpers inside Karaf. */
    public static Option supportBundle() {
        try {
            File self = new File(PartyOfficeDistribution.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return bundle((self.isDirectory() ? "reference:" : "") + self.toURI()).start();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
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

    /** A free TCP port on 127.0.0.1. */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
