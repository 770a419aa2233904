package org.partyoffice.itests;

import java.io.File;

import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.Option;
import org.partyoffice.exam.PartyOfficeDistribution;

/**
 * Options that boot this project's own distribution under Pax Exam, in the style of Karaf's
 * {@code KarafTestSupport} but only the few things every test class needs: free ports on
 * 127.0.0.1, a known administrator password, and the local Maven repository just built into.
 */
public final class DistributionSupport {

    /** The version under test, passed in by failsafe. */
    public static final String VERSION = System.getProperty("project.version");

    /** The administrator password every test distribution starts with. */
    public static final String ADMIN_PASSWORD = PartyOfficeDistribution.ADMIN_PASSWORD;

    private DistributionSupport() {
    }

    /**
     * The distribution this reactor built, booted the way third-party modules boot it (the developer
     * kit's {@link PartyOfficeDistribution}), plus {@code extra}.
     */
    public static Option[] distribution(Option... extra) {
        return PartyOfficeDistribution.options(reactorFile("karaf-assembly", "karaf-assembly-" + VERSION + ".tar.gz"),
                new File("target/exam"), extra);
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

    /**
     * {@code <module>-api} as built by this reactor, installed and started next to the probe: the test
     * holds the api's types (services it injects or awaits), and the module's feature, installed
     * later, reuses this bundle rather than bringing a second copy.
     */
    public static Option apiBundle(String module) {
        return CoreOptions.bundle(reactorFile("bundles/" + module + "/" + module + "-api", module + "-api-" + VERSION + ".jar")).start();
    }

    /** The HTTP port of the distribution booted by this test JVM (one per test class run). */
    public static int httpPort() {
        return PartyOfficeDistribution.httpPort();
    }

    static int freePort() {
        return PartyOfficeDistribution.freePort();
    }
}
