package org.partyoffice.itests;

import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for the page tests: Debian's {@code chromium} and {@code chromium-driver}
 * (installed by {@code .ci/run}), a profile of its own that is deleted with it, Vietnamese as the
 * browser's language, and nothing fetched from the network on its own account.
 */
final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final WebDriver driver;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
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

    /** A browser with a window 1366 pixels wide and {@code height} high. */
    static Browser start(int height) throws IOException {
        requireChromium();
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
        return new Browser(driver, profile);
    }

    WebDriver driver() {
        return driver;
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
