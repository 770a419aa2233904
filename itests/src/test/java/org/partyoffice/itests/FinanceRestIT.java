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
 * The finance REST API over HTTP on 127.0.0.1, with the module installed at runtime next to the
 * web shell: an accountant made through {@code /api/accounts} posts a balanced entry with a
 * Vietnamese description, the trial balance (JSON and CSV) sums to zero, an unbalanced entry is a
 * 422 naming {@code postings} and posts nothing, a bad account or amount is a 422 naming its
 * field, a reversal, a budget line spent through an expenditure; Party dues of a member of a
 * cell collected, remitted to the province and in the arrears report (JSON and CSV); an asset
 * registered, depreciated, handed over to the cell, counted in its inventory check and disposed
 * of; the reports as table, CSV and PDF; bad input naming its field on each; and the module in
 * {@code /api/modules} with its page.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FinanceRestIT {

    private static final String ADMIN_PW = DistributionSupport.ADMIN_PASSWORD;
    private static final String ACCOUNTANT = "ke.toan.rest";
    private static final String PASSWORD = "mật-khẩu-tài-chính-2026";
    private static final String DESCRIPTION = "Nhận kinh phí quý I — Tỉnh ủy cấp";
    private static final String MEMBER = "Nguyễn Thị Hồng";
    private static final String ASSET = "Máy photocopy Tầng 2";

    @Inject
    private org.osgi.framework.BundleContext context;

    private Http http;

    @Configuration
    public Option[] config() {
        return DistributionSupport.distribution(DistributionSupport.apiBundle("finance"));
    }

    /** One test: the steps build on each other and Pax Exam does not keep JUnit's method order. */
    @Test
    public void financeOverRest() throws Exception {
        http = new Http(Integer.getInteger("partyoffice.test.httpPort"));
        FeaturesService features = Services.awaitSettled(context, 120);
        features.installFeature("partyoffice-web", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        features.installFeature("partyoffice-finance", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        http.basic("admin", ADMIN_PW);
        RestSetUp.awaitServed(http, "/api/finance/accounts");

        long unit = createUnitAndAccountant();
        http.basic(ACCOUNTANT, PASSWORD);
        JsonNode chart = http.get("/api/finance/accounts").json();
        assertTrue(chart.toString(), chart.toString().contains("Tiền mặt"));

        long entry = balancedEntry(unit);
        trialBalanceSumsToZero(unit, 500_000_000L);
        unbalancedAndBadInput(unit);
        reversal(unit, entry);
        budgetSpent(unit);
        http.basic("admin", ADMIN_PW);
        long cell = RestSetUp.unit(http, "000.00.01.H97", "Chi bộ Văn phòng Tài chính", "CELL", unit);
        http.basic(ACCOUNTANT, PASSWORD);
        dues(unit, cell);
        assets(unit, cell);
        reports(unit);
        listedAsAModule();
    }

    private long createUnitAndAccountant() {
        http.basic("admin", ADMIN_PW);
        long unit = RestSetUp.province(http, "000.00.00.H97", "Tỉnh ủy Tài chính REST");
        RestSetUp.account(http, ACCOUNTANT, "Nguyễn Thị Kế Toán", PASSWORD, "accountant", "MAT", unit);
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

    private void dues(long province, long cell) {
        JsonNode rules = ok(http.get("/api/finance/dues/rules"));
        assertTrue(rules.toString(), rules.toString().contains("\"category\":\"LUONG\",\"basisPoints\":100"));
        JsonNode member = created(http.post("/api/finance/dues/members", "{\"unitId\":" + cell + ",\"fullName\":\"" + MEMBER
                + "\",\"category\":\"LUONG\",\"baseVnd\":\"8450000\",\"duesFrom\":\"2026-01\"}"));
        long id = member.get("id").asLong();
        assertEquals(MEMBER, member.get("fullName").asText());
        assertEquals("2026-01", member.get("duesFrom").asText());
        assertEquals(0, ok(http.get("/api/finance/dues/members?unitId=" + province)).size());
        JsonNode all = ok(http.get("/api/finance/dues/members?unitId=" + province + "&rollUp=true"));
        assertEquals(1, all.size());
        assertEquals(MEMBER, all.get(0).get("fullName").asText());

        // 1% of 8,450,000 rounded half up to the thousand
        JsonNode march = ok(http.get("/api/finance/dues/monthly?unitId=" + cell + "&month=2026-03"));
        assertEquals(1, march.size());
        assertEquals(85_000L, march.get(0).get("dueVnd").asLong());
        assertEquals(85_000L, march.get(0).get("arrearsVnd").asLong());

        JsonNode paid = created(http.post("/api/finance/dues/members/" + id + "/collections",
                "{\"month\":\"2026-03\",\"paidOn\":\"2026-03-15\"}"));
        assertEquals("the computed dues when no amount is given", 85_000L, paid.get("amountVnd").asLong());
        assertEquals("a cell keeps 30%", 25_500L, paid.get("keptVnd").asLong());
        assertEquals(59_500L, paid.get("remitVnd").asLong());
        assertEquals(1, ok(http.get("/api/finance/dues/members/" + id + "/payments")).size());
        assertEquals(59_500L, ok(http.get("/api/finance/dues/owed?unitId=" + cell)).get("owedVnd").asLong());

        JsonNode remitted = created(http.post("/api/finance/dues/remittances", "{\"unitId\":" + cell + ",\"date\":\"2026-03-31\"}"));
        assertEquals(59_500L, remitted.get("amountVnd").asLong());
        assertEquals(province, remitted.get("toUnitId").asLong());
        assertEquals(0L, ok(http.get("/api/finance/dues/owed?unitId=" + cell)).get("owedVnd").asLong());
        assertEquals(1, ok(http.get("/api/finance/dues/remittances?unitId=" + cell)).size());
        assertField(http.post("/api/finance/dues/remittances", "{\"unitId\":" + province + ",\"date\":\"2026-03-31\"}"), 409, "unitId");

        JsonNode arrears = ok(http.get("/api/finance/dues/arrears?unitId=" + province + "&rollUp=true&from=2026-01&to=2026-03"));
        assertEquals(1, arrears.size());
        assertEquals(3, arrears.get(0).get("months").asInt());
        assertEquals(255_000L, arrears.get(0).get("dueVnd").asLong());
        assertEquals(170_000L, arrears.get(0).get("arrearsVnd").asLong());
        String csv = text(http.getBytes("/api/finance/dues/arrears.csv?unitId=" + cell + "&from=2026-01&to=2026-03"));
        assertTrue(csv, csv.startsWith("\uFEFFĐơn vị,"));
        assertTrue(csv, csv.contains(MEMBER + ",3,255000,85000,170000"));

        // bad input names the field
        assertField(http.post("/api/finance/dues/members/" + id + "/collections", "{\"month\":\"tháng 3\"}"), 422, "month");
        assertField(http.post("/api/finance/dues/members", "{\"unitId\":" + cell + ",\"category\":\"LUONG\"}"), 422, "fullName");
        assertField(http.post("/api/finance/dues/members/" + id + "/collections", "{\"month\":\"2026-04\",\"amountVnd\":\"-5\"}"),
                422, "amountVnd");
        assertEquals(404, http.post("/api/finance/dues/members/987654/collections", "{\"month\":\"2026-03\"}").status());
    }

    private void assets(long province, long cell) {
        JsonNode copier = created(http.post("/api/finance/assets", "{\"code\":\"TS-2026-001\",\"name\":\"" + ASSET
                + "\",\"category\":\"MAY_VAN_PHONG\",\"unitId\":" + province + ",\"custodian\":\"Trần Văn Quản\","
                + "\"acquiredOn\":\"2026-01-15\",\"costVnd\":\"120000000\",\"usefulLifeYears\":5}"));
        long id = copier.get("id").asLong();
        assertEquals(ASSET, copier.get("name").asText());
        assertEquals("IN_USE", copier.get("status").asText());
        long laptop = created(http.post("/api/finance/assets", "{\"code\":\"TS-2026-002\",\"name\":\"Máy tính xách tay Chi bộ\","
                + "\"category\":\"MAY_TINH\",\"unitId\":" + cell + ",\"acquiredOn\":\"2026-02-01\",\"costVnd\":18000000,"
                + "\"usefulLifeYears\":\"3\"}")).get("id").asLong();
        assertEquals(1, ok(http.get("/api/finance/assets?unitId=" + province)).size());
        assertEquals(2, ok(http.get("/api/finance/assets?unitId=" + province + "&rollUp=true")).size());

        // 120,000,000 over 60 months: 11 months ended by the end of 2026
        JsonNode d = ok(http.get("/api/finance/assets/" + id + "/depreciation?asOf=2026-12-31"));
        assertEquals(2_000_000L, d.get("monthlyVnd").asLong());
        assertEquals(22_000_000L, d.get("accumulatedVnd").asLong());
        assertEquals(98_000_000L, d.get("bookValueVnd").asLong());
        JsonNode schedule = ok(http.get("/api/finance/assets/" + id + "/schedule"));
        assertEquals("2026 to 2031", 6, schedule.size());
        assertEquals(98_000_000L, schedule.get(0).get("bookValueVnd").asLong());
        assertEquals(0L, schedule.get(5).get("bookValueVnd").asLong());

        JsonNode handed = ok(http.post("/api/finance/assets/" + id + "/handover", "{\"toUnitId\":" + cell
                + ",\"toCustodian\":\"Lê Thị Mai\",\"date\":\"2026-04-01\",\"note\":\"Chuyển về Chi bộ\"}"));
        assertEquals(cell, handed.get("unitId").asLong());
        assertEquals("Lê Thị Mai", handed.get("custodian").asText());
        assertTrue(ok(http.get("/api/finance/assets/" + id + "/history")).toString().contains("HANDED_OVER"));
        assertEquals(2, ok(http.get("/api/finance/assets?unitId=" + cell)).size());

        JsonNode check = created(http.post("/api/finance/assets/inventories", "{\"unitId\":" + cell + ",\"year\":2026}"));
        long inv = check.get("id").asLong();
        assertEquals(2, check.get("lines").size());
        ok(http.post("/api/finance/assets/inventories/" + inv + "/count", "{\"assetId\":" + id + ",\"found\":true}"));
        JsonNode counted = ok(http.post("/api/finance/assets/inventories/" + inv + "/count", "{\"assetId\":" + laptop
                + ",\"found\":\"false\",\"note\":\"Không thấy tại phòng làm việc\"}"));
        assertEquals(1, counted.get("discrepancies").size());
        JsonNode closed = ok(http.post("/api/finance/assets/inventories/" + inv + "/close", ""));
        assertTrue(closed.get("closed").asBoolean());
        assertEquals("TS-2026-002", closed.get("discrepancies").get(0).get("code").asText());
        assertField(http.post("/api/finance/assets/inventories", "{\"unitId\":" + cell + ",\"year\":2026}"), 409, "year");

        JsonNode disposed = ok(http.post("/api/finance/assets/" + laptop + "/dispose",
                "{\"date\":\"2026-11-30\",\"reason\":\"Mất, đã lập biên bản\"}"));
        assertEquals("DISPOSED", disposed.get("status").asText());

        String csv = text(http.getBytes("/api/finance/assets/list.csv?unitId=" + cell + "&year=2026"));
        assertTrue(csv, csv.startsWith("\uFEFFMã tài sản,"));
        assertTrue(csv, csv.contains("TS-2026-001," + ASSET + ",MAY_VAN_PHONG"));

        // bad input names the field
        assertField(http.post("/api/finance/assets", "{\"code\":\"TS-2026-003\",\"name\":\"Bàn họp\",\"category\":\"BAN_GHE\","
                + "\"unitId\":" + cell + ",\"acquiredOn\":\"2026-02-01\",\"costVnd\":\"một trăm triệu\",\"usefulLifeYears\":5}"),
                422, "costVnd");
        assertField(http.post("/api/finance/assets", "{\"code\":\"TS-2026-001\",\"name\":\"Trùng mã\",\"category\":\"BAN_GHE\","
                + "\"unitId\":" + cell + ",\"acquiredOn\":\"2026-02-01\",\"costVnd\":1000000,\"usefulLifeYears\":5}"), 409, "code");
        assertField(http.post("/api/finance/assets/" + laptop + "/handover", "{\"toCustodian\":\"Ai đó\"}"), 409, "assetId");
        assertEquals(404, http.get("/api/finance/assets/987654").status());
    }

    private void reports(long province) {
        JsonNode table = ok(http.get("/api/finance/reports/budget-execution?unitId=" + province + "&year=2026"));
        assertTrue(table.toString(), table.get("header").toString().contains("Dự toán"));
        assertTrue(table.toString(), table.toString().contains("Hội nghị Ban Chấp hành"));

        Http.Response dues = http.getBytes("/api/finance/reports/dues-collection.csv?unitId=" + province + "&year=2026&rollUp=true");
        assertEquals(dues.body(), 200, dues.status());
        assertTrue(dues.header("Content-Disposition").orElse(""), dues.header("Content-Disposition").orElse("").contains("attachment"));
        assertTrue(text(dues), text(dues).contains(MEMBER));
        assertTrue("rolled up: the member of the cell", text(dues).contains("Chi bộ Văn phòng Tài chính"));

        for (String kind : new String[] {"trial-balance", "budget-execution", "dues-collection", "assets"}) {
            Http.Response pdf = http.getBytes("/api/finance/reports/" + kind + ".pdf?unitId=" + province + "&year=2026&rollUp=true");
            assertEquals(kind + ": " + pdf.body(), 200, pdf.status());
            assertEquals(kind, "application/pdf", pdf.header("Content-Type").orElse(""));
            assertTrue(kind, pdf.body().startsWith("%PDF-"));
        }
        assertTrue(text(http.getBytes("/api/finance/reports/assets.csv?unitId=" + province + "&rollUp=true")).contains(ASSET));

        assertField(http.getBytes("/api/finance/reports/balance-sheet.csv?unitId=" + province), 422, "kind");
        assertField(http.getBytes("/api/finance/reports/assets.xls?unitId=" + province), 422, "format");
        assertField(http.get("/api/finance/reports/assets?unitId=" + province + "&year=n%C4%83m-nay"), 422, "year");
    }

    private static String text(Http.Response r) {
        assertEquals(r.body(), 200, r.status());
        return new String(r.body().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    private void listedAsAModule() {
        JsonNode modules = http.get("/api/modules").json();
        boolean listed = false;
        for (JsonNode m : modules) {
            listed |= "finance".equals(m.get("id").asText()) && "Tài chính".equals(m.get("nameVi").asText())
                    && "/office/finance/".equals(m.path("webPath").asText());
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
}
