package org.partyoffice.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

/**
 * The documents module's page at {@code /office/documents/} in headless Chromium, against the
 * distribution with {@code partyoffice-documents} as a boot feature (and no signatures module):
 * a resolution drafted, uploaded, submitted, signed on paper and promulgated from the page in the
 * sequence of the Congress being held, then found in the register and by search. Screenshots go to {@code target/screenshots/documents-*.png}.
 */
public class DocumentsPageBrowserIT {

    private static final String CLERK = "tt.vanthu";
    private static final String SIGNER = "tt.lanhdao";
    private static final String PW = "mật khẩu trình duyệt 2026";
    private static final String TITLE = "về đẩy mạnh chuyển đổi số trong các cơ quan Đảng tỉnh";

    private static DistributionProcess karaf;
    private static WebDriver driver;
    private static Browser browser;
    private static Path files;

    @BeforeClass
    public static void startDistributionWithDocumentsAndBrowser() throws Exception {
        Browser.requireChromium();
        karaf = DistributionProcess.prepare("doc-browser-karaf").addBootFeature("partyoffice-documents").launch();
        karaf.awaitStatus("/office/documents/", 200, Duration.ofSeconds(120));
        files = Files.createTempDirectory("partyoffice-uploads");
        browser = Browser.start(karaf.baseUrl(), 1000, "documents");
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
            for (Path p : new Path[] {files}) {
                if (p != null) {
                    DistributionProcess.deleteTree(p);
                }
            }
        }
    }

    @Test
    public void draftToPromulgationFromThePage() throws Exception {
        HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        assertEquals(302, plain.send(HttpRequest.newBuilder(URI.create(karaf.baseUrl() + "/office/documents")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        for (String file : List.of("", "documents.js", "documents.css")) {
            HttpResponse<String> res = plain.send(HttpRequest.newBuilder(URI.create(karaf.baseUrl() + "/office/documents/" + file)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(file, 200, res.statusCode());
            assertTrue(file + " charset", res.headers().firstValue("Content-Type").orElse("").toLowerCase().contains("charset=utf-8"));
        }
        long unitId = prepareUnitAndAccounts();
        // The Congress being held: its documents share one sequence, whatever their type.
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        Http.Response congress = new Http(karaf.httpPort()).basic(CLERK, PW).post("/api/documents/registers/" + unitId
                + "/congresses", "{\"name\":\"Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI\",\"opensOn\":\"" + today
                + "\",\"closesOn\":\"" + today.plusDays(2) + "\"}");
        assertEquals(congress.body(), 201, congress.status());

        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        browser.open("/office/");
        browser.signIn(CLERK, PW);
        assertEquals("Văn bản", browser.openFromMenu("documents"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("draft-form")));
        assertEquals("Sổ văn bản đi", driver.findElement(By.id("tab-outgoing")).getText());
        ((JavascriptExecutor) driver).executeScript("window.confirm = () => true;");

        // an empty summary: the server's problem is shown next to the field it names
        wait.until(d -> new Select(d.findElement(By.id("draft-type"))).getOptions().size() > 5);
        new Select(driver.findElement(By.id("draft-type"))).selectByValue("NQ");
        driver.findElement(By.id("draft-submit")).click();
        WebElement titleError = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#draft-form .field-error[data-field='title']")));
        assertTrue(titleError.getText(), titleError.getText().contains("title"));
        assertEquals("true", driver.findElement(By.id("draft-title")).getAttribute("aria-invalid"));

        // the draft
        driver.findElement(By.id("draft-title")).sendKeys(TITLE);
        new Select(driver.findElement(By.id("draft-classification"))).selectByVisibleText("Mật");
        new Select(driver.findElement(By.id("draft-urgency"))).selectByVisibleText("Khẩn");
        driver.findElement(By.id("draft-submit")).click();
        awaitStatusTag(wait, "DRAFT");
        String id = driver.findElement(By.id("doc-view")).getAttribute("data-id");
        assertTrue(driver.findElement(By.id("doc-heading")).getText().contains(TITLE));
        assertEquals("Mật", driver.findElement(By.cssSelector("#doc-meta [data-meta='classification']")).getText());

        // a text version
        Path draftFile = files.resolve("Dự thảo nghị quyết.txt");
        Files.writeString(draftFile, "Dự thảo Nghị quyết " + TITLE + "\nĐiều 1. Mục tiêu và nhiệm vụ.", StandardCharsets.UTF_8);
        driver.findElement(By.id("version-file")).sendKeys(draftFile.toAbsolutePath().toString());
        driver.findElement(By.id("version-note")).sendKeys("bản đầu");
        driver.findElement(By.id("version-submit")).click();
        WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#version-rows tr[data-version='1'] a.version-download")));
        assertEquals("Dự thảo nghị quyết.txt", link.getText());
        assertTrue(link.getAttribute("href"), link.getAttribute("href").endsWith("/api/documents/" + id + "/versions/1/file"));
        screenshot("01-draft");

        // submitted: no signatures module, so the page says so and offers the paper signature
        driver.findElement(By.id("submit-signer")).sendKeys(SIGNER);
        driver.findElement(By.id("submit-submit")).click();
        awaitStatusTag(wait, "SUBMITTED");
        WebElement note = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-unavailable")));
        assertEquals("Ký số chưa sẵn sàng: chưa cài phân hệ chữ ký số", note.getText());
        assertFalse(driver.findElement(By.id("sign-form")).isDisplayed());
        screenshot("02-submitted");

        Path scan = files.resolve("Bản ký giấy.pdf");
        Files.write(scan, minimalPdf());
        driver.findElement(By.id("paper-file")).sendKeys(scan.toAbsolutePath().toString());
        driver.findElement(By.id("paper-submit")).click();
        awaitStatusTag(wait, "SIGNED");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#version-rows tr[data-version='2']")));
        assertTrue(driver.findElement(By.cssSelector("#version-rows tr[data-version='2']")).getText().contains("Bản quét đã ký"));

        // numbered in the Congress's sequence; a day before the Congress is refused next to the date
        Select from = new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("promulgate-congress"))));
        assertEquals("Sổ văn bản của đơn vị (theo loại, nhiệm kỳ)", from.getFirstSelectedOption().getText());
        from.selectByValue(congress.json().get("id").asText());
        ((JavascriptExecutor) driver).executeScript("document.getElementById('promulgate-date').value = arguments[0];",
                today.minusDays(3).toString());
        driver.findElement(By.id("promulgate-submit")).click();
        WebElement dateError = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#promulgate-form .field-error[data-field='date']")));
        assertTrue(dateError.getText(), dateError.getText().contains("Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI"));
        ((JavascriptExecutor) driver).executeScript("document.getElementById('promulgate-date').value = '';");
        driver.findElement(By.id("promulgate-submit")).click();
        awaitStatusTag(wait, "PROMULGATED");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("doc-heading"), "01-NQ/ĐH"));
        assertTrue(driver.findElement(By.cssSelector("#timeline li[data-action='promulgated']")).getText().contains("01-NQ/ĐH"));
        screenshot("03-promulgated");

        // the register shows the symbol
        driver.findElement(By.id("doc-back")).click();
        By row = By.cssSelector("#doc-rows tr[data-id='" + id + "']");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(row, "01-NQ/ĐH"));
        assertTrue(driver.findElement(row).getText().contains(TITLE));
        assertTrue(driver.findElement(row).getText().contains("Đã ban hành"));
        screenshot("04-register");

        // search: without diacritics when full-text search is installed, else by the summary
        boolean fullText = new Http(karaf.httpPort()).basic(CLERK, PW).get("/api/documents/capabilities").json()
                .get("fullTextSearch").asBoolean();
        driver.findElement(By.id("tab-search")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search-q")))
                .sendKeys(fullText ? "chuyen doi so co quan Dang" : "chuyển đổi số trong các cơ quan");
        driver.findElement(By.id("search-submit")).click();
        WebElement hit = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#search-results li[data-id='" + id + "']")));
        assertTrue(hit.getText(), hit.getText().contains("01-NQ/ĐH"));
        screenshot("05-search");

        // English
        driver.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.textToBe(By.id("tab-outgoing"), "Outgoing register"));
        driver.findElement(By.id("tab-outgoing")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(row, "Promulgated"));
        screenshot("06-register-en");
    }

    /** A unit and accounts of their own, over REST as the administrator. */
    private static long prepareUnitAndAccounts() throws InterruptedException {
        Http http = new Http(karaf.httpPort()).basic("admin", karaf.adminPassword());
        // the page may answer before the first-start administrator exists
        for (int i = 0; i < 240 && http.get("/api/session").status() != 200; i++) {
            Thread.sleep(250);
        }
        Http.Response unit = http.post("/api/units", "{\"code\":\"TT.TU\",\"name\":\"Tỉnh ủy Thử Nghiệm\",\"type\":\"PROVINCE\"}");
        assertEquals(unit.body(), 201, unit.status());
        long unitId = unit.json().get("id").asLong();
        for (String[] a : new String[][] {{CLERK, "Lê Thị Văn Thư", "office-staff"}, {SIGNER, "Nguyễn Văn Lãnh Đạo", "signer"}}) {
            Http.Response r = http.post("/api/accounts", "{\"login\":\"" + a[0] + "\",\"fullName\":" + Http.q(a[1]) + ",\"password\":"
                    + Http.q(PW) + ",\"roles\":[\"" + a[2] + "\"],\"clearance\":\"TOI_MAT\",\"unitId\":" + unitId + "}");
            assertEquals(r.body(), 201, r.status());
        }
        return unitId;
    }

    private static void awaitStatusTag(WebDriverWait wait, String status) {
        wait.until(ExpectedConditions.attributeToBe(By.id("doc-status"), "data-value", status));
    }

    private static byte[] minimalPdf() {
        String content = "BT /F1 14 Tf 72 770 Td (Nghi quyet da ky) Tj ET";
        List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        StringBuilder b = new StringBuilder("%PDF-1.7\n");
        List<Integer> offsets = new java.util.ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(b.length());
            b.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = b.length();
        b.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            b.append(String.format("%010d 00000 n \n", offset));
        }
        b.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return b.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void screenshot(String name) {
        browser.screenshot(name);
    }
}
