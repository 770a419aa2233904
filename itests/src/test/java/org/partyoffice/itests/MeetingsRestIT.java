package org.partyoffice.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The meetings REST API over HTTP on 127.0.0.1, with the module installed at runtime: accounts
 * made through {@code /api/accounts}, a body, a room, a meeting and a clash (409 naming
 * {@code roomId} and the other meeting), check-ins and the live quorum, the iCalendar export,
 * a Congress election counted (ballots voided and corrected, the official count recorded), the
 * invitation, delegate list and results as PDF, a classified meeting hidden from a reader below it,
 * and bad input answered 422/404/409 naming the field.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MeetingsRestIT {

    private static final String ADMIN_PW = DistributionSupport.ADMIN_PASSWORD;
    private static final String CLERK = "van.thu.rest";
    private static final String PASSWORD = "mật-khẩu-rest-2026";
    private static final String TITLE = "Hội nghị Ban Chấp hành";

    @Inject
    private org.osgi.framework.BundleContext context;
    private FeaturesService features;

    // made inside the container: the port is a system property there only
    private Http http;

    @Configuration
    public Option[] config() {
        // The test holds the api bundle itself, as a consumer feature would (see SignaturesModuleIT).
        // documents-api too: the meetings feature carries it, and MeetingsModuleIT wires the same way.
        return DistributionSupport.distribution(
                DistributionSupport.apiBundle("meetings"),
                DistributionSupport.apiBundle("documents"));
    }

    /** One test: the steps build on each other and Pax Exam does not keep JUnit's method order. */
    @Test
    public void meetingsOverRest() throws Exception {
        http = new Http(Integer.getInteger("partyoffice.test.httpPort"));
        features = Services.awaitSettled(context, 120);
        features.installFeature("partyoffice-meetings", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        // waited for over HTTP: what this test checks is the API, and the probe's view of the
        // service registry may hold another copy of the api bundle than the one the module wired to
        http.basic("admin", ADMIN_PW);
        RestSetUp.awaitServed(http, "/api/meetings/rooms");

        long unit = createUnitAndAccounts();
        http.basic(CLERK, PASSWORD);
        long room = created(http.post("/api/meetings/rooms", "{\"name\":\"Phòng họp số 1\",\"capacity\":20}")).get("id").asLong();
        long body = createBody(unit);
        long meeting = scheduleAndClash(body, room);
        checkInsAndQuorum(meeting);
        calendarAndIcs(meeting);
        proceedings(meeting);
        electionCounted(unit);
        classifiedAndMoved(unit, room);
        badInput(meeting, room);
    }

    private long createUnitAndAccounts() {
        http.basic("admin", ADMIN_PW);
        long unit = RestSetUp.province(http, "000.00.00.H96", "Tỉnh ủy REST");
        account(CLERK, "Lê Thị Văn Thư", "office-staff", unit);
        account("chu.tich", "Nguyễn Văn Chủ Tịch", "signer", unit);
        for (int i = 1; i <= 5; i++) {
            account("uv.rest." + i, "Ủy viên số " + i, "viewer", unit);
        }
        return unit;
    }

    private void account(String login, String fullName, String role, long unit) {
        RestSetUp.account(http, login, fullName, PASSWORD, role, "MAT", unit);
    }

    private long createBody(long unit) {
        StringBuilder members = new StringBuilder("[{\"login\":\"chu.tich\",\"role\":\"CHAIR\"}");
        for (int i = 1; i <= 5; i++) {
            members.append(",{\"login\":\"uv.rest.").append(i).append("\"}");
        }
        JsonNode body = created(http.post("/api/meetings/bodies", "{\"unitId\":" + unit + ",\"name\":\"Ban Chấp hành REST\","
                + "\"meets\":\"EXECUTIVE_COMMITTEE_CONFERENCE\",\"members\":" + members + "]}"));
        assertEquals(6, body.get("members").size());
        assertEquals("the default quorum is two thirds", 2, body.get("quorum").get("numerator").asInt());
        Http.Response got = http.get("/api/meetings/bodies/" + body.get("id").asLong());
        assertEquals(got.body(), 200, got.status());
        assertEquals("Ban Chấp hành REST", got.json().get("name").asText());
        assertTrue(http.get("/api/meetings/bodies").body().contains("Ban Chấp hành REST"));
        return body.get("id").asLong();
    }

    private long scheduleAndClash(long body, long room) {
        JsonNode m = created(http.post("/api/meetings", "{\"type\":\"EXECUTIVE_COMMITTEE_CONFERENCE\",\"title\":" + Http.q(TITLE)
                + ",\"bodyId\":" + body + ",\"roomId\":" + room
                + ",\"start\":\"2026-04-06T08:00:00+07:00\",\"end\":\"2026-04-06T11:30:00+07:00\"}"));
        long id = m.get("id").asLong();
        assertEquals("PLANNED", m.get("status").asText());
        assertEquals("the unit comes from the body", 6, m.get("required").size());
        assertEquals("2026-04-06T01:00:00Z", m.get("start").asText());

        Http.Response clash = http.post("/api/meetings", "{\"type\":\"WORKING_SESSION\",\"title\":\"Trùng phòng\",\"roomId\":"
                + room + ",\"required\":[],\"start\":\"2026-04-06T09:00:00+07:00\",\"end\":\"2026-04-06T10:00:00+07:00\"}");
        assertEquals(clash.body(), 409, clash.status());
        assertTrue(clash.header("Content-Type").orElse(""), clash.header("Content-Type").orElse("").contains("problem+json"));
        assertEquals("roomId", clash.json().get("field").asText());
        assertTrue(clash.body(), clash.json().get("detail").asText().contains("meeting " + id));
        assertTrue(clash.body(), clash.json().get("detail").asText().contains(TITLE));

        Http.Response member = http.post("/api/meetings", "{\"type\":\"WORKING_SESSION\",\"title\":\"Trùng người\","
                + "\"required\":[\"uv.rest.3\"],\"start\":\"2026-04-06T10:00:00+07:00\",\"end\":\"2026-04-06T12:00:00+07:00\"}");
        assertEquals(member.body(), 409, member.status());
        assertEquals("required", member.json().get("field").asText());
        assertTrue(member.body(), member.json().get("detail").asText().contains("meeting " + id));
        return id;
    }

    private void checkInsAndQuorum(long meeting) {
        JsonNode q = http.get("/api/meetings/" + meeting + "/quorum").json();
        assertEquals(6, q.get("members").asInt());
        assertEquals(4, q.get("required").asInt());
        assertFalse(q.get("reached").asBoolean());
        for (String login : new String[] {"chu.tich", "uv.rest.1", "uv.rest.2"}) {
            Http.Response r = http.post("/api/meetings/" + meeting + "/checkin", "{\"login\":\"" + login + "\"}");
            assertEquals(r.body(), 200, r.status());
        }
        assertFalse("3 of 6 is less than two thirds", http.get("/api/meetings/" + meeting + "/quorum").json().get("reached").asBoolean());
        JsonNode reached = http.post("/api/meetings/" + meeting + "/checkin", "{\"login\":\"uv.rest.3\"}").json();
        assertEquals(4, reached.get("present").asInt());
        assertTrue("4 of 6 is two thirds", reached.get("reached").asBoolean());
        assertField(http.post("/api/meetings/" + meeting + "/checkin", "{\"login\":\"nobody\"}"), 422, "login");

        JsonNode invitations = http.get("/api/meetings/" + meeting + "/invitations").json();
        assertEquals(6, invitations.size());
        int checkedIn = 0;
        for (JsonNode i : invitations) {
            checkedIn += i.get("checkedIn").asBoolean() ? 1 : 0;
        }
        assertEquals(4, checkedIn);
        assertEquals("IN_PROGRESS", http.get("/api/meetings/" + meeting).json().get("status").asText());

        // the member replies for themselves
        Http.Response reply = new Http(Integer.getInteger("partyoffice.test.httpPort")).basic("uv.rest.5", PASSWORD)
                .post("/api/meetings/" + meeting + "/reply", "{\"reply\":\"ABSENT\",\"reason\":\"Đi công tác\"}");
        assertEquals(reply.body(), 200, reply.status());
        assertEquals("ABSENT", reply.json().get("reply").asText());
    }

    private void calendarAndIcs(long meeting) {
        Http.Response week = http.get("/api/meetings/calendar?from=2026-04-06&to=2026-04-13");
        assertEquals(week.body(), 200, week.status());
        assertEquals(1, week.json().size());
        assertEquals(meeting, week.json().get(0).get("id").asLong());
        assertEquals(0, http.get("/api/meetings/calendar?from=2026-04-13T00:00:00Z&to=2026-04-20T00:00:00Z").json().size());

        Http.Response ics = http.getBytes("/api/meetings/calendar.ics?from=2026-04-01&to=2026-05-01");
        assertEquals(ics.body(), 200, ics.status());
        String type = ics.header("Content-Type").orElse("").toLowerCase();
        assertTrue(type, type.startsWith("text/calendar") && type.contains("charset=utf-8"));
        // iCalendar folds long lines (CRLF + space); unfold before looking for the title
        String text = new String(ics.body().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8)
                .replace("\r\n ", "").replace("\r\n\t", "");
        assertTrue(text, text.startsWith("BEGIN:VCALENDAR"));
        assertTrue(text, text.contains(TITLE));
    }

    private void assertPdf(String path) {
        Http.Response pdf = http.getBytes(path);
        assertEquals(path, 200, pdf.status());
        assertEquals(path, "application/pdf", pdf.header("Content-Type").orElse(""));
        assertTrue(path, pdf.body().startsWith("%PDF-"));
        assertTrue(path, pdf.header("Content-Disposition").orElse("").startsWith("inline; filename="));
    }

    private void proceedings(long meeting) {
        assertPdf("/api/meetings/" + meeting + "/invitations.pdf");
        JsonNode item = created(http.post("/api/meetings/" + meeting + "/agenda",
                "{\"title\":\"Chuyển đổi số\",\"presenter\":\"chu.tich\",\"minutes\":\"45\"}"));
        assertEquals(1, http.get("/api/meetings/" + meeting + "/agenda").json().size());
        JsonNode decision = created(http.post("/api/meetings/agenda/" + item.get("id").asLong() + "/decision",
                "{\"method\":\"SHOW_OF_HANDS\",\"inFavour\":4,\"against\":0,\"abstaining\":0}"));
        assertTrue("4 of 6 members is more than half", decision.get("adopted").asBoolean());
        assertEquals(4, http.get("/api/meetings/agenda/" + item.get("id").asLong() + "/decision").json().get("inFavour").asInt());

        Http.Response saved = http.put("/api/meetings/" + meeting + "/minutes", "{\"text\":\"Hội nghị thống nhất.\"}");
        assertEquals(saved.body(), 200, saved.status());
        Http.Response notChair = http.post("/api/meetings/" + meeting + "/minutes/approve", "");
        assertEquals(notChair.body(), 403, notChair.status());
        Http.Response approved = new Http(Integer.getInteger("partyoffice.test.httpPort")).basic("chu.tich", PASSWORD)
                .post("/api/meetings/" + meeting + "/minutes/approve", "");
        assertEquals(approved.body(), 200, approved.status());
        assertTrue(approved.json().get("approved").asBoolean());
        Http.Response noDocuments = http.post("/api/meetings/" + meeting + "/conclusions", "{\"documentType\":\"KL\"}");
        assertEquals(noDocuments.body(), 409, noDocuments.status());
        assertEquals("documents", noDocuments.json().get("field").asText());

        created(http.post("/api/meetings/" + meeting + "/follow-ups",
                "{\"title\":\"Báo cáo tiến độ\",\"ownerLogin\":\"uv.rest.1\",\"deadline\":\"2026-05-15\"}"));
        assertEquals("2026-05-15", http.get("/api/meetings/" + meeting + "/follow-ups").json().get(0).get("deadline").asText());
    }

    private void electionCounted(long unit) {
        long congress = created(http.post("/api/meetings", "{\"unitId\":" + unit + ",\"type\":\"CONGRESS\",\"title\":\"Đại hội REST\","
                + "\"required\":[],\"start\":\"2026-05-10\",\"end\":\"2026-05-12\"}")).get("id").asLong();
        for (int i = 1; i <= 5; i++) {
            created(http.post("/api/meetings/" + congress + "/delegates", "{\"fullName\":\"Đại biểu " + i + "\",\"credential\":\"R" + i + "\"}"));
        }
        assertEquals(1, http.post("/api/meetings/" + congress + "/delegates/check", "{\"credential\":\"R1\"}").json().get("checked").asInt());
        JsonNode delegates = http.get("/api/meetings/" + congress + "/delegates").json();
        assertEquals(5, delegates.size());
        assertEquals("R1", delegates.get(0).get("credential").asText());
        assertTrue(delegates.get(0).get("checked").asBoolean());
        assertFalse(delegates.get(1).get("checked").asBoolean());
        assertPdf("/api/meetings/" + congress + "/delegates.pdf");
        JsonNode quorum = http.get("/api/meetings/" + congress + "/quorum").json();
        assertEquals("nobody required: no quorum to wait for", 0, quorum.get("required").asInt());
        assertTrue(quorum.get("reached").asBoolean());
        long election = created(http.post("/api/meetings/" + congress + "/elections", "{\"title\":\"Bầu Ban Chấp hành\",\"seats\":2}"))
                .get("id").asLong();
        long an = created(http.post("/api/meetings/elections/" + election + "/candidates", "{\"fullName\":\"Nguyễn Văn An\"}"))
                .get("id").asLong();
        long binh = created(http.post("/api/meetings/elections/" + election + "/candidates", "{\"fullName\":\"Trần Thị Bình\"}"))
                .get("id").asLong();
        Http.Response early = http.post("/api/meetings/elections/" + election + "/ballots", "{\"number\":1,\"struckOut\":[]}");
        assertEquals(early.body(), 409, early.status());
        assertEquals("candidates", early.json().get("field").asText());
        Http.Response weak = http.post("/api/meetings/elections/" + election + "/floor-nominations",
                "{\"fullName\":\"Lê Văn Cường\",\"support\":1}");
        assertEquals("1 of 5 is not more than 30%", 422, weak.status());
        assertEquals("supportingDelegates", weak.json().get("field").asText());
        assertTrue(http.post("/api/meetings/elections/" + election + "/close-list", "").json().get("listClosed").asBoolean());
        assertEquals(2, http.get("/api/meetings/elections/" + election + "/candidates").json().size());

        String[] ballots = {"[]", "[" + binh + "]", "[" + binh + "]", "[" + an + "]", "[987654]"};
        for (int i = 0; i < ballots.length; i++) {
            JsonNode b = created(http.post("/api/meetings/elections/" + election + "/ballots",
                    "{\"number\":" + (i + 1) + ",\"struckOut\":" + ballots[i] + "}"));
            assertEquals("ballot " + (i + 1), i < 4, b.get("valid").asBoolean());
            if (i == 4) {
                assertFalse(b.get("reason").asText().isBlank());
            }
        }
        Http.Response again = http.post("/api/meetings/elections/" + election + "/ballots", "{\"number\":2,\"struckOut\":[]}");
        assertEquals(again.body(), 409, again.status());
        assertEquals("number", again.json().get("field").asText());

        JsonNode count = http.get("/api/meetings/elections/" + election + "/count").json();
        assertEquals(5, count.get("ballotsCast").asInt());
        assertEquals(4, count.get("valid").asInt());
        assertEquals(5, count.get("invalid").get(0).get("number").asInt());
        JsonNode first = count.get("candidates").get(0);
        assertEquals(an, first.get("candidateId").asLong());
        assertEquals(3, first.get("votes").asInt());
        assertTrue("3 of 5 delegates is more than half", first.get("elected").asBoolean());
        assertFalse("2 of 5 is not", count.get("candidates").get(1).get("elected").asBoolean());
        assertTrue(count.get("anotherRound").asBoolean());
        assertEquals(1, http.get("/api/meetings/" + congress + "/elections").json().size());

        Http.Response csv = http.getBytes("/api/meetings/elections/" + election + "/results.csv");
        assertEquals(200, csv.status());
        String text = new String(csv.body().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        assertTrue(text.contains("Nguyễn Văn An"));
        assertTrue("UTF-8 with a byte order mark", text.startsWith("\uFEFF"));
        assertPdf("/api/meetings/elections/" + election + "/results.pdf");

        // ballot 5 (the invalid one) came from outside the box: voided with a reason, it is not cast
        assertField(http.post("/api/meetings/elections/" + election + "/ballots/5/void", "{\"reason\":\" \"}"), 422, "reason");
        JsonNode voided = http.post("/api/meetings/elections/" + election + "/ballots/5/void",
                "{\"reason\":\"Phiếu không có dấu của Ban kiểm phiếu\"}").json();
        assertTrue(voided.get("voided").asBoolean());
        assertField(http.post("/api/meetings/elections/" + election + "/ballots/5/void", "{\"reason\":\"lần hai\"}"), 409, "number");
        assertField(http.post("/api/meetings/elections/" + election + "/ballots/9/void", "{\"reason\":\"không có\"}"), 404, "number");
        // ballot 4 was mistyped: it struck Bình, not An
        assertField(http.put("/api/meetings/elections/" + election + "/ballots/4", "{\"struckOut\":[" + binh + "]}"), 422, "reason");
        Http.Response fixed = http.put("/api/meetings/elections/" + election + "/ballots/4",
                "{\"struckOut\":[" + binh + "],\"reason\":\"Nhập nhầm ô\"}");
        assertEquals(fixed.body(), 200, fixed.status());
        assertTrue(fixed.json().get("valid").asBoolean());
        JsonNode ballotsNow = http.get("/api/meetings/elections/" + election + "/ballots").json();
        assertEquals(5, ballotsNow.size());
        assertEquals(1, ballotsNow.get(3).get("replaced").asInt());
        JsonNode recount = http.get("/api/meetings/elections/" + election + "/count").json();
        assertEquals(4, recount.get("ballotsCast").asInt());
        assertEquals(0, recount.get("invalid").size());
        assertEquals(4, recount.get("candidates").get(0).get("votes").asInt());
        Http.Response official = http.post("/api/meetings/elections/" + election + "/count", "");
        assertEquals(official.body(), 200, official.status());
        assertEquals(recount.get("digest").asText(), official.json().get("digest").asText());
    }

    /** A Mật meeting is not there for a reader without clearance; a move without a room keeps the room. */
    private void classifiedAndMoved(long unit, long room) {
        http.basic("admin", ADMIN_PW);
        RestSetUp.account(http, "xem.rest", "Đỗ Xem Thường", PASSWORD, "viewer", "UNCLASSIFIED", unit);
        http.basic(CLERK, PASSWORD);
        assertField(http.post("/api/meetings", "{\"unitId\":" + unit + ",\"type\":\"WORKING_SESSION\",\"title\":\"Tối mật\","
                + "\"classification\":\"TOI_MAT\",\"required\":[],\"start\":\"2026-06-01T08:00:00+07:00\","
                + "\"end\":\"2026-06-01T09:00:00+07:00\"}"), 422, "classification");
        assertField(http.post("/api/meetings", "{\"unitId\":" + unit + ",\"type\":\"WORKING_SESSION\",\"title\":\"x\","
                + "\"classification\":\"bí mật\",\"required\":[],\"start\":\"2026-06-01T08:00:00+07:00\","
                + "\"end\":\"2026-06-01T09:00:00+07:00\"}"), 422, "classification");
        JsonNode secret = created(http.post("/api/meetings", "{\"unitId\":" + unit + ",\"type\":\"WORKING_SESSION\","
                + "\"title\":\"Làm việc về nhân sự\",\"classification\":\"Mật\",\"roomId\":" + room + ",\"required\":[],"
                + "\"start\":\"2026-06-01T08:00:00+07:00\",\"end\":\"2026-06-01T09:00:00+07:00\"}"));
        assertEquals("MAT", secret.get("classification").asText());
        long id = secret.get("id").asLong();
        assertEquals(1, http.get("/api/meetings/calendar?from=2026-06-01&to=2026-06-02").json().size());

        Http viewer = new Http(Integer.getInteger("partyoffice.test.httpPort")).basic("xem.rest", PASSWORD);
        assertEquals(404, viewer.get("/api/meetings/" + id).status());
        assertEquals(404, viewer.get("/api/meetings/" + id + "/quorum").status());
        assertEquals(404, viewer.getBytes("/api/meetings/" + id + "/invitations.pdf").status());
        assertEquals(0, viewer.get("/api/meetings/calendar?from=2026-06-01&to=2026-06-02").json().size());
        Http.Response ics = viewer.getBytes("/api/meetings/calendar.ics?from=2026-06-01&to=2026-06-02");
        assertEquals(200, ics.status());
        assertFalse(new String(ics.body().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8).contains("nhân sự"));

        JsonNode moved = http.post("/api/meetings/" + id + "/reschedule", "{\"start\":\"2026-06-02T08:00:00+07:00\","
                + "\"end\":\"2026-06-02T09:00:00+07:00\"}").json();
        assertEquals("left out, the room is kept", room, moved.get("roomId").asLong());
        assertEquals("2026-06-02T01:00:00Z", moved.get("start").asText());
    }

    private void badInput(long meeting, long room) {
        assertField(http.post("/api/meetings", "{\"type\":\"PICNIC\",\"title\":\"x\",\"start\":\"2026-04-07\",\"end\":\"2026-04-08\"}"),
                422, "type");
        assertField(http.post("/api/meetings", "{\"type\":\"WORKING_SESSION\",\"title\":\"x\",\"start\":\"ngày mai\",\"end\":\"2026-04-08\"}"),
                422, "start");
        assertField(http.post("/api/meetings", "{\"type\":\"WORKING_SESSION\",\"title\":\"x\",\"roomId\":\"phòng 1\","
                + "\"start\":\"2026-04-07\",\"end\":\"2026-04-08\"}"), 422, "roomId");
        assertField(http.post("/api/meetings", "{\"type\":\"WORKING_SESSION\",\"title\":\"x\",\"bodyId\":987654,"
                + "\"start\":\"2026-04-07\",\"end\":\"2026-04-08\"}"), 404, "bodyId");
        assertField(http.post("/api/meetings", "{\"type\":\"WORKING_SESSION\",\"title\":\"x\",\"required\":[],"
                + "\"start\":\"2026-04-08\",\"end\":\"2026-04-07\"}"), 422, "end");
        assertField(http.get("/api/meetings/calendar?to=2026-04-13"), 422, "from");
        assertField(http.getBytes("/api/meetings/calendar.ics?from=2026-04-06&to=soon"), 422, "to");
        assertField(http.post("/api/meetings/rooms", "{\"name\":\"Phòng B\",\"capacity\":\"nhiều\"}"), 422, "capacity");
        assertField(http.post("/api/meetings/rooms", "{\"name\":\"Phòng họp số 1\",\"capacity\":10}"), 409, "name");
        assertField(http.post("/api/meetings/" + meeting + "/reschedule", "{\"start\":\"2026-04-06T08:00:00+07:00\","
                + "\"end\":\"2026-04-06T09:00:00+07:00\",\"roomId\":" + room + "}"), 409, "status");
        assertField(http.post("/api/meetings/bodies", "{\"unitId\":1,\"name\":\"x\",\"meets\":\"CONGRESS\","
                + "\"members\":[{\"login\":\"chu.tich\",\"role\":\"BOSS\"}]}"), 422, "members[0].role");
        assertField(http.post("/api/meetings/bodies", "{\"unitId\":1,\"name\":\"x\",\"meets\":\"CONGRESS\","
                + "\"members\":[{\"login\":\"chu.tich\"}],\"quorum\":{\"numerator\":3,\"denominator\":2}}"), 422, "quorum");
        assertField(http.post("/api/meetings/elections/987654/ballots", "{\"number\":\"một\",\"struckOut\":[]}"), 422, "number");
        assertField(http.post("/api/meetings/elections/987654/ballots", "{\"number\":1,\"struckOut\":[\"x\"]}"), 422, "struckOut[0]");
        assertEquals(404, http.get("/api/meetings/987654").status());
        assertEquals(404, http.get("/api/meetings/elections/987654").status());
        assertEquals(404, http.get("/api/meetings/987654/quorum").status());
        assertEquals("not a number: no route", 404, http.get("/api/meetings/abc").status());
        assertEquals(401, http.anonymous().get("/api/meetings/rooms").status());
    }

    private static void assertField(Http.Response r, int status, String field) {
        assertEquals(r.body(), status, r.status());
        assertEquals(r.body(), field, r.json().get("field").asText());
    }

    private static JsonNode created(Http.Response r) {
        assertEquals(r.body(), 201, r.status());
        return r.json();
    }
}
