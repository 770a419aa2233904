package org.partyoffice.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
        karaf = DistributionProcess.prepare("sig-browser-karaf").addBootFeature("partyoffice-signatures").launch();
        karaf.awaitStatus("/office/signatures/", 200, Duration.ofSeconds(120));
        browser = Browser.start(karaf.baseUrl(), 900, "signatures");
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

        browser.open("/office/");
        browser.signIn("admin", karaf.adminPassword());
        assertEquals("Chữ ký số", browser.openFromMenu("signatures"));
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
        browser.screenshot("01-issued");
        driver.findElement(row).findElement(By.cssSelector("button.revoke")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "#cert-rows tr[data-serial='" + serial + "'] [data-status='REVOKED']")));
        assertTrue(driver.findElement(row).getText().contains("Đã thu hồi"));
        browser.screenshot("02-revoked");

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
        browser.screenshot("03-device-lost");

        // English switch
        driver.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.textToBe(By.id("tab-devices"), "Devices"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(deviceRow, "Lost"));
        browser.screenshot("04-devices-en");
    }
}
