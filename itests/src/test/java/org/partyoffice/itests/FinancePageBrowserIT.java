package org.partyoffice.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The finance page at {@code /office/finance/} in headless Chromium, against the distribution with
 * {@code partyoffice-finance} as a boot feature: reached from the shell's menu, a balanced entry
 * posted from the form shows in the journal, an unbalanced one is refused with the server's message
 * naming the difference and posts nothing, an entry reversed from its row, the budget execution
 * drawn as a Chart.js chart, a member added and their dues collected, an asset registered (a bad
 * cost first, named next to its field) and handed over, and the page switched to English and back. Screenshots go to {@code target/screenshots/finance-*.png}.
 */
public class FinancePageBrowserIT {

    private static final String UNIT = "Tỉnh ủy Trình duyệt Tài chính";
    private static final String DESCRIPTION = "Nhận kinh phí hoạt động — Tỉnh ủy cấp";
    private static final String LINE = "Hội nghị Ban Chấp hành mở rộng";
    private static final String ASSET = "Máy photocopy Tầng 2";
    private static final String MEMBER = "Nguyễn Thị Hồng";

    private static DistributionProcess karaf;
    private static WebDriver driver;
    private static Browser browser;

    @BeforeClass
    public static void startDistributionWithFinanceAndBrowser() throws Exception {
        Browser.requireChromium();
        karaf = DistributionProcess.prepare("fin-browser-karaf").addBootFeature("partyoffice-finance").launch();
        karaf.awaitStatus("/office/finance/", 200, Duration.ofSeconds(120));
        browser = Browser.start(karaf.baseUrl(), 1000, "finance");
        driver = browser.driver();
    }

    @AfterClass
    public static void stopBrowserAndDistribution() throws IOException {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            driver = null;
            if (karaf != null) {
                karaf.close();
            }
        }
    }

    @Test
    public void postRefuseReverseChartAndRegisterFromThePage() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        assertEquals(302, client.send(HttpRequest.newBuilder(URI.create(karaf.baseUrl() + "/office/finance")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        for (String file : List.of("", "finance.js", "finance.css")) {
            HttpResponse<String> res = client.send(HttpRequest.newBuilder(URI.create(karaf.baseUrl() + "/office/finance/" + file))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(file, 200, res.statusCode());
        }
        Http http = new Http(karaf.httpPort()).basic("admin", karaf.adminPassword());
        long unit = setUp(http);
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();

        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        driver.get(karaf.baseUrl() + "/office/finance/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-link")));
        browser.open("/office/");
        browser.signIn("admin", karaf.adminPassword());
        assertEquals("Tài chính", browser.openFromMenu("finance"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("entry-form")));
        assertEquals("Sổ nhật ký", driver.findElement(By.id("tab-journal")).getText());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#unit option[value='" + unit + "']")));
        new Select(driver.findElement(By.id("unit"))).selectByValue(Long.toString(unit));
        fireChange("unit");

        // a balanced entry from the form shows in the journal
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#entry-lines tr.e-line .e-account option[value='112']")));
        setValue("e-date", today);
        driver.findElement(By.id("e-description")).sendKeys(DESCRIPTION);
        driver.findElement(By.id("e-reference")).sendKeys("UNC-12");
        line(0, "112", "50.000.000", null);
        line(1, "511", null, "50000000");
        wait.until(ExpectedConditions.attributeToBe(By.id("e-difference"), "data-balanced", "true"));
        browser.screenshot("01-entry");
        driver.findElement(By.id("e-submit")).click();
        By posted = By.xpath("//tbody[@id='journal-rows']/tr[contains(., '" + DESCRIPTION + "')]");
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(posted));
        assertTrue(row.getText(), row.getText().contains("Nợ 112"));
        assertTrue(driver.findElement(By.id("status")).getText(), driver.findElement(By.id("status")).getText().contains("Đã ghi sổ"));
        String entryId = row.getAttribute("data-id");
        browser.screenshot("02-journal");

        // an unbalanced entry is refused, naming the difference, and nothing is posted
        String journal = "/api/finance/journal?unitId=" + unit + "&from=" + today + "&to=" + today;
        int before = http.get(journal).json().size();
        driver.findElement(By.id("e-description")).sendKeys("Chi hội nghị lệch");
        line(0, "611", "1200000", null);
        line(1, "111", null, "1000000");
        wait.until(ExpectedConditions.attributeToBe(By.id("e-difference"), "data-balanced", "false"));
        String difference = driver.findElement(By.id("e-difference")).getAttribute("textContent");
        assertTrue(difference, difference.contains("Chênh lệch") && difference.contains("200"));
        driver.findElement(By.id("e-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("postings-error"), "differ by 200000 VND"));
        String refused = driver.findElement(By.id("postings-error")).getText();
        assertTrue(refused, refused.contains("không cân đối"));
        assertTrue(refused, refused.contains("1200000") && refused.contains("1000000"));
        browser.screenshot("03-unbalanced");
        assertEquals("nothing was posted", before, http.get(journal).json().size());
        int rows = driver.findElements(By.cssSelector("#journal-rows tr[data-id]")).size();

        // reversed from its row
        row = driver.findElement(posted);
        row.findElement(By.cssSelector("button.reverse")).click();
        WebElement reason = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#journal-rows input.rev-reason")));
        reason.sendKeys("Nhập nhầm tài khoản");
        driver.findElement(By.cssSelector("#journal-rows button.rev-confirm")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Đã đảo bút toán số " + entryId));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#journal-rows tr[data-id]"), rows + 1));
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#journal-rows tr[data-id='" + entryId + "']"), "data-reversed", "true"));
        browser.screenshot("04-reversed");

        // the budget execution as a chart and a table
        driver.findElement(By.id("tab-budget")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("execution-rows"), LINE));
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "const c = document.getElementById('execution-chart');"
                        + " return !!(window.Chart && Chart.getChart(c)) && c.width > 0 && c.height > 0;")));
        Object labels = ((JavascriptExecutor) driver).executeScript(
                "return Chart.getChart(document.getElementById('execution-chart')).data.labels;");
        assertEquals(List.of(LINE), labels);
        Object spent = ((JavascriptExecutor) driver).executeScript(
                "return Chart.getChart(document.getElementById('execution-chart')).data.datasets.find(d => d.label === 'Đã chi').data[0];");
        assertEquals(12_000_000L, ((Number) spent).longValue());
        browser.screenshot("05-budget-chart");
        budgetLineWorkedFromThePage(wait);

        // dues: a member added, this month's dues collected
        driver.findElement(By.id("tab-dues")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#m-category option[value='LUONG']")));
        driver.findElement(By.id("m-name")).sendKeys(MEMBER);
        new Select(driver.findElement(By.id("m-category"))).selectByValue("LUONG");
        driver.findElement(By.id("m-base")).sendKeys("8450000");
        driver.findElement(By.id("m-submit")).click();
        By member = By.xpath("//tbody[@id='member-rows']/tr[contains(., '" + MEMBER + "')]");
        wait.until(ExpectedConditions.visibilityOfElementLocated(member)).findElement(By.cssSelector("button.collect")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Đã thu"));
        assertTrue(driver.findElement(By.id("status")).getText(), driver.findElement(By.id("status")).getText().contains(MEMBER));
        JsonNode members = http.get("/api/finance/dues/members?unitId=" + unit).json();
        assertEquals(1, http.get("/api/finance/dues/members/" + members.get(0).get("id").asLong() + "/payments").json().size());
        browser.screenshot("06-dues");

        // an asset registered from the form, then handed over from its row
        driver.findElement(By.id("tab-assets")).click();
        driver.findElement(By.id("a-code")).sendKeys("TS-2026-101");
        driver.findElement(By.id("a-name")).sendKeys(ASSET);
        driver.findElement(By.id("a-category")).sendKeys("MAY_VAN_PHONG");
        driver.findElement(By.id("a-custodian")).sendKeys("Trần Văn Quản");
        setValue("a-acquired", today);
        driver.findElement(By.id("a-cost")).sendKeys("một trăm triệu");
        driver.findElement(By.id("a-life")).sendKeys("5");
        driver.findElement(By.id("a-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#asset-form .field-error[data-field='costVnd']"), "whole number"));
        driver.findElement(By.id("a-cost")).clear();
        driver.findElement(By.id("a-cost")).sendKeys("120.000.000");
        driver.findElement(By.id("a-submit")).click();
        By asset = By.cssSelector("#asset-rows tr[data-code='TS-2026-101']");
        WebElement registered = wait.until(ExpectedConditions.visibilityOfElementLocated(asset));
        assertTrue(registered.getText(), registered.getText().contains(ASSET));
        assertEquals(120_000_000L, http.get("/api/finance/assets?unitId=" + unit).json().get(0).get("costVnd").asLong());
        browser.screenshot("07-asset");
        registered.findElement(By.cssSelector("button.handover")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#asset-rows input.ho-custodian"))).sendKeys("Lê Thị Mai");
        driver.findElement(By.cssSelector("#asset-rows button.ho-confirm")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#asset-rows tr[data-code='TS-2026-101'] td.custodian"), "Lê Thị Mai"));
        browser.screenshot("08-handover");

        // the page in English: static labels and the rows drawn again
        driver.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.textToBe(By.id("tab-journal"), "Journal"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(asset, "In use"));
        assertEquals("Register", driver.findElement(By.id("a-submit")).getText());
        browser.screenshot("09-english");
        driver.findElement(By.id("lang-vi")).click();
        wait.until(ExpectedConditions.textToBe(By.id("tab-journal"), "Sổ nhật ký"));
    }

    /**
     * A Congress budget line from draft to payment on the page: added, approved from its row,
     * allocated, a payment requested, approved and paid (posted to the journal), another rejected.
     */
    private void budgetLineWorkedFromThePage(WebDriverWait wait) {
        String congress = "Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI";
        driver.findElement(By.id("l-category")).sendKeys("DAI_HOI");
        driver.findElement(By.id("l-title")).sendKeys(congress);
        driver.findElement(By.id("l-estimate")).sendKeys("150.000.000");
        driver.findElement(By.id("l-submit")).click();
        By row = By.xpath("//tbody[@id='execution-rows']/tr[contains(., '" + congress + "')]");
        wait.until(ExpectedConditions.attributeToBe(row, "data-status", "DRAFT"));
        driver.findElement(row).findElement(By.cssSelector("button.line-approve")).click();
        wait.until(ExpectedConditions.attributeToBe(row, "data-status", "APPROVED"));
        driver.findElement(row).findElement(By.cssSelector("button.line-open")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lv-title"), congress));

        driver.findElement(By.id("al-amount")).sendKeys("một trăm");
        driver.findElement(By.id("al-submit")).click();
        wait.until(ExpectedConditions.textMatches(By.cssSelector("#allocate-form .field-error[data-field='amount']"),
                java.util.regex.Pattern.compile(".+")));
        driver.findElement(By.id("al-amount")).clear();
        driver.findElement(By.id("al-amount")).sendKeys("150.000.000");
        driver.findElement(By.id("al-note")).sendKeys("Quyết định phân bổ kinh phí Đại hội");
        driver.findElement(By.id("al-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lv-summary"), "đã phân bổ 150.000.000"));

        for (String[] spend : new String[][] {{"In tài liệu Đại hội", "8.500.000"}, {"Quà lưu niệm", "2.000.000"}}) {
            driver.findElement(By.id("x-title")).sendKeys(spend[0]);
            driver.findElement(By.id("x-amount")).sendKeys(spend[1]);
            driver.findElement(By.id("x-submit")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("spend-rows"), spend[0]));
        }
        By printing = By.xpath("//tbody[@id='spend-rows']/tr[contains(., 'In tài liệu Đại hội')]");
        By gifts = By.xpath("//tbody[@id='spend-rows']/tr[contains(., 'Quà lưu niệm')]");
        driver.findElement(By.id("x-note")).sendKeys("Không thuộc nội dung chi của Đại hội");
        wait.until(ExpectedConditions.elementToBeClickable(driver.findElement(gifts).findElement(By.cssSelector("button.spend-reject"))))
                .click();
        wait.until(ExpectedConditions.attributeToBe(gifts, "data-status", "REJECTED"));
        assertTrue(driver.findElement(gifts).getText().contains("Không thuộc nội dung chi của Đại hội"));
        driver.findElement(printing).findElement(By.cssSelector("button.spend-approve")).click();
        wait.until(ExpectedConditions.attributeToBe(printing, "data-status", "APPROVED"));
        driver.findElement(printing).findElement(By.cssSelector("button.spend-pay")).click();
        wait.until(ExpectedConditions.attributeToBe(printing, "data-status", "PAID"));
        assertTrue(driver.findElement(printing).getText(), driver.findElement(printing).getText().contains("bút toán số"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(row, "8.500.000"));
        browser.screenshot("05b-budget-line");
    }

    /** Sets the n-th line of the entry form (amounts typed, as a clerk would). */
    private static void line(int n, String account, String debit, String credit) {
        WebElement row = driver.findElements(By.cssSelector("#entry-lines tr.e-line")).get(n);
        new Select(row.findElement(By.cssSelector(".e-account"))).selectByValue(account);
        WebElement d = row.findElement(By.cssSelector(".e-debit"));
        WebElement c = row.findElement(By.cssSelector(".e-credit"));
        d.clear();
        c.clear();
        if (debit != null) {
            d.sendKeys(debit);
        }
        if (credit != null) {
            c.sendKeys(credit);
        }
    }

    /** A province and an approved budget line with 12,000,000 of its 30,000,000 paid, over REST. */
    private static long setUp(Http http) {
        long unit = RestSetUp.province(http, "000.00.00.H93", UNIT);
        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        long line = created(http.post("/api/finance/budget/lines", "{\"unitId\":" + unit + ",\"year\":" + year
                + ",\"category\":\"HOI_NGHI\",\"title\":\"" + LINE + "\",\"estimate\":30000000,\"account\":\"612\"}")).get("id").asLong();
        assertEquals(200, http.post("/api/finance/budget/lines/" + line + "/approve", "").status());
        assertEquals(200, http.post("/api/finance/budget/lines/" + line + "/allocate", "{\"amount\":30000000}").status());
        long exp = created(http.post("/api/finance/budget/lines/" + line + "/expenditures",
                "{\"title\":\"Thuê hội trường\",\"amount\":12000000}")).get("id").asLong();
        assertEquals(200, http.post("/api/finance/budget/expenditures/" + exp + "/approve", "{\"note\":\"Đồng ý\"}").status());
        Http.Response paid = http.post("/api/finance/budget/expenditures/" + exp + "/pay", "{}");
        assertEquals(paid.body(), 200, paid.status());
        return unit;
    }

    private static JsonNode created(Http.Response r) {
        assertEquals(r.body(), 201, r.status());
        return r.json();
    }

    /** Date inputs take keys in the browser's locale format; the value property is ISO everywhere. */
    private static void setValue(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id(id)), value);
    }

    private static void fireChange(String id) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].dispatchEvent(new Event('change'));", driver.findElement(By.id(id)));
    }
}
