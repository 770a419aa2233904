package org.partyoffice.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The documents module's REST API over HTTP on 127.0.0.1: {@code partyoffice-documents}
 * installed at runtime into the distribution (without the signatures module), a classified
 * resolution taken from draft to promulgation with a paper signature, the register exported,
 * clearance applied to a viewer everywhere, and bad input answered with problems naming the field.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DocumentsRestIT {

    private static final String FEATURE = "partyoffice-documents";
    private static final String ADMIN = "admin";
    private static final String PW = "mật khẩu thử nghiệm 2026";
    private static final String CLERK = "dt.vanthu";
    private static final String SIGNER = "dt.lanhdao";
    private static final String VIEWER = "dt.xem";
    private static final String TITLE = "về đẩy mạnh chuyển đổi số trong các cơ quan Đảng";

    @Inject
    private org.osgi.framework.BundleContext context;
    private FeaturesService features;

    private Http http;
    private long province;
    private long commune;
    private long secret;
    private long plain;
    private String symbol;

    @Configuration
    public Option[] config() {
        // Like a consumer feature, the test carries the module's api bundle, so its wiring never
        // depends on the feature installed at runtime; uploads are limited to 1 MB here so the
        // oversize case stays small.
        return DistributionSupport.distribution(
                CoreOptions.bundle(DistributionSupport.reactorFile("bundles/documents/documents-api",
                        "documents-api-" + DistributionSupport.VERSION + ".jar")).start(),
                editConfigurationFilePut("etc/org.partyoffice.documents.rest.cfg", "maxUploadMegabytes", "1"));
    }

    /** One test running the steps in order: each builds on the one before, and Pax Exam does not keep JUnit's order. */
    @Test
    public void documentsOverRest() throws Exception {
        step0InstallAtRuntimeAndPrepareUnitsAndAccounts();
        step1DraftToPromulgationWithAPaperSignature();
        step2TheRegisterIsExportedInUtf8();
        step3AViewerNeverSeesTheTopSecretDocument();
        step4BadInputIsAProblemNamingTheField();
        step5DistributionIncomingAndTasks();
        step6CongressAndJointDocuments();
    }

    private void step0InstallAtRuntimeAndPrepareUnitsAndAccounts() throws Exception {
        http = new Http(Integer.getInteger("partyoffice.test.httpPort"));
        awaitAdmin();
        features = Services.awaitSettled(context, 120);
        features.installFeature(FEATURE, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        Http.Response caps = awaitStatus("/api/documents/capabilities", 200);
        assertFalse("no signatures module here: " + caps.body(), caps.json().get("digitalSigning").asBoolean());

        admin();
        province = created(http.post("/api/units", "{\"code\":\"DT.TU\",\"name\":\"Tỉnh ủy Thử Nghiệm\",\"type\":\"PROVINCE\"}"));
        commune = created(http.post("/api/units", "{\"code\":\"DT.XA\",\"name\":\"Đảng ủy xã Tân Tiến\",\"type\":\"COMMUNE\","
                + "\"parentId\":" + province + "}"));
        account(CLERK, "Lê Thị Văn Thư", "office-staff", "Tuyệt mật", province);
        account(SIGNER, "Nguyễn Văn Lãnh Đạo", "signer", "TUYET_MAT", province);
        account(VIEWER, "Đỗ Quan Sát", "viewer", "UNCLASSIFIED", province);
    }

    private void step1DraftToPromulgationWithAPaperSignature() {
        clerk();
        Http.Response draft = http.post("/api/documents", "{\"unitId\":" + province + ",\"type\":\"NQ\",\"title\":" + Http.q(TITLE)
                + ",\"classification\":\"Tuyệt mật\",\"urgency\":\"Hỏa tốc\"}");
        assertEquals(draft.body(), 201, draft.status());
        secret = draft.json().get("id").asLong();
        assertTrue(draft.header("Location").orElse(""), draft.header("Location").orElse("").endsWith("/documents/" + secret));
        assertEquals("DRAFT", draft.json().get("status").asText());
        assertEquals("TUYET_MAT", draft.json().get("classification").asText());
        assertEquals("HOA_TOC", draft.json().get("urgency").asText());
        assertEquals(TITLE, http.get("/api/documents/" + secret).json().get("title").asText());

        String text = "Dự thảo Nghị quyết " + TITLE + "\nĐiều 1. Mục tiêu.";
        Http.Response version = http.send("POST", "/api/documents/" + secret + "/versions?note=" + enc("bản đầu"),
                "text/plain; charset=UTF-8", text, "X-File-Name", enc("Dự thảo nghị quyết.txt"));
        assertEquals(version.body(), 201, version.status());
        assertEquals("Dự thảo nghị quyết.txt", version.json().get("fileName").asText());
        assertEquals("bản đầu", version.json().get("note").asText());
        assertEquals(1, http.get("/api/documents/" + secret + "/versions").json().size());
        Http.Response file = http.getBytes("/api/documents/" + secret + "/versions/1/file");
        assertEquals(200, file.status());
        assertEquals(text, new String(file.body().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        assertTrue(file.header("Content-Type").orElse(""), file.header("Content-Type").orElse("").startsWith("text/plain"));
        String disposition = file.header("Content-Disposition").orElse("");
        assertTrue(disposition, disposition.startsWith("attachment;")
                && disposition.contains("filename*=UTF-8''D%E1%BB%B1%20th%E1%BA%A3o%20ngh%E1%BB%8B%20quy%E1%BA%BFt.txt"));

        Http.Response submitted = http.post("/api/documents/" + secret + "/submit", "{\"signerLogin\":\"" + SIGNER + "\"}");
        assertEquals(submitted.body(), 200, submitted.status());
        assertEquals("SUBMITTED", submitted.json().get("status").asText());

        // Without the signatures module, digital signing says why and what to do instead.
        Http.Response digital = http.basic(SIGNER, PW).send("POST", "/api/documents/" + secret + "/sign", "application/json", "",
                "X-Key-Password", "khoa-ky-so-2026");
        assertProblem(digital, 409, "signing");

        Http.Response paper = http.send("POST", "/api/documents/" + secret + "/sign-paper", "application/pdf",
                minimalPdf(), "X-File-Name", enc("Bản ký giấy.pdf"));
        assertEquals(paper.body(), 200, paper.status());
        assertEquals("SIGNED", paper.json().get("status").asText());
        assertFalse(paper.json().get("signedDigitally").asBoolean());

        clerk();
        Http.Response promulgated = http.post("/api/documents/" + secret + "/promulgate", "{}");
        assertEquals(promulgated.body(), 200, promulgated.status());
        assertEquals("PROMULGATED", promulgated.json().get("status").asText());
        symbol = promulgated.json().get("symbol").asText();
        assertEquals("01-NQ/TU", symbol);
        assertEquals(secret, http.get("/api/documents/by-symbol?symbol=" + enc(symbol)).json().get("id").asLong());
        JsonNode timeline = http.get("/api/documents/" + secret + "/timeline").json();
        assertEquals("created", timeline.get(0).get("action").asText());
        assertEquals("promulgated", timeline.get(timeline.size() - 1).get("action").asText());
        JsonNode versions = http.get("/api/documents/" + secret + "/versions").json();
        assertEquals(versions.toString(), 2, versions.size());
        assertEquals("SCAN", versions.get(1).get("kind").asText());
        assertEquals("Bản ký giấy.pdf", versions.get(1).get("fileName").asText());

        Http.Response other = http.post("/api/documents", "{\"unitId\":" + province + ",\"type\":\"TB\","
                + "\"title\":\"lịch họp Ban Thường vụ tháng 12\"}");
        assertEquals(other.body(), 201, other.status());
        plain = other.json().get("id").asLong();
        assertEquals("UNCLASSIFIED", other.json().get("classification").asText());
    }

    private void step2TheRegisterIsExportedInUtf8() {
        clerk();
        Http.Response csv = http.get("/api/documents/registers/" + province + "/export?format=csv");
        assertEquals(csv.body(), 200, csv.status());
        assertEquals("text/csv;charset=utf-8", csv.header("Content-Type").orElse("").replace(" ", "").toLowerCase());
        assertTrue(csv.body(), csv.body().contains(symbol) && csv.body().contains(TITLE) && csv.body().contains("Tuyệt mật"));
        assertTrue(csv.header("Content-Disposition").orElse("").startsWith("attachment;"));
        Http.Response pdf = http.getBytes("/api/documents/registers/" + province + "/export?format=pdf&from=2020-01-01&to=2099-12-31");
        assertEquals(200, pdf.status());
        assertTrue(pdf.body().startsWith("%PDF-"));
        assertEquals("application/pdf", pdf.header("Content-Type").orElse(""));
    }

    private void step3AViewerNeverSeesTheTopSecretDocument() throws InterruptedException {
        clerk();
        JsonNode clerkList = http.get("/api/documents?unitId=" + province).json();
        assertTrue(contains(clerkList.get("items"), secret));
        assertTrue(awaitSearchHit("chuyển đổi số", secret));

        http.basic(VIEWER, PW);
        JsonNode list = http.get("/api/documents?unitId=" + province).json();
        assertFalse(contains(list.get("items"), secret));
        assertTrue(contains(list.get("items"), plain));
        assertEquals("counted like it is listed", clerkList.get("total").asLong() - 1, list.get("total").asLong());
        JsonNode promulgated = http.get("/api/documents?status=PROMULGATED").json();
        assertEquals(0, promulgated.get("total").asLong());
        JsonNode found = http.get("/api/documents/search?q=" + enc("chuyển đổi số")).json();
        assertFalse(contains(hitsOf(found), secret));
        assertEquals(0, found.get("total").asLong());
        Http.Response csv = http.get("/api/documents/registers/" + province + "/export?format=csv");
        assertEquals(200, csv.status());
        assertFalse(csv.body(), csv.body().contains(symbol) || csv.body().contains(TITLE));
        assertProblem(http.get("/api/documents/" + secret), 404, "id");
        assertEquals(404, http.get("/api/documents/" + secret + "/versions").status());
        assertEquals(404, http.getBytes("/api/documents/" + secret + "/versions/1/file").status());
        assertEquals(404, http.get("/api/documents/" + secret + "/timeline").status());
        assertProblem(http.get("/api/documents/by-symbol?symbol=" + enc(symbol)), 404, "symbol");
    }

    private void step4BadInputIsAProblemNamingTheField() {
        clerk();
        String base = "{\"unitId\":" + province + ",";
        assertProblem(http.post("/api/documents", base + "\"type\":\"XX\",\"title\":\"x\"}"), 422, "type");
        assertProblem(http.post("/api/documents", base + "\"type\":\"NQ\",\"title\":\"  \"}"), 422, "title");
        assertProblem(http.post("/api/documents", base + "\"type\":\"NQ\",\"title\":\"x\",\"classification\":\"Bí mật\"}"),
                422, "classification");
        assertProblem(http.post("/api/documents", base + "\"type\":\"NQ\",\"title\":\"x\",\"urgency\":\"Rất gấp\"}"), 422, "urgency");
        assertProblem(http.post("/api/documents", "{\"type\":\"NQ\",\"title\":\"x\"}"), 422, "unitId");
        assertEquals(400, http.post("/api/documents", "{\"unitId\":").status());
        assertProblem(http.post("/api/documents", base + "\"type\":\"NQ\",\"title\":\"x\",\"nhanDe\":\"x\"}"), 400, "nhanDe");
        assertProblem(http.get("/api/documents?limit=nhiều"), 422, "limit");
        assertProblem(http.get("/api/documents?status=ARCHIVED"), 422, "status");
        assertProblem(http.get("/api/documents?year=2O25"), 422, "year");
        assertProblem(http.get("/api/documents?unitId=abc"), 422, "unitId");
        assertProblem(http.get("/api/documents/search?q="), 422, "q");
        assertProblem(http.get("/api/documents/987654"), 404, "id");
        assertProblem(http.get("/api/documents/registers/" + province + "/export?format=xls"), 422, "format");
        assertProblem(http.get("/api/documents/registers/" + province + "/export?from=01-01-2026"), 422, "from");

        // wrong status
        assertProblem(http.post("/api/documents/" + secret + "/promulgate", "{}"), 409, "status");
        assertProblem(http.send("POST", "/api/documents/" + secret + "/versions", "text/plain", "v2", "X-File-Name", "v2.txt"),
                409, "status");
        assertProblem(http.post("/api/documents/" + plain + "/submit", "{\"signerLogin\":\"" + SIGNER + "\"}"), 409, "versions");
        assertProblem(http.post("/api/documents/" + secret + "/promulgate", "{\"date\":\"hôm qua\"}"), 422, "date");

        // files
        assertProblem(http.send("POST", "/api/documents/" + plain + "/versions", "application/pdf", "Đây không phải PDF",
                "X-File-Name", "gia.pdf"), 422, "file");
        assertProblem(http.send("POST", "/api/documents/" + plain + "/versions", "text/plain", "không tên"), 422, "X-File-Name");
        assertProblem(http.send("POST", "/api/documents/" + plain + "/versions", "application/zip", "PK", "X-File-Name", "a.zip"),
                422, "mediaType");
        assertProblem(http.send("POST", "/api/documents/" + plain + "/versions", "text/plain", "x".repeat(1024 * 1024 + 1),
                "X-File-Name", "lon.txt"), 413, "file");
        assertEquals("nothing was added", 0, http.get("/api/documents/" + plain + "/versions").json().size());

        // the other steps
        assertProblem(http.post("/api/documents/" + plain + "/review-request", "{\"reviewers\":[\"khong.co\"]}"), 422, "reviewers");
        assertProblem(http.post("/api/documents/" + plain + "/relations", "{\"kind\":\"SUPERSEDES\",\"toId\":" + secret + "}"),
                422, "kind");
        assertProblem(http.post("/api/documents/" + plain + "/cancel", "{}"), 422, "reason");
        assertProblem(http.get("/api/documents/tasks?overdue=maybe"), 422, "overdue");
        assertProblem(http.get("/api/documents/incoming?year=2026"), 422, "unitId");
        admin();
        assertProblem(http.put("/api/documents/registers/" + province, "{\"issuer\":\"TU\",\"policy\":\"MONTH\",\"term\":\"2025-2030\"}"),
                422, "policy");
    }

    private void step5DistributionIncomingAndTasks() {
        clerk();
        Http.Response sent = http.post("/api/documents/" + secret + "/distribute", "{\"unitIds\":[" + commune + "]}");
        assertEquals(sent.body(), 200, sent.status());
        assertEquals(1, sent.json().size());
        assertEquals(symbol, sent.json().get(0).get("originalSymbol").asText());
        JsonNode arrived = http.get("/api/documents/incoming?unitId=" + commune + "&year=" + LocalDate.now().getYear()).json();
        assertEquals(1, arrived.size());
        assertEquals(1, arrived.get(0).get("arrivalNumber").asLong());

        Http.Response in = http.post("/api/documents/incoming", "{\"unitId\":" + province + ",\"sender\":\"Ban Tổ chức Trung ương\","
                + "\"originalSymbol\":\"15-HD/BTCTW\",\"originalDate\":\"" + LocalDate.now().minusDays(3) + "\","
                + "\"title\":\"hướng dẫn công tác cán bộ\",\"classification\":\"Mật\",\"urgency\":\"Khẩn\"}");
        assertEquals(in.body(), 201, in.status());
        long incoming = in.json().get("id").asLong();
        assertEquals("MAT", in.json().get("classification").asText());
        assertProblem(http.post("/api/documents/incoming/" + incoming + "/assign", "{\"handlerLogin\":\"" + CLERK
                + "\",\"deadline\":\"tuần sau\"}"), 422, "deadline");
        Http.Response assigned = http.post("/api/documents/incoming/" + incoming + "/assign", "{\"handlerLogin\":\"" + CLERK
                + "\",\"deadline\":\"" + LocalDate.now().plusDays(7) + "\"}");
        assertEquals(assigned.body(), 200, assigned.status());
        assertEquals("ASSIGNED", assigned.json().get("status").asText());
        assertEquals("DONE", http.post("/api/documents/incoming/" + incoming + "/complete", "").json().get("status").asText());
        assertEquals(404, http.basic(VIEWER, PW).get("/api/documents/incoming/" + incoming).status());

        clerk();
        Http.Response task = http.post("/api/documents/" + secret + "/tasks", "{\"unitId\":" + commune
                + ",\"title\":\"triển khai nghị quyết tại cơ sở\",\"deadline\":\"" + LocalDate.now().plusDays(30) + "\"}");
        assertEquals(task.body(), 201, task.status());
        long taskId = task.json().get("id").asLong();
        assertEquals(1, http.get("/api/documents/tasks?documentId=" + secret).json().size());
        assertEquals(1, http.get("/api/documents/tasks?unitId=" + province + "&subunits=true").json().size());
        Http.Response report = http.post("/api/documents/tasks/" + taskId + "/reports",
                "{\"status\":\"IN_PROGRESS\",\"percent\":40,\"comment\":\"đã quán triệt\"}");
        assertEquals(report.body(), 200, report.status());
        assertEquals(40, report.json().get("percent").asInt());
        assertProblem(http.post("/api/documents/tasks/" + taskId + "/reports", "{\"status\":\"DONE\",\"percent\":50}"), 422, "percent");
        assertEquals("đã quán triệt", http.get("/api/documents/tasks/" + taskId + "/reports").json().get(0).get("comment").asText());

        JsonNode types = http.get("/api/documents/types").json();
        boolean nq = false;
        for (JsonNode t : types) {
            nq |= "NQ".equals(t.get("code").asText()) && "Nghị quyết".equals(t.get("name").asText());
        }
        assertTrue(types.toString(), nq);
    }

    // --- helpers ---------------------------------------------------------------------------------

    private void admin() {
        http.basic(ADMIN, DistributionSupport.ADMIN_PASSWORD);
    }

    private void clerk() {
        http.basic(CLERK, PW);
    }

    private void account(String login, String name, String role, String clearance, long unit) {
        admin();
        Http.Response r = http.post("/api/accounts", "{\"login\":\"" + login + "\",\"fullName\":" + Http.q(name) + ",\"password\":"
                + Http.q(PW) + ",\"roles\":[\"" + role + "\"],\"clearance\":" + Http.q(clearance) + ",\"unitId\":" + unit + "}");
        assertEquals(r.body(), 201, r.status());
    }

    /** A Congress's documents share one sequence; a joint document takes the lead body's number. */
    private void step6CongressAndJointDocuments() {
        clerk();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        String congresses = "/api/documents/registers/" + province + "/congresses";
        Http.Response congress = http.post(congresses, "{\"name\":\"Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI\","
                + "\"opensOn\":\"" + today.minusDays(1) + "\",\"closesOn\":\"" + today.plusDays(1) + "\"}");
        assertEquals(congress.body(), 201, congress.status());
        long congressId = congress.json().get("id").asLong();
        String period = "ĐH-" + today.minusDays(1).getYear();
        assertEquals(period, congress.json().get("period").asText());
        assertEquals("ĐH", congress.json().get("issuer").asText());
        assertEquals(congressId, http.get(congresses).json().get(0).get("id").asLong());
        assertProblem(http.post(congresses, "{\"name\":\"Đại hội bất thường\",\"period\":\"ĐH-BT\",\"opensOn\":\"" + today
                + "\",\"closesOn\":\"" + today + "\"}"), 409, "opensOn");
        assertProblem(http.post(congresses, "{\"name\":\"Đại hội\",\"opensOn\":\"" + today + "\",\"closesOn\":\""
                + today.minusDays(5) + "\"}"), 422, "closesOn");
        assertProblem(http.post(congresses, "{\"name\":\"Đại hội\",\"closesOn\":\"" + today + "\"}"), 422, "opensOn");

        long minutes = signedOnPaper("BB", "Biên bản kiểm phiếu bầu Ban Chấp hành");
        assertProblem(http.post("/api/documents/" + minutes + "/promulgate", "{\"congressId\":" + congressId + ",\"date\":\""
                + today.minusDays(2) + "\"}"), 422, "date");
        assertProblem(http.post("/api/documents/" + minutes + "/promulgate", "{\"congressId\":987654}"), 422, "congressId");
        Http.Response numbered = http.post("/api/documents/" + minutes + "/promulgate", "{\"congressId\":" + congressId + "}");
        assertEquals(numbered.body(), 200, numbered.status());
        assertEquals("01-BB/ĐH", numbered.json().get("symbol").asText());
        assertEquals(period, numbered.json().get("period").asText());
        Http.Response found = http.get("/api/documents/by-symbol?symbol=" + enc("01-BB/ĐH") + "&period=" + enc(period));
        assertEquals(found.body(), 200, found.status());
        assertEquals(minutes, found.json().get("id").asLong());

        long guidance = signedOnPaper("HD", "Hướng dẫn liên tịch về công tác dân vận");
        assertProblem(http.post("/api/documents/" + guidance + "/promulgate", "{\"jointIssuers\":[\"TU\"]}"), 422,
                "jointIssuers");
        Http.Response joint = http.post("/api/documents/" + guidance + "/promulgate", "{\"jointIssuers\":[\"UBND\",\"MTTQ\"]}");
        assertEquals(joint.body(), 200, joint.status());
        assertEquals("01-HDLT/TU-UBND-MTTQ", joint.json().get("symbol").asText());
    }

    /** A draft of the province with a text version, submitted and signed on paper; the clerk's session after. */
    private long signedOnPaper(String type, String title) {
        clerk();
        long id = created(http.post("/api/documents", "{\"unitId\":" + province + ",\"type\":\"" + type + "\",\"title\":"
                + Http.q(title) + "}"));
        assertEquals(201, http.send("POST", "/api/documents/" + id + "/versions", "text/plain; charset=UTF-8", "Nội dung: " + title,
                "X-File-Name", "du-thao.txt").status());
        assertEquals(200, http.post("/api/documents/" + id + "/submit", "{\"signerLogin\":\"" + SIGNER + "\"}").status());
        Http.Response paper = http.send("POST", "/api/documents/" + id + "/sign-paper", "application/pdf", minimalPdf(),
                "X-File-Name", "ban-ky.pdf");
        assertEquals(paper.body(), 200, paper.status());
        return id;
    }

    private static long created(Http.Response r) {
        assertEquals(r.body(), 201, r.status());
        return r.json().get("id").asLong();
    }

    private static void assertProblem(Http.Response r, int status, String field) {
        assertEquals(r.body(), status, r.status());
        assertTrue(r.header("Content-Type").orElse(""), r.header("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(r.body(), field, r.json().path("field").asText(null));
        assertFalse("no stack trace in " + r.body(), r.body().contains("at org."));
    }

    private static boolean contains(JsonNode items, long id) {
        for (JsonNode d : items) {
            if (d.get("id").asLong() == id) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode hitsOf(JsonNode page) {
        com.fasterxml.jackson.databind.node.ArrayNode docs = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        for (JsonNode h : page.get("hits")) {
            docs.add(h.get("document"));
        }
        return docs;
    }

    /** Search may be served by an index updated just after the commit: give it a few seconds. */
    private boolean awaitSearchHit(String q, long id) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            Http.Response r = http.get("/api/documents/search?q=" + enc(q));
            assertEquals(r.body(), 200, r.status());
            if (contains(hitsOf(r.json()), id)) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    private void awaitAdmin() throws InterruptedException {
        long until = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < until) {
            try {
                if (http.basic(ADMIN, DistributionSupport.ADMIN_PASSWORD).get("/api/session").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // the web server is still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the administrator could not sign in within 90 s");
    }

    /** The module's resources join the running JAX-RS application a moment after the feature is installed. */
    private Http.Response awaitStatus(String path, int status) throws InterruptedException {
        Http.Response r = null;
        for (int i = 0; i < 300; i++) {
            r = http.basic(ADMIN, DistributionSupport.ADMIN_PASSWORD).get(path);
            if (r.status() == status) {
                return r;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(path + " answered " + r.status() + ": " + r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A one-page PDF written by hand (a correct cross-reference table), standing in for the signed page's scan. */
    private static String minimalPdf() {
        String content = "BT /F1 14 Tf 72 770 Td (Nghi quyet 01-NQ/TU da ky) Tj ET";
        java.util.List<String> objects = java.util.List.of("<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        StringBuilder b = new StringBuilder("%PDF-1.7\n");
        java.util.List<Integer> offsets = new java.util.ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(b.length());
            b.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = b.length();
        b.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            b.append(String.format("%010d 00000 n \n", offset));
        }
        b.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return b.toString();
    }
}
