package vn.example.guesthouse.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.partyoffice.exam.KarafShell;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;
import org.partyoffice.platform.api.ConflictException;
import org.partyoffice.platform.api.CurrentUser;

import com.fasterxml.jackson.databind.JsonNode;

import vn.example.guesthouse.api.Booking;
import vn.example.guesthouse.api.BookingStatus;
import vn.example.guesthouse.api.GuestHouseService;
import vn.example.guesthouse.api.NewBooking;
import vn.example.guesthouse.api.NewRoom;
import vn.example.guesthouse.api.Room;

/**
 * The guest-house module installed into a running Party Office distribution the way a third party's
 * module is: the distribution boots without it; the administrator adds the module's features
 * repository and installs the feature from the Karaf shell; the module's service, REST API and
 * shell commands work (rooms in Vietnamese, a double booking refused with 409 naming the other
 * booking, too many people 422 on headCount); linking a meeting says meetings is not installed;
 * the meetings module installed at runtime makes the link work without a restart; the feature
 * uninstalled and installed again finds its rooms and bookings where they were. Its page is served
 * in the web shell while it is installed.
 *
 * <p>The test holds the module's API bundle itself (as a consumer feature would), so its view of
 * the service survives the module's uninstall; the feature reuses that bundle (checked below).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class GuestHouseFeatureIT {

    private static final ZoneId OFFICE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String ADMIN = "admin";
    private static final String CLERK = "le.tan.nha.khach";
    private static final String VIEWER = "xem.nha.khach";
    private static final String PASSWORD = "mật-khẩu-nhà-khách-2026";
    private static final String HA_GIANG = "Đoàn đại biểu tỉnh Hà Giang";
    private static final String CAO_BANG = "Đoàn đại biểu tỉnh Cao Bằng";
    private static final String MEETING = "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5";
    /** What a module may import: the platform's published API and spi packages, OSGi, JAX-RS, Servlet, Karaf's shell, the JDK. */
    static final Pattern ALLOWED_IMPORT = Pattern.compile("java\\..*|javax\\.ws\\.rs(\\..*)?|javax\\.servlet(\\..*)?|org\\.osgi\\..*|org\\.slf4j"
            + "|org\\.apache\\.karaf\\.shell\\.(api|support)(\\..*)?|vn\\.example\\.guesthouse\\.api"
            + "|org\\.partyoffice\\.platform\\.api(\\.[a-z]+)*|org\\.partyoffice\\.platform\\.(web|command|rest)\\.spi"
            + "|org\\.partyoffice\\.meetings\\.api");

    @Inject
    private BundleContext context;
    @Inject
    private CurrentUser user;
    @Inject
    private SessionFactory sessions;

    private Http http;
    private String repository;

    @Configuration
    public Option[] config() {
        return Distribution.options(CoreOptions.bundle(Distribution.apiJar()).start());
    }

    /** One test: the steps build on each other (Pax Exam does not keep JUnit's method order). */
    @Test
    public void installedLikeAThirdPartyModule() throws Exception {
        http = new Http(Integer.getInteger("guesthouse.test.httpPort"));
        repository = "mvn:vn.example.guesthouse/guesthouse-features/" + System.getProperty("guesthouse.version") + "/xml/features";
        FeaturesService features = awaitSettled(120);
        assertNull("the distribution does not know the guest house", features.getFeature("guesthouse"));
        assertEquals(0, context.getServiceReferences(GuestHouseService.class, null).size());
        awaitServed("/api/modules");
        KarafShell.awaitLogin(ADMIN, Distribution.ADMIN_PASSWORD, 60);

        installFromTheShell();
        GuestHouseService guestHouse = awaitService(60);
        onlyPublishedPackagesAreImported();
        long unit = unitAndAccounts();
        List<Room> rooms = roomsThroughTheService(guestHouse);
        long booking = bookingsOverRest(rooms);
        shellCommands();
        long meeting = meetingsInstalledAtRuntime(booking, unit);
        uninstallAndReinstallKeepTheData(booking, meeting);
    }

    private void installFromTheShell() throws Exception {
        KarafShell.Result added = shell(ADMIN, Distribution.ADMIN_PASSWORD, "feature:repo-add " + repository);
        assertFalse(added.error(), added.failed());
        KarafShell.Result info = shell(ADMIN, Distribution.ADMIN_PASSWORD, "feature:info guesthouse");
        assertTrue(info.output(), info.output().contains("partyoffice-platform"));
        // -r: no refresh of bundles already running (the test's own probe among them); nothing here needs one
        KarafShell.Result installed = shell(ADMIN, Distribution.ADMIN_PASSWORD, "feature:install -r guesthouse");
        assertFalse(installed.error(), installed.failed());
        KarafShell.Result list = shell(ADMIN, Distribution.ADMIN_PASSWORD, "feature:list -i");
        assertTrue(list.output(), list.output().contains("guesthouse"));
    }

    private void onlyPublishedPackagesAreImported() {
        List<String> bundles = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            if (!b.getSymbolicName().startsWith("vn.example.guesthouse")) {
                continue;
            }
            bundles.add(b.getSymbolicName());
            assertEquals(b.getSymbolicName() + " is active", Bundle.ACTIVE, b.getState());
            for (String pkg : packages(b.getHeaders().get("Import-Package"))) {
                assertFalse(b.getSymbolicName() + " imports " + pkg, pkg.contains(".internal") || pkg.contains(".impl"));
                assertTrue(b.getSymbolicName() + " imports " + pkg + ", not a published API package",
                        ALLOWED_IMPORT.matcher(pkg).matches());
            }
        }
        bundles.sort(null);
        assertEquals("one copy of each bundle, the api the test holds reused by the feature",
                List.of("vn.example.guesthouse.api", "vn.example.guesthouse.command", "vn.example.guesthouse.impl",
                        "vn.example.guesthouse.rest"), bundles);
    }

    /** The package names of an Import-Package header (attributes and quoted ranges left out). */
    static List<String> packages(String header) {
        List<String> names = new ArrayList<>();
        if (header == null) {
            return names;
        }
        Matcher m = Pattern.compile("(?:^|,)\\s*([A-Za-z_][\\w.]*)").matcher(header.replaceAll("\"[^\"]*\"", "\"\""));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private long unitAndAccounts() {
        http.as(ADMIN, Distribution.ADMIN_PASSWORD);
        long unit = created(http.post("/api/units", "{\"code\":\"000.00.00.H02\",\"name\":\"Tỉnh ủy Tuyên Quang\","
                + "\"type\":\"PROVINCE\",\"validFrom\":\"2025-07-01\"}")).get("id").asLong();
        for (String[] a : new String[][] {{CLERK, "Nguyễn Thị Lễ Tân", "office-staff"}, {VIEWER, "Đỗ Quan Sát", "viewer"}}) {
            created(http.post("/api/accounts", "{\"login\":" + Http.q(a[0]) + ",\"fullName\":" + Http.q(a[1]) + ",\"password\":"
                    + Http.q(PASSWORD) + ",\"roles\":[\"" + a[2] + "\"],\"clearance\":\"MAT\",\"unitId\":" + unit
                    + ",\"enabled\":true}"));
        }
        return unit;
    }

    private List<Room> roomsThroughTheService(GuestHouseService guestHouse) throws Exception {
        user.callAs(CLERK, () -> guestHouse.saveRoom(new NewRoom("A101", "Phòng 101", "Nhà A", 2, "Phòng đôi")));
        user.callAs(CLERK, () -> guestHouse.saveRoom(new NewRoom("A102", "Phòng 102", "Nhà A", 2, "Phòng đôi")));
        user.callAs(CLERK, () -> guestHouse.saveRoom(new NewRoom("B201", "Phòng 201", "Nhà B", 4, "Phòng tập thể")));
        try {
            user.callAs(CLERK, () -> guestHouse.saveRoom(new NewRoom("A101", "Trùng mã", null, 1, "Phòng đơn")));
            fail("a room code used twice");
        } catch (ConflictException expected) {
            assertEquals("code", expected.field());
        }
        assertFalse(guestHouse.meetingsAvailable());
        return user.callAs(VIEWER, guestHouse::rooms);
    }

    private long bookingsOverRest(List<Room> rooms) {
        assertEquals(3, rooms.size());
        LocalDate today = LocalDate.now(OFFICE);
        awaitServed("/api/guesthouse/rooms");
        http.as(VIEWER, PASSWORD);
        JsonNode listed = ok(http.get("/api/guesthouse/rooms"));
        assertEquals(3, listed.size());
        assertEquals("Phòng tập thể", listed.get(2).get("kind").asText());

        http.as(CLERK, PASSWORD);
        JsonNode b = created(http.post("/api/guesthouse/bookings", "{\"delegation\":" + Http.q(HA_GIANG) + ",\"headCount\":6,"
                + "\"from\":\"" + today + "\",\"to\":\"" + today.plusDays(3) + "\",\"rooms\":[\"A101\",\"B201\"]}"));
        long id = b.get("id").asLong();
        assertEquals(HA_GIANG, b.get("delegation").asText());
        assertEquals("BOOKED", b.get("status").asText());
        assertEquals(today.toString(), b.get("from").asText());

        Http.Response clash = http.post("/api/guesthouse/bookings", "{\"delegation\":" + Http.q(CAO_BANG) + ",\"headCount\":2,"
                + "\"from\":\"" + today.plusDays(2) + "\",\"to\":\"" + today.plusDays(4) + "\",\"rooms\":[\"A101\"]}");
        assertEquals(clash.body(), 409, clash.status());
        assertTrue(clash.contentType(), clash.contentType().contains("problem+json"));
        assertEquals("rooms", clash.json().get("field").asText());
        assertTrue(clash.body(), clash.json().get("detail").asText().contains("booking " + id));
        assertTrue(clash.body(), clash.json().get("detail").asText().contains(HA_GIANG));

        Http.Response heads = http.post("/api/guesthouse/bookings", "{\"delegation\":" + Http.q(CAO_BANG) + ",\"headCount\":5,"
                + "\"from\":\"" + today + "\",\"to\":\"" + today.plusDays(1) + "\",\"rooms\":[\"A102\"]}");
        assertEquals(heads.body(), 422, heads.status());
        assertEquals("headCount", heads.json().get("field").asText());
        Http.Response badDate = http.post("/api/guesthouse/bookings", "{\"delegation\":" + Http.q(CAO_BANG) + ",\"headCount\":1,"
                + "\"from\":\"mồng một\",\"to\":\"" + today.plusDays(1) + "\",\"rooms\":[\"A102\"]}");
        assertEquals(badDate.body(), 422, badDate.status());
        assertEquals("from", badDate.json().get("field").asText());
        assertEquals(404, http.get("/api/guesthouse/bookings/987654").status());

        Http.Response viewerBooks = new Http(Integer.getInteger("guesthouse.test.httpPort")).as(VIEWER, PASSWORD)
                .post("/api/guesthouse/bookings", "{\"delegation\":\"Đoàn khác\",\"headCount\":1,\"from\":\"" + today
                        + "\",\"to\":\"" + today.plusDays(1) + "\",\"rooms\":[\"A102\"]}");
        assertEquals(viewerBooks.body(), 403, viewerBooks.status());

        JsonNode in = ok(http.post("/api/guesthouse/bookings/" + id + "/checkin", ""));
        assertEquals("CHECKED_IN", in.get("status").asText());
        JsonNode free = ok(http.get("/api/guesthouse/rooms/free?night=" + today));
        assertEquals(free.toString(), 1, free.size());
        assertEquals("A102", free.get(0).get("code").asText());

        // without the meetings module a link is refused, saying why
        assertFalse(ok(http.get("/api/guesthouse/bookings/meetings")).get("available").asBoolean());
        Http.Response link = http.post("/api/guesthouse/bookings/" + id + "/meeting", "{\"meetingId\":\"1\"}");
        assertEquals(link.body(), 409, link.status());
        assertEquals("meetingId", link.json().get("field").asText());
        assertTrue(link.body(), link.json().get("detail").asText().contains("meetings module is not installed"));

        // the platform shows the module: registry, dashboard, the merged OpenAPI document
        http.as(VIEWER, PASSWORD);
        assertTrue(ok(http.get("/api/modules")).toString().contains("Nhà khách"));
        JsonNode dashboard = ok(http.get("/api/dashboard"));
        JsonNode figures = null;
        for (JsonNode m : dashboard) {
            if (m.get("module").asText().equals("guesthouse")) {
                figures = m.get("figures");
            }
        }
        assertTrue(dashboard.toString(), figures != null);
        assertEquals("Phòng trống hôm nay", figures.get(0).get("label").asText());
        assertEquals(1, figures.get(0).get("value").asLong());
        http.as(ADMIN, Distribution.ADMIN_PASSWORD);
        JsonNode openapi = ok(http.get("/api/openapi.json"));
        assertTrue(openapi.get("paths").has("/guesthouse/bookings/{id}/meeting"));
        assertTrue(ok(http.get("/api/modules")).toString().contains("/office/guesthouse/"));
        pageIsServed();
        http.as(CLERK, PASSWORD);
        return id;
    }

    private void shellCommands() throws Exception {
        LocalDate today = LocalDate.now(OFFICE);
        KarafShell.Result rooms = shell(VIEWER, PASSWORD, "guesthouse:rooms");
        assertFalse(rooms.error(), rooms.failed());
        assertTrue(rooms.output(), rooms.output().contains("Phòng đôi") && rooms.output().contains("B201"));
        KarafShell.Result free = shell(VIEWER, PASSWORD, "guesthouse:rooms --free");
        assertTrue(free.output(), free.output().contains("A102") && !free.output().contains("B201"));

        KarafShell.Result book = shell(CLERK, PASSWORD, "guesthouse:book --from " + today.plusDays(3) + " --to " + today.plusDays(5)
                + " --heads 2 --room A101 \"" + CAO_BANG + "\"");
        assertFalse(book.error(), book.failed());
        assertTrue(book.output(), book.output().contains("booked") && book.output().contains(CAO_BANG));
        KarafShell.Result clash = shell(CLERK, PASSWORD, "guesthouse:book --from " + today + " --to " + today.plusDays(1)
                + " --heads 1 --room B201 \"Đoàn trùng phòng\"");
        assertTrue("B201 is held", clash.failed());
        assertTrue(clash.error(), clash.error().startsWith("Error: rooms: ") && clash.error().contains(HA_GIANG));
        KarafShell.Result denied = shell(VIEWER, PASSWORD, "guesthouse:book --from " + today.plusDays(10) + " --to "
                + today.plusDays(11) + " --heads 1 --room A102 \"Đoàn của người xem\"");
        assertTrue("a viewer does not book", denied.failed());
        // the feature's command ACL hides the command from a viewer (the service would have said "Error: ...")
        assertTrue(denied.error(), denied.error().contains("Command not found: guesthouse:book")
                || denied.error().contains("Insufficient credentials"));

        KarafShell.Result list = shell(VIEWER, PASSWORD, "guesthouse:bookings");
        assertFalse(list.error(), list.failed());
        assertTrue(list.output(), list.output().contains(HA_GIANG) && list.output().contains(CAO_BANG));
        assertTrue(list.output(), list.output().contains("CHECKED_IN"));
    }

    private long meetingsInstalledAtRuntime(long booking, long unit) throws Exception {
        KarafShell.Result installed = shell(ADMIN, Distribution.ADMIN_PASSWORD, "feature:install -r partyoffice-meetings");
        assertFalse(installed.error(), installed.failed());
        awaitServed("/api/meetings/rooms");
        http.as(CLERK, PASSWORD);
        for (int i = 0; i < 300 && !ok(http.get("/api/guesthouse/bookings/meetings")).get("available").asBoolean(); i++) {
            Thread.sleep(100);
        }
        assertTrue("the module saw the meetings service arrive", ok(http.get("/api/guesthouse/bookings/meetings"))
                .get("available").asBoolean());
        LocalDate tomorrow = LocalDate.now(OFFICE).plusDays(1);
        JsonNode m = created(http.post("/api/meetings", "{\"unitId\":" + unit + ",\"type\":\"WORKING_SESSION\",\"title\":"
                + Http.q(MEETING) + ",\"required\":[],\"start\":\"" + tomorrow + "T08:00:00+07:00\",\"end\":\"" + tomorrow
                + "T11:00:00+07:00\"}"));
        long meeting = m.get("id").asLong();

        JsonNode linked = ok(http.post("/api/guesthouse/bookings/" + booking + "/meeting", "{\"meetingId\":\"" + meeting + "\"}"));
        assertEquals(meeting, linked.get("meetingId").asLong());
        assertEquals(MEETING, linked.get("meetingTitle").asText());
        assertEquals(MEETING, ok(http.get("/api/guesthouse/bookings/" + booking)).get("meetingTitle").asText());
        Http.Response missing = http.post("/api/guesthouse/bookings/" + booking + "/meeting", "{\"meetingId\":\"987654\"}");
        assertEquals(missing.body(), 404, missing.status());
        assertEquals("meetingId", missing.json().get("field").asText());
        return meeting;
    }

    private void uninstallAndReinstallKeepTheData(long booking, long meeting) throws Exception {
        KarafShell.Result removed = shell(ADMIN, Distribution.ADMIN_PASSWORD, "feature:uninstall -r guesthouse");
        assertFalse(removed.error(), removed.failed());
        awaitGone(60);
        http.as(CLERK, PASSWORD);
        Http.Response gone = http.get("/api/guesthouse/rooms");
        for (int i = 0; i < 100 && gone.status() != 404; i++) {
            Thread.sleep(100);
            gone = http.get("/api/guesthouse/rooms");
        }
        assertEquals(gone.body(), 404, gone.status());
        assertFalse(ok(http.get("/api/modules")).toString().contains("Nhà khách"));
        assertFalse("the page went with the module", http.get("/office/guesthouse/").body().contains("guesthouse.js"));

        KarafShell.Result again = shell(ADMIN, Distribution.ADMIN_PASSWORD, "feature:install -r guesthouse");
        assertFalse(again.error(), again.failed());
        GuestHouseService guestHouse = awaitService(60);
        Booking kept = user.callAs(VIEWER, () -> guestHouse.booking(booking)).orElseThrow();
        assertEquals(HA_GIANG, kept.delegation());
        assertEquals(BookingStatus.CHECKED_IN, kept.status());
        assertEquals(Long.valueOf(meeting), kept.meetingId());
        assertEquals(MEETING, kept.meetingTitle());
        assertEquals(List.of("A101", "B201"), kept.rooms());
        assertEquals(3, user.callAs(VIEWER, guestHouse::rooms).size());
        assertEquals(Set.of(HA_GIANG, CAO_BANG), Set.copyOf(user.callAs(VIEWER, () -> guestHouse.bookings(null, null)).stream()
                .map(Booking::delegation).toList()));
        assertTrue("meetings is still there for the reinstalled module", guestHouse.meetingsAvailable());
        awaitServed("/api/guesthouse/rooms");
        http.as(CLERK, PASSWORD);
        assertEquals(MEETING, ok(http.get("/api/guesthouse/bookings/" + booking)).get("meetingTitle").asText());
        // still refused after the reinstall: the rules live in the data, not in memory
        try {
            LocalDate today = LocalDate.now(OFFICE);
            user.callAs(CLERK, () -> guestHouse.book(new NewBooking(CAO_BANG, 1, today, today.plusDays(1), List.of("B201"), null)));
            fail("B201 is held by the checked-in delegation");
        } catch (ConflictException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("booking " + booking));
        }
    }

    /** The page in the web shell, under the shell's security headers, and its script. */
    private void pageIsServed() {
        Http.Response page = http.get("/office/guesthouse/");
        assertEquals(page.body(), 200, page.status());
        assertTrue(page.contentType(), page.contentType().startsWith("text/html"));
        assertTrue(page.body(), page.body().contains("Phòng trống hôm nay") && page.body().contains("guesthouse.js"));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        Http.Response script = http.get("/office/guesthouse/guesthouse.js");
        assertEquals(200, script.status());
        assertTrue(script.body().contains("/guesthouse/bookings"));
    }

    // --- helpers ---------------------------------------------------------------------------------

    private KarafShell.Result shell(String login, String password, String command) throws Exception {
        return KarafShell.run(sessions, login, password, command);
    }

    private GuestHouseService awaitService(long seconds) throws InterruptedException {
        ServiceTracker<GuestHouseService, GuestHouseService> tracker = new ServiceTracker<>(context, GuestHouseService.class, null);
        tracker.open();
        try {
            GuestHouseService s = tracker.waitForService(TimeUnit.SECONDS.toMillis(seconds));
            if (s == null) {
                throw new AssertionError("GuestHouseService did not appear within " + seconds + " s");
            }
            return s;
        } finally {
            tracker.close();
        }
    }

    private void awaitGone(long seconds) throws Exception {
        long until = System.currentTimeMillis() + TimeUnit.SECONDS.toMillis(seconds);
        while (!context.getServiceReferences(GuestHouseService.class, null).isEmpty()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("GuestHouseService still registered after " + seconds + " s");
            }
            Thread.sleep(100);
        }
    }

    /** Waits until no bundle is starting or stopping and the bundles keep their states for a second. */
    private FeaturesService awaitSettled(long seconds) throws InterruptedException {
        long until = System.currentTimeMillis() + TimeUnit.SECONDS.toMillis(seconds);
        String last = null;
        while (System.currentTimeMillis() < until) {
            StringBuilder now = new StringBuilder();
            boolean moving = false;
            for (Bundle b : context.getBundles()) {
                moving |= b.getState() == Bundle.STARTING || b.getState() == Bundle.STOPPING;
                now.append(b.getBundleId()).append(':').append(b.getState()).append(',');
            }
            var ref = context.getServiceReference(FeaturesService.class);
            String snapshot = moving || ref == null ? null : now.append(ref.getProperty("service.id")).toString();
            if (snapshot != null && snapshot.equals(last)) {
                return context.getService(ref);
            }
            last = snapshot;
            Thread.sleep(1000);
        }
        throw new AssertionError("the framework did not settle within " + seconds + " s");
    }

    /** Waits while {@code path} answers 401 (first start still creating the administrator) or 404 (not yet served). */
    private void awaitServed(String path) {
        Http admin = new Http(Integer.getInteger("guesthouse.test.httpPort")).as(ADMIN, Distribution.ADMIN_PASSWORD);
        Http.Response r = admin.get(path);
        try {
            for (int i = 0; i < 600 && (r.status() == 404 || r.status() == 401); i++) {
                Thread.sleep(200);
                r = admin.get(path);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertEquals(path + ": " + r.body(), 200, r.status());
    }

    private static JsonNode ok(Http.Response r) {
        assertEquals(r.body(), 200, r.status());
        return r.json();
    }

    private static JsonNode created(Http.Response r) {
        assertEquals(r.body(), 201, r.status());
        return r.json();
    }
}
