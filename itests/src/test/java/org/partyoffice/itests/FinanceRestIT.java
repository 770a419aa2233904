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
import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The finance REST API over HTTP on 127.0.0.1, with the module installed at runtime next to the
 * web shell: an accountant made through {@code /api/accounts} posts a balanced entry with a
 * Vietnamese description, the trial balance (JSON and CSV) sums to zero, an unbalanced entry is a
 * 422 naming {@code postings} and posts nothing, a bad account or amount is a 422 naming its
 * field, a reversal, a budget line spent through an expenditure, and the module in
 * {@code /api/modules}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FinanceRestIT {

    private static final String ADMIN_PW = DistributionSupport.ADMIN_PASSWORD;
    private static final String ACCOUNTANT = "ke.toan.rest";
    private static final String PASSWORD = "mật-khẩu-tài-chính-2026";
    private static final String DESCRIPTION = "Nhận kinh phí quý I — Tỉnh ủy cấp";

    @Inject
    private org.osgi.framework.BundleContext context;

    private Http http;

    @Configuration
    public Option[] config() {
        return DistributionSupport.distribution(
                CoreOptions.bundle(DistributionSupport.reactorFile("bundles/finance/finance-api",
                        "finance-api-" + DistributionSupport.VERSION + ".jar")).start());
    }

    /** One test: the steps build on each other and Pax Exam does not keep JUnit's method order. */
    @Test
    public void financeOverRest() throws Exception {
        http = new Http(Integer.getInteger("partyoffice.test.httpPort"));
        FeaturesService features = Services.awaitSettled(context, 120);
        features.installFeature("partyoffice-web", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        features.installFeature("partyoffice-finance", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        awaitServed("/api/finance/accounts");

        long unit = createUnitAndAccountant();
        http.basic(ACCOUNTANT, PASSWORD);
        JsonNode chart = http.get("/api/finance/accounts").json();
        assertTrue(chart.toString(), chart.toString().contains("Tiền mặt"));

        long entry = balancedEntry(unit);
        trialBalanceSumsToZero(unit, 500_000_000L);
        unbalancedAndBadInput(unit);
        reversal(unit, entry);
        budgetSpent(unit);
        listedAsAModule();
    }

    private long createUnitAndAccountant() {
        http.basic("admin", ADMIN_PW);
        long unit = created(http.post("/api/units", "{\"code\":\"000.00.00.H97\",\"name\":\"Tỉnh ủy Tài chính REST\","
                + "\"type\":\"PROVINCE\",\"validFrom\":\"2025-07-01\"}")).get("id").asLong();
        created(http.post("/api/accounts", "{\"login\":" + Http.q(ACCOUNTANT) + ",\"fullName\":\"Nguyễn Thị Kế Toán\""
                + ",\"password\":" + Http.q(PASSWORD) + ",\"roles\":[\"accountant\"],\"clearance\":\"MAT\",\"unitId\":"
                + unit + ",\"enabled\":true}"));
        return unit;
    }

    private long balancedEntry(long unit) {
        JsonNode e = created(http.post("/api/finance/entries", "{\"unitId\":" + unit + ",\"date\":\"2026-03-02\","
                + "\"description\":" + Http.q(DESCRIPTION) + ",\"reference\":\"UNC-01\",\"postings\":["
                + "{\"account\":\"112\",\"debit\":500000000,\"memo\":\"Kho bạc Nhà nước\"},"
                + "{\"account\":\"511\",\"credit\":\"500000000\"}]}"));
        assertEquals(DESCRIPTION, e.get("description").asText());
        assertEquals(unit, e.get("unitId").asLong());
        assertEquals(2, e.get("postings").size());
        assertEquals(500_000_000L, e.get("postings").get(0).get("debitVnd").asLong());
        Http.Response got = http.get("/api/finance/entries/" + e.get("id").asLong());
        assertEquals(got.body(), 200, got.status());
        assertEquals(DESCRIPTION, got.json().get("description").asText());
        assertEquals("Kho bạc Nhà nước", got.json().get("postings").get(0).get("memo").asText());
        return e.get("id").asLong();
    }

    private void trialBalanceSumsToZero(long unit, long expectedTotal) {
        Http.Response r = http.get("/api/finance/trial-balance?unitId=" + unit + "&asOf=2026-03-31&rollUp=false");
        assertEquals(r.body(), 200, r.status());
        JsonNode tb = r.json();
        assertFalse(tb.get("rolledUp").asBoolean());
        assertTrue(tb.get("balanced").asBoolean());
        assertEquals(expectedTotal, tb.get("totalDebitVnd").asLong());
        assertEquals(expectedTotal, tb.get("totalCreditVnd").asLong());
        long sum = 0;
        for (JsonNode line : tb.get("lines")) {
            sum += line.get("balanceVnd").asLong();
        }
        assertEquals("the balances of a sound ledger sum to zero", 0, sum);
        assertTrue(http.get("/api/finance/trial-balance?unitId=" + unit + "&asOf=2026-03-31&rollUp=true").json()
                .get("rolledUp").asBoolean());

        Http.Response csv = http.getBytes("/api/finance/trial-balance.csv?unitId=" + unit + "&asOf=2026-03-31");
        assertEquals(csv.body(), 200, csv.status());
        String type = csv.header("Content-Type").orElse("").toLowerCase();
        assertTrue(type, type.startsWith("text/csv"));
        assertTrue(csv.header("Content-Disposition").orElse("").contains("attachment"));
        String text = new String(csv.body().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        assertTrue(text, text.startsWith("\uFEFFTài khoản,"));
        assertTrue(text, text.contains("Thu kinh phí được cấp"));
        assertTrue(text, text.contains("Cộng," + expectedTotal + "," + expectedTotal));
    }

    private void unbalancedAndBadInput(long unit) {
        String before = http.get("/api/finance/journal?unitId=" + unit + "&from=2026-01-01&to=2026-12-31").body();
        Http.Response unbalanced = http.post("/api/finance/entries", "{\"unitId\":" + unit + ",\"date\":\"2026-03-03\","
                + "\"description\":\"Chi hội nghị lệch\",\"postings\":[{\"account\":\"611\",\"debit\":1200000},"
                + "{\"account\":\"111\",\"credit\":1000000}]}");
        assertField(unbalanced, 422, "postings");
        assertTrue(unbalanced.header("Content-Type").orElse(""), unbalanced.header("Content-Type").orElse("").contains("problem+json"));
        assertTrue(unbalanced.body(), unbalanced.json().get("detail").asText().contains("200000"));
        assertEquals("nothing was posted", before,
                http.get("/api/finance/journal?unitId=" + unit + "&from=2026-01-01&to=2026-12-31").body());

        assertField(http.post("/api/finance/entries", "{\"unitId\":" + unit + ",\"date\":\"2026-03-03\","
                + "\"description\":\"Tài khoản sai\",\"postings\":[{\"account\":\"611\",\"debit\":1000},"
                + "{\"account\":\"999999\",\"credit\":1000}]}"), 422, "postings[1].account");
        assertField(http.post("/api/finance/entries", "{\"unitId\":" + unit + ",\"date\":\"2026-03-03\","
                + "\"description\":\"Số sai\",\"postings\":[{\"account\":\"611\",\"debit\":\"một triệu\"},"
                + "{\"account\":\"111\",\"credit\":1000}]}"), 422, "postings[0].debit");
        assertField(http.post("/api/finance/entries", "{\"unitId\":" + unit + ",\"date\":\"mùng 3\","
                + "\"description\":\"x\",\"postings\":[]}"), 422, "date");
        assertField(http.get("/api/finance/journal?unitId=" + unit + "&to=2026-12-31"), 422, "from");
        assertField(http.get("/api/finance/trial-balance?unitId=" + unit + "&rollUp=có"), 422, "rollUp");
        assertEquals(404, http.get("/api/finance/entries/987654").status());
        assertEquals(401, new Http(Integer.getInteger("partyoffice.test.httpPort")).anonymous().get("/api/finance/accounts").status());
    }

    private void reversal(long unit, long entry) {
        JsonNode rev = created(http.post("/api/finance/entries/" + entry + "/reverse",
                "{\"date\":\"2026-03-05\",\"reason\":\"Nhầm tài khoản\"}"));
        assertEquals(entry, rev.get("reversesId").asLong());
        assertEquals(rev.get("id").asLong(), http.get("/api/finance/entries/" + entry).json().get("reversedById").asLong());
        assertEquals(2, http.get("/api/finance/journal?unitId=" + unit + "&from=2026-03-01&to=2026-03-31").json().size());
        trialBalanceSumsToZero(unit, 1_000_000_000L);
        Http.Response again = http.post("/api/finance/entries/" + entry + "/reverse", "{\"date\":\"2026-03-06\"}");
        assertTrue(again.body(), again.status() == 409 || again.status() == 422);
    }

    private void budgetSpent(long unit) {
        JsonNode line = created(http.post("/api/finance/budget/lines", "{\"unitId\":" + unit + ",\"year\":2026,"
                + "\"category\":\"HOI_NGHI\",\"title\":\"Hội nghị Ban Chấp hành\",\"estimate\":\"30000000\",\"account\":\"611\"}"));
        long id = line.get("id").asLong();
        Http http2 = new Http(Integer.getInteger("partyoffice.test.httpPort")).basic("admin", ADMIN_PW);
        Http.Response notApprover = http.post("/api/finance/budget/lines/" + id + "/approve", "");
        assertEquals(notApprover.body(), 403, notApprover.status());
        assertEquals("APPROVED", ok(http2.post("/api/finance/budget/lines/" + id + "/approve", "")).get("status").asText());
        assertEquals(30_000_000L, ok(http.post("/api/finance/budget/lines/" + id + "/allocate",
                "{\"amount\":30000000,\"note\":\"Cấp đủ\"}")).get("allocatedVnd").asLong());
        long exp = created(http.post("/api/finance/budget/lines/" + id + "/expenditures",
                "{\"title\":\"Thuê hội trường\",\"amount\":12000000}")).get("id").asLong();
        ok(http2.post("/api/finance/budget/expenditures/" + exp + "/approve", "{\"note\":\"Đồng ý\"}"));
        JsonNode paid = ok(http.post("/api/finance/budget/expenditures/" + exp + "/pay", "{\"date\":\"2026-03-10\"}"));
        assertEquals("PAID", paid.get("status").asText());
        assertFalse(paid.get("journalEntryId").isNull());
        JsonNode execution = http.get("/api/finance/budget/execution?unitId=" + unit + "&year=2026").json();
        assertEquals(1, execution.size());
        assertEquals(12_000_000L, execution.get(0).get("spentVnd").asLong());
        assertEquals(18_000_000L, execution.get(0).get("remainingVnd").asLong());
        assertEquals("Hội nghị Ban Chấp hành", http.get("/api/finance/budget/lines?unitId=" + unit + "&year=2026").json()
                .get(0).get("title").asText());
        assertField(http.post("/api/finance/budget/lines/" + id + "/expenditures", "{\"title\":\"x\",\"amount\":\"nhiều\"}"),
                422, "amount");
    }

    private void listedAsAModule() {
        JsonNode modules = http.get("/api/modules").json();
        boolean listed = false;
        for (JsonNode m : modules) {
            listed |= "finance".equals(m.get("id").asText()) && "Tài chính".equals(m.get("nameVi").asText());
        }
        assertTrue(modules.toString(), listed);
    }

    private static void assertField(Http.Response r, int status, String field) {
        assertEquals(r.body(), status, r.status());
        assertEquals(r.body(), field, r.json().get("field").asText());
    }

    private static JsonNode created(Http.Response r) {
        assertEquals(r.body(), 201, r.status());
        return r.json();
    }

    private static JsonNode ok(Http.Response r) {
        assertEquals(r.body(), 200, r.status());
        return r.json();
    }

    /** The module's components and the whiteboard come up after the feature is installed. */
    private void awaitServed(String path) throws InterruptedException {
        http.basic("admin", ADMIN_PW);
        Http.Response r = http.get(path);
        // 401 until first start has created the administrator, 404 until the resources are served;
        // served means served five times in a row: the install may still be settling its configuration
        int inARow = 0;
        for (int i = 0; i < 600 && inARow < 5; i++) {
            inARow = r.status() == 200 ? inARow + 1 : 0;
            if (r.status() != 200 && r.status() != 404 && r.status() != 401) {
                break;
            }
            Thread.sleep(200);
            r = http.get(path);
        }
        assertEquals(r.body(), 200, r.status());
    }
}
