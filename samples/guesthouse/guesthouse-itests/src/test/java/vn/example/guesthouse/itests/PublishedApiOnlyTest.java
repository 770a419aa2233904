package vn.example.guesthouse.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Pattern;

import org.junit.Test;

/**
 * Before any distribution boots: the bundles in the module's repository import nothing of the
 * platform but its published API and spi packages (bnd computed their Import-Package from the
 * classes, so a use of an internal class would show up here), and the API bundle exports its package.
 */
public class PublishedApiOnlyTest {

    @Test
    public void theBundlesImportOnlyPublishedPackages() throws IOException {
        File repository = new File(System.getProperty("guesthouse.repository", "../guesthouse-features/target/repository"));
        List<String> checked = new ArrayList<>();
        for (String module : List.of("api", "impl", "command", "rest")) {
            String version = System.getProperty("guesthouse.version", "1.0.0-SNAPSHOT");
            File jar = new File(repository, "vn/example/guesthouse/guesthouse-" + module + "/" + version + "/guesthouse-" + module + "-"
                    + version + ".jar");
            assertTrue(jar + " is in the repository", jar.isFile());
            try (JarFile j = new JarFile(jar)) {
                var attributes = j.getManifest().getMainAttributes();
                assertEquals("vn.example.guesthouse." + module, attributes.getValue("Bundle-SymbolicName"));
                for (String pkg : GuestHouseFeatureIT.packages(attributes.getValue("Import-Package"))) {
                    assertFalse(module + " imports " + pkg, pkg.contains(".internal") || pkg.startsWith("org.partyoffice.platform.core"));
                    assertTrue(module + " imports " + pkg + ", not a published API package", allowed(pkg));
                    checked.add(module + ":" + pkg);
                }
                if (module.equals("api")) {
                    assertTrue(attributes.getValue("Export-Package"), attributes.getValue("Export-Package")
                            .startsWith("vn.example.guesthouse.api;version=\"1.0.0\""));
                }
            }
        }
        assertTrue(checked.toString(), checked.contains("impl:org.partyoffice.meetings.api"));
        assertTrue(checked.toString(), checked.contains("command:org.partyoffice.platform.command.spi"));
        assertTrue(checked.toString(), checked.contains("rest:org.partyoffice.platform.web.spi"));
        assertTrue(checked.toString(), checked.contains("rest:org.partyoffice.platform.rest.spi"));
    }

    @Test
    public void theHeaderParserSkipsVersionRanges() {
        assertEquals(List.of("a.b", "c", "org.x.y"),
                GuestHouseFeatureIT.packages("a.b;version=\"[1.1,2)\",c,org.x.y;version=\"[4.4,5)\";resolution:=optional"));
    }

    private static boolean allowed(String pkg) {
        return ALLOWED.matcher(pkg).matches();
    }

    private static final Pattern ALLOWED = GuestHouseFeatureIT.ALLOWED_IMPORT;
}
