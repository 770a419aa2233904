package org.partyoffice.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

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
 * The archives module's page at {@code /office/archives/} in headless Chromium, against the
 * distribution with {@code partyoffice-archives} as a boot feature: the fonds' dossier listed with
 * its items and file links, found by search typed without diacritics, a digitisation batch uploaded
 * and watched to its end, the fixity check run from the page, and a legal hold lifted. Screenshots go
 * to {@code target/screenshots/archives-*.png}.
 */
public class ArchivesPageBrowserIT {

    private static final String ARCHIVIST = "tt.luutru";
    private static final String PW = "mật khẩu trình duyệt lưu trữ 2026";
    private static final String TITLE = "Hồ sơ Đại hội Đảng bộ tỉnh lần thứ XVI";

    private static DistributionProcess karaf;
    private static WebDriver driver;
    private static Browser browser;
    private static Path files;

    private long fondsId;
    private long dossierId;
    private long heldId;

    @BeforeClass
    public static void startDistributionWithArchivesAndBrowser() throws Exception {
        Browser.requireChromium();
        karaf = DistributionProcess.prepare("arc-browser-karaf").addBootFeature("partyoffice-archives").launch();
        karaf.awaitStatus("/office/archives/", 200, Duration.ofSeconds(120));
        files = Files.createTempDirectory("partyoffice-uploads");
        browser = Browser.start(karaf.baseUrl(), 1000, "archives");
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
    public void browseSearchDigitiseCheckAndRelease() throws Exception {
        HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        assertEquals(302, plain.send(HttpRequest.newBuilder(URI.create(karaf.baseUrl() + "/office/archives")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        for (String file : List.of("", "archives.js", "archives.css")) {
            HttpResponse<String> res = plain.send(HttpRequest.newBuilder(URI.create(karaf.baseUrl() + "/office/archives/" + file)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(file, 200, res.statusCode());
            assertTrue(file + " charset", res.headers().firstValue("Content-Type").orElse("").toLowerCase().contains("charset=utf-8"));
        }
        prepareHoldings();

        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        browser.open("/office/");
        browser.signIn(ARCHIVIST, PW);
        assertEquals("Lưu trữ", browser.openFromMenu("archives"));
        ((JavascriptExecutor) driver).executeScript("window.confirm = () => true;");

        // the fonds' dossiers, with the one prepared over REST
        By row = By.cssSelector("#dossier-rows tr[data-id='" + dossierId + "']");
        WebElement listed = wait.until(ExpectedConditions.visibilityOfElementLocated(row));
        assertTrue(listed.getText(), listed.getText().contains("HS-DH-16") && listed.getText().contains(TITLE));
        assertTrue(listed.getText(), listed.getText().contains("Vĩnh viễn") && listed.getText().contains("Đang lập"));
        assertEquals("Phông và hồ sơ", driver.findElement(By.id("tab-dossiers")).getText());
        assertTrue(driver.findElement(By.id("fonds-progress")).getText().startsWith("Đã số hóa:"));
        screenshot("01-dossiers");

        // an empty code: the server's problem is shown next to the field it names
        driver.findElement(By.id("dossier-title")).sendKeys("Hồ sơ thiếu mã");
        driver.findElement(By.id("dossier-submit")).click();
        WebElement codeError = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#dossier-form .field-error[data-field='code']")));
        assertTrue(codeError.getText(), codeError.getText().contains("code"));
        assertEquals("true", driver.findElement(By.id("dossier-code")).getAttribute("aria-invalid"));

        // one dossier: its items and their file links
        listed.findElement(By.cssSelector("button.dossier-open")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("dossier-view"), "data-id", String.valueOf(dossierId)));
        assertTrue(driver.findElement(By.id("dossier-heading")).getText().contains(TITLE));
        WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#item-rows a.file-download")));
        assertEquals("Báo cáo chính trị.pdf", link.getText());
        assertTrue(link.getAttribute("href"), link.getAttribute("href").matches(".*/api/archives/items/\\d+/files/[0-9a-f]{64}"));
        assertEquals(200, new Http(karaf.httpPort()).basic(ARCHIVIST, PW)
                .getBytes(URI.create(link.getAttribute("href")).getPath()).status());
        // an item added from the page
        Path note = files.resolve("Danh sách đại biểu.txt");
        Files.writeString(note, "Danh sách 350 đại biểu chính thức", StandardCharsets.UTF_8);
        driver.findElement(By.id("item-title")).sendKeys("Danh sách đại biểu");
        driver.findElement(By.id("item-file")).sendKeys(note.toAbsolutePath().toString());
        driver.findElement(By.id("item-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("item-rows"), "Danh sách đại biểu.txt"));
        screenshot("02-dossier");

        // search without diacritics
        driver.findElement(By.id("tab-search")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search-q"))).sendKeys("ho so dai hoi");
        By hit = By.cssSelector("#search-results li[data-id='" + dossierId + "']");
        WebElement found = null;
        for (int i = 0; i < 20 && found == null; i++) {
            driver.findElement(By.id("search-submit")).click();
            try {
                found = new WebDriverWait(driver, Duration.ofSeconds(2)).until(ExpectedConditions.visibilityOfElementLocated(hit));
            } catch (org.openqa.selenium.TimeoutException notIndexedYet) {
                // the index follows the commit by a moment
            }
        }
        assertTrue("found by 'ho so dai hoi'", found != null);
        assertTrue(found.getText(), found.getText().contains(TITLE));
        assertEquals("Tìm toàn văn: có thể gõ không dấu.", driver.findElement(By.id("search-hint")).getText());
        screenshot("03-search");

        // a digitisation batch: one scan taken, one row naming its missing file
        driver.findElement(By.id("tab-digitisation")).click();
        Path zip = files.resolve("Lô số hóa Đại hội.zip");
        Files.write(zip, batchZip());
        new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("batch-fonds")))).selectByValue(String.valueOf(fondsId));
        driver.findElement(By.id("batch-file")).sendKeys(zip.toAbsolutePath().toString());
        driver.findElement(By.id("batch-start")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("batch-status"), "data-value", "DONE"));
        assertEquals("100", driver.findElement(By.id("batch-progress")).getAttribute("aria-valuenow"));
        assertTrue(driver.findElement(By.id("batch-summary")).getText(), driver.findElement(By.id("batch-summary")).getText()
                .startsWith("Đã nhận 1/2 dòng, 1 lỗi"));
        WebElement problem = driver.findElement(By.cssSelector("#batch-problems tr[data-row='2']"));
        assertTrue(problem.getText(), problem.getText().contains("quet-thieu.pdf"));
        assertTrue(driver.findElement(By.id("batch-source")).getText().contains("Lô số hóa Đại hội.zip"));
        screenshot("04-digitisation");

        // the fixity check, run from the page
        driver.findElement(By.id("tab-fixity")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("fixity-result"), "data-state", "never"));
        assertEquals("Chưa kiểm tra lần nào.", driver.findElement(By.id("fixity-result")).getText());
        driver.findElement(By.id("fixity-run")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("fixity-result"), "data-state", "passed"));
        assertEquals("Mọi tệp đều nguyên vẹn.", driver.findElement(By.id("fixity-result")).getText());
        int checked = Integer.parseInt(driver.findElement(By.cssSelector("#fixity-meta [data-meta='checked']")).getText());
        assertTrue("checked " + checked, checked >= 3);
        screenshot("05-fixity");

        // the disposition tab: a held dossier, released from the page
        driver.findElement(By.id("tab-disposition")).click();
        By held = By.cssSelector("#held-rows tr[data-id='" + heldId + "']");
        WebElement heldRow = wait.until(ExpectedConditions.visibilityOfElementLocated(held));
        assertTrue(heldRow.getText(), heldRow.getText().contains("Đang thanh tra"));
        heldRow.findElement(By.cssSelector(".release-form button")).click();
        WebElement reasonError = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#held-rows tr[data-id='" + heldId + "'] .field-error[data-field='reason']")));
        assertTrue(reasonError.getText(), reasonError.getText().contains("reason"));
        driver.findElement(By.cssSelector("#held-rows tr[data-id='" + heldId + "'] input[data-input='reason']")).sendKeys("Kết thúc thanh tra");
        driver.findElement(By.cssSelector("#held-rows tr[data-id='" + heldId + "'] .release-form button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Đã gỡ phong tỏa hồ sơ HS-2019-03."));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(held));
        screenshot("06-disposition");

        // English
        driver.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.textToBe(By.id("tab-dossiers"), "Fonds and dossiers"));
        driver.findElement(By.id("tab-dossiers")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(row, "Open"));
        screenshot("07-dossiers-en");
    }

    /** A unit, an archivist, the fonds, a dossier with a PDF, and a closed dossier on hold, over REST. */
    private void prepareHoldings() throws InterruptedException {
        Http http = new Http(karaf.httpPort()).basic("admin", karaf.adminPassword());
        // the page may answer before the first-start administrator exists
        for (int i = 0; i < 240 && http.get("/api/session").status() != 200; i++) {
            Thread.sleep(250);
        }
        Http.Response unit = http.post("/api/units", "{\"code\":\"TT.TU\",\"name\":\"Tỉnh ủy Thử Nghiệm\",\"type\":\"PROVINCE\"}");
        assertEquals(unit.body(), 201, unit.status());
        long unitId = unit.json().get("id").asLong();
        Http.Response r = http.post("/api/accounts", "{\"login\":\"" + ARCHIVIST + "\",\"fullName\":\"Trần Thị Lưu Trữ\",\"password\":"
                + Http.q(PW) + ",\"roles\":[\"archivist\"],\"clearance\":\"TOI_MAT\",\"unitId\":" + unitId + "}");
        assertEquals(r.body(), 201, r.status());
        http.basic(ARCHIVIST, PW);
        fondsId = http.post("/api/archives/fonds", "{\"unitId\":" + unitId + "}").json().get("id").asLong();
        Http.Response d = http.post("/api/archives/dossiers", "{\"fondsId\":" + fondsId + ",\"code\":\"HS-DH-16\",\"title\":"
                + Http.q(TITLE) + ",\"retention\":\"VV\"}");
        assertEquals(d.body(), 201, d.status());
        dossierId = d.json().get("id").asLong();
        Http.Response item = http.post("/api/archives/dossiers/" + dossierId + "/items", "{\"title\":\"Báo cáo chính trị\",\"files\":[{"
                + "\"name\":\"Báo cáo chính trị.pdf\",\"mediaType\":\"application/pdf\",\"content\":\""
                + Base64.getEncoder().encodeToString(TestPdfs.minimal("Bao cao chinh tri Dai hoi XVI")) + "\"}]}");
        assertEquals(item.body(), 201, item.status());
        Http.Response old = http.post("/api/archives/dossiers", "{\"fondsId\":" + fondsId + ",\"code\":\"HS-2019-03\","
                + "\"title\":\"Hồ sơ công văn năm 2019\",\"retention\":\"5N\"}");
        assertEquals(old.body(), 201, old.status());
        heldId = old.json().get("id").asLong();
        assertEquals(200, http.post("/api/archives/dossiers/" + heldId + "/close", "").status());
        assertEquals(200, http.post("/api/archives/dossiers/" + heldId + "/hold", "{\"reason\":\"Đang thanh tra\"}").status());
    }

    private static byte[] batchZip() throws IOException {
        String manifest = "file,dossier,title,date,classification\n"
                + "quet-01.pdf,HS-DH-16,Diễn văn khai mạc Đại hội,2025-10-10,\n"
                + "quet-thieu.pdf,HS-DH-16,Nghị quyết Đại hội,2025-10-12,\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("manifest.csv"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("quet-01.pdf"));
            zip.write(TestPdfs.minimal("Dien van khai mac"));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static void screenshot(String name) {
        browser.screenshot(name);
    }
}
