package ${package}.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.partyoffice.exam.KarafShell;
import org.partyoffice.exam.PartyOfficeDistribution;
import org.partyoffice.exam.RestClient;

/**
 * The module as a province gets it: the Party Office distribution boots without it, the module's
 * feature repository is added and the feature installed from the console, an entry with a
 * Vietnamese title is recorded over REST and listed in the console, bad input is a 422 naming the
 * field, and after the feature is uninstalled and installed again the entry is still there.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ${moduleClass}IT {

    private static final String ADMIN = "admin";
    private static final String PASSWORD = PartyOfficeDistribution.ADMIN_PASSWORD;
    private static final String TITLE = "Nghị quyết về công tác cán bộ — Tuyệt mật không áp dụng";
    private static final String VERSION = "module.version";

    @Inject
    private SessionFactory sessions;

    @Configuration
    public Option[] config() {
        String distribution = "mvn:org.partyoffice/karaf-assembly/" + System.getProperty("partyoffice.version") + "/tar.gz";
        return PartyOfficeDistribution.options(distribution, new File("target/exam"),
                PartyOfficeDistribution.moduleRepository(new File("target/module-repository")),
                CoreOptions.systemProperty(VERSION).value(System.getProperty(VERSION)));
    }

    /** One test: the steps build on each other. */
    @Test
    public void installedAtRuntimeUsedAndReinstalledWithItsData() throws Exception {
        RestClient rest = RestClient.local().as(ADMIN, PASSWORD);
        awaitStatus(rest, "/api/modules", 200);
        KarafShell.awaitLogin(ADMIN, PASSWORD, 60);

        shell("feature:repo-add mvn:${groupId}/${rootArtifactId}-features/" + System.getProperty(VERSION) + "/xml/features");
        shell("feature:install ${moduleId}");
        awaitStatus(rest, "/api/${moduleId}/units/1/entries", 200);

        long unit = id(created(rest.post("/api/units", "{\"code\":\"000.00.00.H37\",\"name\":\"Tỉnh ủy Lào Cai\","
                + "\"type\":\"PROVINCE\",\"validFrom\":\"2025-07-01\"}")));
        long entry = id(created(rest.post("/api/${moduleId}/entries", "{\"unitId\":" + unit + ",\"title\":\"" + TITLE + "\"}")));
        assertTrue(rest.get("/api/${moduleId}/entries/" + entry).body().contains(TITLE));

        RestClient.Response bad = rest.post("/api/${moduleId}/entries", "{\"unitId\":" + unit + ",\"title\":\"  \"}");
        assertEquals(bad.body(), 422, bad.status());
        assertTrue(bad.body(), bad.body().contains("title"));
        RestClient.Response badUnit = rest.post("/api/${moduleId}/entries", "{\"unitId\":\"một\",\"title\":\"" + TITLE + "\"}");
        assertEquals(badUnit.body(), 422, badUnit.status());
        assertTrue(badUnit.body(), badUnit.body().contains("unitId"));
        assertTrue(rest.get("/api/modules").body().contains("${moduleTitle}"));
        assertTrue(rest.get("/api/openapi.json").body().contains("/${moduleId}/entries"));

        assertTrue(shell("${moduleId}:list " + unit).contains(TITLE));

        shell("feature:uninstall ${moduleId}");
        awaitStatus(rest, "/api/${moduleId}/units/" + unit + "/entries", 404);
        assertFalse(shell("feature:list -i").contains("${moduleId} "));
        shell("feature:install ${moduleId}");
        awaitStatus(rest, "/api/${moduleId}/units/" + unit + "/entries", 200);
        assertTrue(rest.get("/api/${moduleId}/units/" + unit + "/entries").body().contains(TITLE));
    }

    private String shell(String command) throws Exception {
        KarafShell.Result r = KarafShell.run(sessions, ADMIN, PASSWORD, command);
        assertFalse(command + ": " + r.error() + "\n" + r.output(), r.failed());
        return r.output();
    }

    private static String created(RestClient.Response r) {
        assertEquals(r.body(), 201, r.status());
        return r.body();
    }

    private static long id(String json) {
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(json);
        assertTrue(json, m.find());
        return Long.parseLong(m.group(1));
    }

    /** Polls until {@code path} answers {@code status} five times in a row (installs settle). */
    private static void awaitStatus(RestClient rest, String path, int status) throws InterruptedException {
        RestClient.Response r = rest.get(path);
        int inARow = 0;
        for (int i = 0; i < 600 && inARow < 5; i++) {
            inARow = r.status() == status ? inARow + 1 : 0;
            Thread.sleep(200);
            r = rest.get(path);
        }
        assertEquals(path + ": " + r.body(), status, r.status());
    }
}
