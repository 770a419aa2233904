package org.partyoffice.itests;

import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for the page tests: Debian's {@code chromium} and {@code chromium-driver}
 * (installed by {@code .ci/run}), a profile of its own that is deleted with it, Vietnamese as the
 * browser's language, and nothing fetched from the network on its own account. It also takes the
 * steps every page test shares: screenshots under {@code target/screenshots/<prefix>-<name>.png},
 * signing in on the shell's form, and opening a module from the shell's menu.
 */
final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    /** The shell loads the menu after sign-in from the module registry, which may still be filling. */
    private static final Duration MENU_WAIT = Duration.ofSeconds(90);
    private static final Duration FORM_WAIT = Duration.ofSeconds(30);

    private final WebDriver driver;
    private final Path profile;
    private final String baseUrl;
    private final String screenshotPrefix;

    private Browser(WebDriver driver, Path profile, String baseUrl, String screenshotPrefix) {
        this.driver = driver;
        this.profile = profile;
        this.baseUrl = baseUrl;
        this.screenshotPrefix = screenshotPrefix;
    }

    /** Fails the test, saying what to install, when Chromium or its driver is missing. */
    static void requireChromium() {
        for (String tool : new String[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(Path.of(tool))) {
                fail(tool + " is missing: the browser tests need Chromium and its driver. .ci/run installs them "
                        + "(apt-get install chromium chromium-driver).");
            }
        }
    }

    /**
     * A browser on the distribution at {@code baseUrl} with a window 1366 pixels wide and {@code
     * height} high, whose screenshots are named {@code <screenshotPrefix>-<name>.png}; the earlier
     * runs' screenshots with that prefix are deleted, so none is mistaken for a current one.
     */
    static Browser start(String baseUrl, int height, String screenshotPrefix) throws IOException {
        requireChromium();
        deleteScreenshots(screenshotPrefix);
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        Path profile = Files.createTempDirectory("partyoffice-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1366," + height, "--lang=vi-VN",
                "--user-data-dir=" + profile.toAbsolutePath());
        WebDriver driver = new ChromeDriver(options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return new Browser(driver, profile, baseUrl, screenshotPrefix);
    }

    WebDriver driver() {
        return driver;
    }

    /** Loads {@code path} of the distribution, e.g. {@code /office/}. */
    void open(String path) {
        driver.get(baseUrl + path);
    }

    /**
     * Fills in and submits the shell's sign-in form, which must be on the page or about to be
     * (after {@code open("/office/")}, or after signing out); the fields are cleared first, so a
     * second try after a refused password types afresh.
     */
    void signIn(String login, String password) {
        try {
            new WebDriverWait(driver, FORM_WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        } catch (RuntimeException e) {
            screenshot("failed-login-form");
            throw new AssertionError("the sign-in form did not show at " + driver.getCurrentUrl(), e);
        }
        WebElement l = driver.findElement(By.id("login-login"));
        l.clear();
        l.sendKeys(login);
        WebElement p = driver.findElement(By.id("login-password"));
        p.clear();
        p.sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
    }

    /**
     * Once signed in: waits for {@code module}'s entry in the shell's menu, follows it and waits for
     * the module's page at {@code /office/<module>/}; answers the entry's label.
     */
    String openFromMenu(String module) {
        WebElement entry = new WebDriverWait(driver, MENU_WAIT).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#module-menu a[data-module='" + module + "']")));
        String label = entry.getText();
        entry.click();
        new WebDriverWait(driver, FORM_WAIT).until(ExpectedConditions.urlToBe(baseUrl + "/office/" + module + "/"));
        return label;
    }

    /** The page as it is now, as {@code target/screenshots/<prefix>-<name>.png}; never fails the test. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(screenshotPrefix + "-" + name + ".png"),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            // a missing screenshot must not hide the real failure
        }
    }

    private static void deleteScreenshots(String prefix) throws IOException {
        if (!Files.isDirectory(SCREENSHOTS)) {
            return;
        }
        try (Stream<Path> old = Files.list(SCREENSHOTS)) {
            for (Path p : old.filter(p -> p.getFileName().toString().startsWith(prefix + "-")).toList()) {
                Files.delete(p);
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            DistributionProcess.deleteTree(profile);
        }
    }
}
