package org.partyoffice.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The signatures module's page at {@code /office/signatures/} in headless Chromium, against the
 * distribution with {@code partyoffice-signatures} as a boot feature. Screenshots go to
 * {@code target/screenshots/signatures-*.png}.
 */
public class SignaturesPageBrowserIT {


    private static DistributionProcess karaf;
    private static WebDriver driver;
    private static Browser browser;

    @BeforeClass
    public static void startDistributionWithSignaturesAndBrowser() throws Exception {
        Browser.requireChromium();
        karaf = DistributionProcess.prepare("sig-browser-karaf");
        addBootFeature(karaf.home().resolve("etc").resolve("org.apache.karaf.features.cfg"),
                "partyoffice-signatures/" + System.getProperty("project.version").replace("-SNAPSHOT", ".SNAPSHOT"));
        karaf.launch();
        awaitStatus(karaf.baseUrl() + "/office/signatures/", 200, Duration.ofSeconds(120));
        browser = Browser.start(900);
        driver = browser.driver();
    }

    /** Appends {@code , feature} to the featuresBoot list (whose last line has no trailing backslash). */
    static void addBootFeature(Path cfg, String feature) throws IOException {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(cfg, StandardCharsets.UTF_8));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().startsWith("featuresBoot")) {
                int end = i;
                while (end < lines.size() - 1 && lines.get(end).stripTrailing().endsWith("\\")) {
                    end++;
                }
                lines.set(end, lines.get(end).stripTrailing() + ", " + feature);
                Files.write(cfg, lines, StandardCharsets.UTF_8);
                return;
            }
        }
        throw new IllegalStateException("no featuresBoot in " + cfg);
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
    public void issueRevokeAndDevicesFromThePage() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> redirect = http.send(HttpRequest.newBuilder(URI.create(karaf.baseUrl() + "/office/signatures")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, redirect.statusCode());
        for (String file : List.of("", "signatures.js", "signatures.css")) {
            HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(karaf.baseUrl() + "/office/signatures/" + file)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(file, 200, res.statusCode());
            assertTrue(file + " charset", res.headers().firstValue("Content-Type").orElse("").toLowerCase().contains("charset=utf-8"));
        }

        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        // signed out, the page points to the shell's sign-in
        driver.get(karaf.baseUrl() + "/office/signatures/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-link")));

        driver.get(karaf.baseUrl() + "/office/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        driver.findElement(By.id("login-login")).sendKeys("admin");
        driver.findElement(By.id("login-password")).sendKeys(karaf.adminPassword());
        driver.findElement(By.id("login-submit")).click();
        WebElement menu = new WebDriverWait(driver, Duration.ofSeconds(90)).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#module-menu a[data-module='signatures']")));
        assertEquals("Chữ ký số", menu.getText());
        menu.click();
        wait.until(ExpectedConditions.urlToBe(karaf.baseUrl() + "/office/signatures/"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("issue-form")));
        assertEquals("Chứng thư số", driver.findElement(By.id("tab-certs")).getText());
        ((JavascriptExecutor) driver).executeScript("window.confirm = () => true; window.prompt = () => 'admin';");

        // a soft token for admin: issued, offered once as a file, listed VALID, then revoked
        driver.findElement(By.id("issue-holder")).sendKeys("admin");
        driver.findElement(By.id("issue-password")).sendKeys("mat khau dai 2025");
        driver.findElement(By.id("issue-submit")).click();
        WebElement download = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("p12-download")));
        String name = download.getAttribute("download");
        assertTrue(name, name.startsWith("admin-") && name.endsWith(".p12"));
        String serial = name.substring("admin-".length(), name.length() - ".p12".length());
        By row = By.cssSelector("#cert-rows tr[data-serial='" + serial + "']");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(row, "Còn hiệu lực"));
        screenshot("01-issued");
        driver.findElement(row).findElement(By.cssSelector("button.revoke")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "#cert-rows tr[data-serial='" + serial + "'] [data-status='REVOKED']")));
        assertTrue(driver.findElement(row).getText().contains("Đã thu hồi"));
        screenshot("02-revoked");

        // a device: registered IN_STOCK, then declared lost
        driver.findElement(By.id("tab-devices")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("device-form")));
        String device = "TK-" + System.currentTimeMillis();
        driver.findElement(By.id("device-serial")).sendKeys(device);
        driver.findElement(By.id("device-model")).sendKeys("SafeNet eToken 5110");
        driver.findElement(By.id("device-submit")).click();
        By deviceRow = By.cssSelector("#device-rows tr[data-serial='" + device + "']");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(deviceRow, "Trong kho"));
        driver.findElement(deviceRow).findElement(By.cssSelector("button.device-lost")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "#device-rows tr[data-serial='" + device + "'] [data-state='LOST']")));
        assertTrue(driver.findElement(deviceRow).getText().contains("Bị mất"));
        screenshot("03-device-lost");

        // English switch
        driver.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.textToBe(By.id("tab-devices"), "Devices"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(deviceRow, "Lost"));
        screenshot("04-devices-en");
    }

    private static void screenshot(String name) {
        try {
            Path dir = Paths.get("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve("signatures-" + name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            // a missing screenshot must not hide the real failure
        }
    }

    private static void awaitStatus(String url, int status, Duration timeout) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            try {
                last = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (last == status) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        fail(url + " answered " + last + ", not " + status + "\n" + karaf.logTail(60));
    }
}
