package vn.example.guesthouse.itests;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ops4j.pax.exam.Option;
import org.partyoffice.exam.PartyOfficeDistribution;

/**
 * Boots the Party Office distribution as a province runs it (nothing of the guest house in it):
 * loopback ports picked free, a known administrator password, and the guest-house repository
 * (built by guesthouse-features into {@code target/repository}) added to the places pax-url-mvn
 * looks for {@code mvn:} artifacts, as the IT staff do with a repository they were given.
 */
final class Distribution {

    static final String VERSION = System.getProperty("guesthouse.version");
    static final String ADMIN_PASSWORD = PartyOfficeDistribution.ADMIN_PASSWORD;

    private Distribution() {
    }

    /**
     * The platform's distribution booted by the developer kit ({@link PartyOfficeDistribution}), with
     * this build's {@code guesthouse-features/target/repository} read like Karaf's own {@code system/}
     * folder: nothing is copied into a local repository, so the bundles just built are the ones
     * installed (a cached SNAPSHOT could otherwise win).
     */
    static Option[] options(Option... extra) {
        List<Option> options = new ArrayList<>(List.of(
                PartyOfficeDistribution.options(file(System.getProperty("guesthouse.distribution")).toURI().toString(),
                        new File("target/exam"), PartyOfficeDistribution.moduleRepository(repository()),
                        systemProperty("guesthouse.test.httpPort").value(Integer.toString(PartyOfficeDistribution.httpPort())),
                        systemProperty("guesthouse.version").value(VERSION))));
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

    /** {@code .../guesthouse-features/target/repository} */
    static File repository() {
        File dir = new File(System.getProperty("guesthouse.repository")).getAbsoluteFile();
        if (!dir.isDirectory()) {
            throw new IllegalStateException(dir + " is missing: build guesthouse-features first");
        }
        return dir;
    }

    private static File file(String path) {
        if (path == null || !new File(path).isFile()) {
            throw new IllegalStateException(path + " is missing: run the build (mvn -B verify), which passes it to the test");
        }
        return new File(path).getAbsoluteFile();
    }
}
