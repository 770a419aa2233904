package vn.example.guesthouse.itests;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
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
 * Boots the Party Office distribution as a province runs it (nothing of the guest house in it):
 * loopback ports picked free, a known administrator password, and the guest-house repository
 * (built by guesthouse-features into {@code target/repository}) added to the places pax-url-mvn
 * looks for {@code mvn:} artifacts, as the IT staff do with a repository they were given.
 */
final class Distribution {

    static final String VERSION = System.getProperty("guesthouse.version");
    static final String ADMIN_PASSWORD = "Quản-trị-nhà-khách-2026";
    static final int HTTP_PORT = freePort();

    private Distribution() {
    }

    static Option[] options(Option... extra) {
        String localRepo = System.getProperty("org.ops4j.pax.url.mvn.localRepository", "");
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration()
                        .frameworkUrl(file(System.getProperty("guesthouse.distribution")).toURI().toString())
                        .name("Party Office")
                        .unpackDirectory(new File("target/exam"))
                        .useDeployFolder(false),
                configureConsole().ignoreLocalConsole(),
                logLevel(LogLevel.WARN),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", localRepo),
                // Read like the distribution's own system/ folder: no copy into a local repository, so the
                // bundles just built are the ones installed (a cached SNAPSHOT could otherwise win).
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.defaultRepositories",
                        "${karaf.home.uri}${karaf.default.repository}@id=system.repository@snapshots, "
                                + "${karaf.data.uri}kar@id=kar.repository@multi@snapshots, "
                                + "${karaf.base.uri}${karaf.default.repository}@id=child.system.repository@snapshots, "
                                + repositoryUrl() + "@id=guesthouse@snapshots"),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(freePort())),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(HTTP_PORT)),
                editConfigurationFilePut("etc/org.partyoffice.platform.firststart.cfg", "adminPasswordFile",
                        passwordFile().toAbsolutePath().toString()),
                systemProperty("guesthouse.test.httpPort").value(Integer.toString(HTTP_PORT)),
                systemProperty("guesthouse.version").value(VERSION)));
        if (Boolean.getBoolean("guesthouse.keepKaraf")) {
            // -Dguesthouse.keepKaraf=true leaves the Karaf folder in target/exam (its data/log/karaf.log says why a run failed)
            options.add(keepRuntimeFolder());
        }
        options.addAll(Arrays.asList(extra));
        return options.toArray(new Option[0]);
    }

    /** The guest-house API jar this build made (the test talks to the module's service through it). */
    static String apiJar() {
        return file(System.getProperty("guesthouse.api.jar")).toURI().toString();
    }

    /** {@code file:/.../guesthouse-features/target/repository} */
    static String repositoryUrl() {
        File dir = new File(System.getProperty("guesthouse.repository")).getAbsoluteFile();
        if (!dir.isDirectory()) {
            throw new IllegalStateException(dir + " is missing: build guesthouse-features first");
        }
        String uri = dir.toURI().toString();
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }

    private static File file(String path) {
        if (path == null || !new File(path).isFile()) {
            throw new IllegalStateException(path + " is missing: run the build (mvn -B verify), which passes it to the test");
        }
        return new File(path).getAbsoluteFile();
    }

    private static Path passwordFile() {
        try {
            Path file = Files.createTempFile("guesthouse-admin", ".password");
            Files.writeString(file, ADMIN_PASSWORD, StandardCharsets.UTF_8);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
