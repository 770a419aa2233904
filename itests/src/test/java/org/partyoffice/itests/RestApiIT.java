package org.partyoffice.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.partyoffice.platform.api.ModuleInfo;
import org.partyoffice.platform.api.ModuleRegistry;

import com.fasterxml.jackson.databind.JsonNode;

/** The REST API over HTTP on 127.0.0.1: authentication, every error status, units, accounts, audit. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RestApiIT {

    private static final String ADMIN = "admin";
    private static final String PW = DistributionSupport.ADMIN_PASSWORD;

    @Inject
    private BundleContext context;
    @Inject
    private ModuleRegistry registry;

    private Http http;

    @Configuration
    public Option[] config() {
        return DistributionSupport.distribution();
    }

    @Before
    public void waitForApi() throws InterruptedException {
        http = new Http(Integer.getInteger("partyoffice.test.httpPort"));
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            try {
                // Health answers as soon as the API is up; the first-start administrator may
                // still be being created then, so wait until it can sign in.
                if (http.anonymous().get("/api/health").status() == 200
                        && http.basic(ADMIN, PW).get("/api/session").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // the web server is still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("/api/health did not answer within 60 s");
    }

    @Test
    public void healthAndOpenApiArePublic() {
        Http.Response health = http.anonymous().get("/api/health");
        assertEquals(200, health.status());
        assertEquals("UP", health.json().get("status").asText());
        Http.Response doc = http.get("/api/openapi.json");
        assertEquals(200, doc.status());
        assertEquals("3.0.3", doc.json().get("openapi").asText());
    }

    @Test
    public void authenticationIsRequiredAndChecked() {
        Http.Response none = http.anonymous().get("/api/units");
        assertEquals(401, none.status());
        assertTrue(none.header("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(none.header("WWW-Authenticate").isPresent());
        assertEquals(401, http.basic(ADMIN, "not the password").get("/api/units").status());
        assertEquals(401, http.basic("nobody", PW).get("/api/units").status());
        Http.Response ok = http.basic(ADMIN, PW).get("/api/session");
        assertEquals(200, ok.status());
        assertEquals("Tuyệt mật", ok.json().get("clearanceLabel").asText());
    }

    @Test
    public void aWebSessionSignsInAndOut() {
        Http.Response bad = http.anonymous().post("/api/session", "{\"login\":\"admin\",\"password\":\"wrong password\"}");
        assertEquals(401, bad.status());
        Http.Response missing = http.anonymous().post("/api/session", "{\"login\":\"admin\"}");
        assertEquals(422, missing.status());
        assertEquals("password", missing.json().get("field").asText());
        Http.Response in = http.anonymous().post("/api/session",
                "{\"login\":\"admin\",\"password\":" + Http.q(PW) + "}");
        assertEquals(200, in.status());
        String setCookie = in.header("Set-Cookie").orElseThrow();
        assertTrue(setCookie.contains("HttpOnly"));
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        assertEquals(ADMIN, http.cookie(cookie).get("/api/session").json().get("login").asText());
        assertEquals(204, http.cookie(cookie).delete("/api/session").status());
        assertEquals(401, http.cookie(cookie).get("/api/session").status());
    }

    @Test
    public void errorsAreProblemsNamingTheField() {
        http.basic(ADMIN, PW);
        Http.Response malformed = http.post("/api/units", "{\"code\":");
        assertEquals(400, malformed.status());
        assertEquals(400, malformed.json().get("status").asInt());
        Http.Response unknownField = http.post("/api/units", "{\"code\":\"E1\",\"nmae\":\"x\",\"type\":\"CELL\"}");
        assertEquals(400, unknownField.status());
        assertEquals("nmae", unknownField.json().get("field").asText());
        Http.Response invalid = http.post("/api/units", "{\"code\":\"E 1\",\"name\":\"x\",\"type\":\"CELL\"}");
        assertEquals(422, invalid.status());
        assertEquals("code", invalid.json().get("field").asText());
        Http.Response badType = http.post("/api/units", "{\"code\":\"E1\",\"name\":\"x\",\"type\":\"VILLAGE\"}");
        assertEquals(422, badType.status());
        assertEquals("type", badType.json().get("field").asText());
        assertEquals(404, http.get("/api/units/987654").status());
        assertEquals("id", http.get("/api/units/987654").json().get("field").asText());
        assertEquals(404, http.get("/api/no-such-thing").status());
        assertEquals(405, http.delete("/api/units").status());
        assertEquals(415, http.send("POST", "/api/units", "text/plain", "x").status());
        Http.Response first = http.post("/api/units", "{\"code\":\"E.DUP\",\"name\":\"Đảng ủy xã Trùng\",\"type\":\"COMMUNE\"}");
        assertEquals(201, first.status());
        Http.Response dup = http.post("/api/units", "{\"code\":\"E.DUP\",\"name\":\"Đảng ủy xã Trùng\",\"type\":\"COMMUNE\"}");
        assertEquals(409, dup.status());
        assertEquals("code", dup.json().get("field").asText());
        for (Http.Response r : new Http.Response[] {malformed, unknownField, invalid, dup}) {
            assertFalse("no stack trace in " + r.body(), r.body().contains("at org."));
        }
    }

    @Test
    public void unitsAreCreatedMergedAndSeenAsOfADate() {
        http.basic(ADMIN, PW);
        long province = http.post("/api/units", "{\"code\":\"R.P\",\"name\":\"Tỉnh ủy Hà Giang\",\"type\":\"PROVINCE\","
                + "\"validFrom\":\"2020-01-01\"}").json().get("id").asLong();
        long a = http.post("/api/units", "{\"code\":\"R.A\",\"name\":\"Đảng ủy xã Lũng Cú\",\"type\":\"COMMUNE\",\"parentId\":"
                + province + ",\"validFrom\":\"2020-01-01\"}").json().get("id").asLong();
        long b = http.post("/api/units", "{\"code\":\"R.B\",\"name\":\"Đảng ủy xã Đồng Văn\",\"type\":\"COMMUNE\",\"parentId\":"
                + province + ",\"validFrom\":\"2020-01-01\"}").json().get("id").asLong();
        Http.Response merge = http.post("/api/units/merge", "{\"sourceIds\":[" + a + "," + b + "],\"target\":{\"code\":\"R.AB\","
                + "\"name\":\"Đảng ủy xã Lũng Cú – Đồng Văn\",\"type\":\"COMMUNE\",\"validFrom\":\"2025-07-01\"}}");
        assertEquals(merge.body(), 200, merge.status());
        long merged = merge.json().get("merged").get("id").asLong();
        assertEquals("Đảng ủy xã Lũng Cú – Đồng Văn", merge.json().get("merged").get("name").asText());
        JsonNode before = http.get("/api/units/" + province + "/subtree?date=2025-06-30").json();
        JsonNode after = http.get("/api/units/" + province + "/subtree?date=2025-07-01").json();
        assertTrue(contains(before, a) && contains(before, b) && !contains(before, merged));
        assertTrue(!contains(after, a) && !contains(after, b) && contains(after, merged));
        assertEquals(merged, http.get("/api/units/" + a + "/current").json().get("id").asLong());
        assertEquals(422, http.get("/api/units?date=yesterday").status());
    }

    @Test
    public void accountsAreManagedByAdministratorsOnly() {
        http.basic(ADMIN, PW);
        Http.Response created = http.post("/api/accounts", "{\"login\":\"r.thuky\",\"fullName\":\"Nguyễn Thị Thư Ký\","
                + "\"password\":\"mật khẩu dài đủ\",\"roles\":[\"secretary\"],\"clearance\":\"Tối mật\"}");
        assertEquals(created.body(), 201, created.status());
        assertEquals("TOI_MAT", created.json().get("clearance").asText());
        assertFalse(created.body().contains("password"));
        Http.Response badRole = http.post("/api/accounts", "{\"login\":\"r.x\",\"fullName\":\"X\",\"password\":\"0123456789\","
                + "\"roles\":[\"king\"]}");
        assertEquals(422, badRole.status());
        assertEquals("roles", badRole.json().get("field").asText());
        Http.Response shortPw = http.post("/api/accounts", "{\"login\":\"r.y\",\"fullName\":\"Y\",\"password\":\"short\","
                + "\"roles\":[\"viewer\"]}");
        assertEquals("password", shortPw.json().get("field").asText());

        Http.Response asSecretary = http.basic("r.thuky", "mật khẩu dài đủ").get("/api/accounts");
        assertEquals(403, asSecretary.status());
        assertEquals(200, http.get("/api/accounts/r.thuky").status());
        assertEquals(403, http.post("/api/units", "{\"code\":\"R.NO\",\"name\":\"x\",\"type\":\"CELL\"}").status());

        assertEquals(200, http.basic(ADMIN, PW).put("/api/accounts/r.thuky", "{\"enabled\":false}").status());
        assertEquals(401, http.basic("r.thuky", "mật khẩu dài đủ").get("/api/session").status());
        assertEquals(404, http.basic(ADMIN, PW).put("/api/accounts/nobody", "{\"enabled\":false}").status());
    }

    @Test
    public void theAuditTrailIsQueriedAndVerified() {
        http.basic(ADMIN, PW).post("/api/units", "{\"code\":\"R.AUD\",\"name\":\"Chi bộ Kiểm tra\",\"type\":\"CELL\"}");
        JsonNode entries = http.get("/api/audit?module=platform&action=unit.create&limit=50").json();
        boolean found = false;
        for (JsonNode e : entries) {
            found |= e.get("detail").asText().contains("Chi bộ Kiểm tra");
            assertEquals(64, e.get("hash").asText().length());
        }
        assertTrue(found);
        assertTrue(http.get("/api/audit/verify").json().get("valid").asBoolean());
        assertEquals(422, http.get("/api/audit?limit=0").status());
        assertEquals(422, http.get("/api/audit?from=last-week").status());
    }

    @Test
    public void theModuleListFollowsTheWhiteboard() {
        http.basic(ADMIN, PW);
        ServiceRegistration<ModuleInfo> reg = context.registerService(ModuleInfo.class,
                new TestModule("resolutions", "Theo dõi nghị quyết", "Resolution monitoring", "/office/resolutions/"), null);
        try {
            JsonNode modules = http.get("/api/modules").json();
            boolean listed = false;
            for (JsonNode m : modules) {
                listed |= "resolutions".equals(m.get("id").asText()) && "Theo dõi nghị quyết".equals(m.get("nameVi").asText());
            }
            assertTrue(modules.toString(), listed);
        } finally {
            reg.unregister();
        }
        assertFalse(http.get("/api/modules").body().contains("resolutions"));
        assertNotNull(registry);
    }

    @Test
    public void aModuleCanAnnounceAPublicPath() {
        assertEquals(401, http.anonymous().get("/api/modules").status());
        java.util.Hashtable<String, Object> props = new java.util.Hashtable<>();
        props.put(org.partyoffice.platform.api.WebConstants.PUBLIC_PATHS, new String[] {"GET /api/modules"});
        ServiceRegistration<?> reg = context.registerService(Object.class.getName(), new Object(), props);
        try {
            assertEquals(200, http.anonymous().get("/api/modules").status());
            assertEquals(401, http.anonymous().get("/api/units").status());
        } finally {
            reg.unregister();
        }
        assertEquals(401, http.anonymous().get("/api/modules").status());
    }

    @Test
    public void theDashboardHasThePlatformFigures() {
        JsonNode dash = http.basic(ADMIN, PW).get("/api/dashboard?lang=vi").json();
        boolean platform = false;
        for (JsonNode m : dash) {
            if ("platform".equals(m.get("module").asText())) {
                platform = true;
                assertTrue(m.get("figures").size() >= 3);
                assertTrue(m.get("figures").toString().contains("Đơn vị hiện hành"));
            }
        }
        assertTrue(dash.toString(), platform);
    }

    private static boolean contains(JsonNode units, long id) {
        for (JsonNode u : units) {
            if (u.get("id").asLong() == id) {
                return true;
            }
        }
        return false;
    }
}
