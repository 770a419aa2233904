package org.partyoffice.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.After;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestName;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web shell at {@code /office/} in headless Chromium against the real distribution, run as
 * its own process ({@link DistributionProcess}): Pax Exam would run these methods inside Karaf,
 * where no browser can be driven. Screenshots go to {@code target/screenshots/}.
 */
public class WebShellBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private static DistributionProcess karaf;
    private static WebDriver driver;
    private static Browser browser;

    @Rule
    public final TestName testName = new TestName();

    private WebDriverWait wait;

    @BeforeClass
    public static void startDistributionAndBrowser() throws Exception {
        Browser.requireChromium();
        karaf = DistributionProcess.start("browser-karaf");
        karaf.awaitStatus("/office/", 200, Duration.ofSeconds(60));
        browser = Browser.start(karaf.baseUrl(), 900, "web-shell");
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

    @Before
    public void freshPage() {
        wait = new WebDriverWait(driver, WAIT);
        // views re-render after every change, so an element found a moment ago may be gone
        wait.ignoring(StaleElementReferenceException.class);
        driver.get(karaf.baseUrl() + "/office/");
        driver.manage().deleteAllCookies();
        ((JavascriptExecutor) driver).executeScript("window.localStorage.clear();");
        driver.get(karaf.baseUrl() + "/office/");
    }

    @After
    public void lastState() {
        // the page as each test left it, to look at when one fails
        browser.screenshot("last-" + testName.getMethodName());
    }

    @Test
    public void theShellIsServedAsUtf8AndOfficeLeadsToIt() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> redirect = http.send(HttpRequest.newBuilder(URI.create(karaf.baseUrl() + "/office")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, redirect.statusCode());
        assertTrue(redirect.headers().firstValue("Location").orElse("").endsWith("/office/"));
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(karaf.baseUrl() + "/office/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").toLowerCase().contains("charset=utf-8"));
        assertTrue(page.body().contains("<meta charset=\"utf-8\">"));
        assertTrue(page.body().contains("Văn phòng Đảng ủy"));
        for (String file : List.of("app.js", "i18n.js", "app.css", "lib/chart.umd.js")) {
            HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(karaf.baseUrl() + "/office/" + file)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(file, 200, res.statusCode());
            assertTrue(file + " charset", res.headers().firstValue("Content-Type").orElse("").toLowerCase().contains("charset=utf-8"));
        }
        HttpResponse<String> i18n = http.send(HttpRequest.newBuilder(URI.create(karaf.baseUrl() + "/office/i18n.js")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue("UTF-8 decoded labels", i18n.body().contains("Nhật ký kiểm tra"));
        // the shell's own filter must leave the API's authentication in place
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(karaf.baseUrl() + "/api/session"))
                .header("X-Requested-With", "XMLHttpRequest").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode());
        assertTrue("no browser dialog", anonymous.headers().firstValue("WWW-Authenticate").isEmpty());
    }

    @Test
    public void signInSeeDashboardCreateUnitsSwitchLanguageAndSignOut() {
        // the login form, not the browser's own dialog, and a wrong password is told in the form
        visible(By.id("login-form"));
        assertFalse(driver.findElement(By.id("shell")).isDisplayed());
        assertEquals("Đăng nhập", driver.findElement(By.id("login-heading")).getText());
        browser.signIn("admin", "not the password");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login-error"), "Sai tên đăng nhập"));

        browser.signIn("admin", karaf.adminPassword());
        visible(By.id("shell"));
        assertEquals("Quản trị hệ thống", text("user-name"));
        assertEquals("Tuyệt mật", text("user-clearance"));
        assertEquals("Trang chủ", text("menu-home"));
        assertEquals("Đơn vị", text("menu-units"));
        assertEquals("Tài khoản", text("menu-accounts"));
        assertEquals("Công việc nền", text("menu-jobs"));
        assertEquals("Nhật ký kiểm tra", text("menu-audit"));
        assertNotNull(driver.findElement(By.id("module-menu")));

        // the dashboard: the platform's figures as a Chart.js bar chart and a table
        visible(By.cssSelector("#dashboard section[data-module='platform']"));
        assertTrue(driver.findElements(By.cssSelector("#dashboard tr[data-key='platform.accounts']")).size() == 1);
        Object charts = ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('#dashboard canvas'))"
                        + ".filter(c => window.Chart && Chart.getChart(c)).length;");
        assertTrue("bar charts drawn, got " + charts, ((Number) charts).intValue() >= 1);
        browser.screenshot("01-home-vi");

        // units: a province and two communes under it, created with the page's form
        driver.findElement(By.id("menu-units")).click();
        visible(By.id("unit-create-form"));
        wait.until(d -> d.findElement(By.id("unit-tree-box")).getAttribute("aria-busy") == null);
        createUnit("BX.TU", "Tỉnh ủy Lào Cai", "PROVINCE", null, "2025-07-01");
        waitForUnit("Tỉnh ủy Lào Cai");
        createUnit("BX.XA.01", "Đảng ủy xã Bát Xát", "COMMUNE", "Tỉnh ủy Lào Cai (BX.TU)", "2025-07-01");
        WebElement commune = waitForUnit("Đảng ủy xã Bát Xát");
        assertEquals("the commune sits under the province", 1,
                commune.findElements(By.xpath("ancestor::li[.//span[@class='unit-name' and text()='Tỉnh ủy Lào Cai']]")).size());
        createUnit("BX.XA.02", "Đảng ủy xã Bản Vược", "COMMUNE", "Tỉnh ủy Lào Cai (BX.TU)", "2025-07-01");
        waitForUnit("Đảng ủy xã Bản Vược");
        // a duplicate code is refused and the message stands next to the code field
        createUnit("BX.XA.01", "Đảng ủy xã Trùng Mã", "COMMUNE", null, null);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("unit-code-error"), "BX.XA.01"));
        assertEquals("true", driver.findElement(By.id("unit-code")).getAttribute("aria-invalid"));

        // rename in place
        unitRow("Đảng ủy xã Bản Vược").findElement(By.cssSelector("button.button-link")).click();
        WebElement rename = visible(By.cssSelector("#unit-tree form.rename-form input"));
        rename.clear();
        rename.sendKeys("Đảng ủy xã Bản Qua");
        driver.findElement(By.cssSelector("#unit-tree form.rename-form button[type='submit']")).click();
        waitForUnit("Đảng ủy xã Bản Qua");

        // merge the two communes into a new one as of today; yesterday's tree still shows them
        unitRow("Đảng ủy xã Bát Xát").findElement(By.cssSelector("input[type='checkbox']")).click();
        unitRow("Đảng ủy xã Bản Qua").findElement(By.cssSelector("input[type='checkbox']")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#merge-selected li.chip"), 2));
        type("merge-code", "BX.XA.10");
        type("merge-name", "Đảng ủy xã Trịnh Tường");
        new Select(driver.findElement(By.id("merge-type"))).selectByValue("COMMUNE");
        driver.findElement(By.id("unit-merge")).click();
        WebElement merged = waitForUnit("Đảng ủy xã Trịnh Tường");
        assertEquals(1, merged.findElements(By.xpath("ancestor::li[.//span[@class='unit-name' and text()='Tỉnh ủy Lào Cai']]")).size());
        wait.until(d -> unitNames().stream().noneMatch(n -> n.equals("Đảng ủy xã Bát Xát")));
        setDate("units-date", java.time.LocalDate.now().minusDays(1).toString());
        driver.findElement(By.cssSelector("#units-date-form button[type='submit']")).click();
        waitForUnit("Đảng ủy xã Bát Xát");
        assertFalse(unitNames().contains("Đảng ủy xã Trịnh Tường"));
        setDate("units-date", java.time.LocalDate.now().toString());
        driver.findElement(By.cssSelector("#units-date-form button[type='submit']")).click();
        waitForUnit("Đảng ủy xã Trịnh Tường");
        browser.screenshot("02-units-vi");

        // English: every label changes, the page stays
        driver.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.textToBe(By.id("menu-units"), "Units"));
        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Units", text("page-title"));
        assertEquals("Accounts", text("menu-accounts"));
        assertEquals("Jobs", text("menu-jobs"));
        assertEquals("Audit trail", text("menu-audit"));
        assertEquals("Top secret", text("user-clearance"));
        assertEquals("Sign out", text("sign-out"));
        waitForUnit("Đảng ủy xã Trịnh Tường");
        assertEquals("Commune", unitRow("Đảng ủy xã Trịnh Tường").findElement(By.className("tag")).getText());
        browser.screenshot("03-units-en");
        driver.findElement(By.id("menu-home")).click();
        wait.until(ExpectedConditions.textToBe(By.id("page-title"), "Home"));

        // sign out: back to the login form, and the session is really gone
        driver.findElement(By.id("sign-out")).click();
        visible(By.id("login-form"));
        assertEquals("Sign in", text("login-heading"));
        driver.navigate().refresh();
        visible(By.id("login-form"));
        assertFalse(driver.findElement(By.id("shell")).isDisplayed());
        browser.screenshot("04-signed-out-en");
    }

    @Test
    public void accountsAuditAndJobsPagesWorkAndNonAdminsSeeNoAdminMenu() {
        browser.signIn("admin", karaf.adminPassword());
        visible(By.id("shell"));

        driver.findElement(By.id("menu-accounts")).click();
        visible(By.id("account-create-form"));
        type("account-login", "van.thu.test");
        type("account-fullname", "Lê Thị Văn Thư");
        type("account-password", "Mật-khẩu-đủ-dài-2026");
        driver.findElement(By.cssSelector("#account-create-form input[name='roles'][value='office-staff']")).click();
        new Select(driver.findElement(By.id("account-clearance"))).selectByValue("MAT");
        driver.findElement(By.id("account-create")).click();
        WebElement row = visible(By.cssSelector("#accounts-table tr[data-login='van.thu.test']"));
        assertTrue(row.getText().contains("Lê Thị Văn Thư"));
        assertTrue(row.getText().contains("Mật"));
        assertTrue(row.getText().contains("Chuyên viên văn phòng"));

        // edit: raise the clearance and disable, then enable again
        editAccount("van.thu.test");
        assertEquals("true", driver.findElement(By.id("account-edit-login")).getAttribute("readonly"));
        new Select(driver.findElement(By.id("account-edit-clearance"))).selectByValue("TOI_MAT");
        driver.findElement(By.id("account-edit-enabled")).click();
        driver.findElement(By.id("account-save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#accounts-table tr[data-login='van.thu.test']"), "Đã khóa"));
        assertTrue(driver.findElement(By.cssSelector("#accounts-table tr[data-login='van.thu.test']")).getText().contains("Tối mật"));
        editAccount("van.thu.test");
        driver.findElement(By.id("account-edit-enabled")).click();
        driver.findElement(By.id("account-save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#accounts-table tr[data-login='van.thu.test']"), "Hoạt động"));
        browser.screenshot("05-accounts-vi");

        driver.findElement(By.id("menu-audit")).click();
        visible(By.cssSelector("#audit-table tbody tr"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-table"), "van.thu.test"));
        driver.findElement(By.id("audit-verify")).click();
        WebElement verdict = wait.until(d -> {
            WebElement e = d.findElement(By.id("audit-verify-result"));
            return e.getAttribute("data-valid") != null ? e : null;
        });
        assertEquals("true", verdict.getAttribute("data-valid"));
        assertTrue(verdict.getText().startsWith("Chuỗi nhật ký toàn vẹn"));
        browser.screenshot("06-audit-vi");

        driver.findElement(By.id("menu-jobs")).click();
        visible(By.id("jobs-box"));
        wait.until(d -> d.findElement(By.id("jobs-box")).getAttribute("aria-busy") == null);

        // an office clerk sees the shell but not the admin part of the menu
        driver.findElement(By.id("sign-out")).click();
        visible(By.id("login-form"));
        browser.signIn("van.thu.test", "Mật-khẩu-đủ-dài-2026");
        visible(By.id("shell"));
        assertEquals("Lê Thị Văn Thư", text("user-name"));
        assertEquals("Tối mật", text("user-clearance"));
        assertFalse(driver.findElement(By.id("admin-menu-box")).isDisplayed());
        visible(By.id("dashboard"));
        browser.screenshot("07-home-office-staff");
    }

    @Test
    public void theModuleMenuFollowsTheRegistryWithoutReloadAndShowsNamesAsText() {
        // The runtime feature install is covered elsewhere; here the page's answer from
        // /api/modules is replaced in the browser, to prove the polling and the escaping.
        browser.signIn("admin", karaf.adminPassword());
        visible(By.id("shell"));
        visible(By.cssSelector("#module-menu li"));
        ((JavascriptExecutor) driver).executeScript(
                "window.__modules = [{id: 'guesthouse', nameVi: 'Nhà khách <img src=x onerror=\"window.__xss=1\">',"
                        + " nameEn: 'Guest house', webPath: '/office/guesthouse/', order: 90, version: '1.0.0', bundle: 'x'},"
                        + " {id: 'evil', nameVi: 'Liên kết lạ', nameEn: 'Odd link', webPath: 'javascript:alert(1)', order: 91,"
                        + " version: '1.0.0', bundle: 'y'}];"
                        + "const realFetch = window.fetch;"
                        + "window.fetch = function (url) {"
                        + "  if (String(url) === '/api/modules') {"
                        + "    return Promise.resolve(new Response(JSON.stringify(window.__modules),"
                        + "      {status: 200, headers: {'Content-Type': 'application/json'}}));"
                        + "  }"
                        + "  return realFetch.apply(this, arguments);"
                        + "};");
        WebElement link = new WebDriverWait(driver, Duration.ofSeconds(12))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#module-menu a[data-module='guesthouse']")));
        assertTrue(link.getText().startsWith("Nhà khách <img"));
        assertTrue(link.getAttribute("href").endsWith("/office/guesthouse/"));
        assertEquals(0, driver.findElements(By.cssSelector("#module-menu img")).size());
        assertEquals(null, ((JavascriptExecutor) driver).executeScript("return window.__xss === undefined ? null : window.__xss;"));
        assertEquals("a javascript: path is not made a link", 0,
                driver.findElements(By.cssSelector("#module-menu a[data-module='evil']")).size());
        visible(By.cssSelector("#module-menu [data-module='evil']"));

        // narrow screens: the menu moves above the page
        driver.manage().window().setSize(new Dimension(420, 860));
        try {
            browser.screenshot("08-narrow-with-module");
        } finally {
            driver.manage().window().setSize(new Dimension(1366, 900));
        }

        ((JavascriptExecutor) driver).executeScript("window.__modules = [];");
        new WebDriverWait(driver, Duration.ofSeconds(12))
                .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#module-menu [data-module]"), 0));
        assertTrue(text("module-menu").contains("Chưa cài phân hệ nào"));
    }

    @Test
    public void theJobsPageShowsProgressRefreshesWhileJobsRunAndCancels() {
        // No platform job runs long enough to watch here, so the page is given /api/jobs answers.
        browser.signIn("admin", karaf.adminPassword());
        visible(By.id("shell"));
        ((JavascriptExecutor) driver).executeScript(
                "window.__jobs = ["
                        + " {id: 'j1', module: 'platform', title: 'Nhập danh sách đảng viên', owner: 'admin', state: 'RUNNING',"
                        + "  done: 3, total: 10, message: 'Đang xử lý dòng 3', started: '2026-01-05T01:00:00Z', ended: null,"
                        + "  report: ['Dòng 2: thiếu ngày sinh']},"
                        + " {id: 'j2', module: 'platform', title: 'Kiểm tra toàn vẹn tệp', owner: 'admin', state: 'RUNNING',"
                        + "  done: 0, total: 0, message: '', started: '2026-01-05T01:00:00Z', ended: null, report: []}];"
                        + "const realFetch = window.fetch;"
                        + "const answer = body => Promise.resolve(new Response(JSON.stringify(body),"
                        + "  {status: 200, headers: {'Content-Type': 'application/json'}}));"
                        + "window.fetch = function (url, options) {"
                        + "  const u = String(url);"
                        + "  if (u === '/api/jobs') { return answer(window.__jobs); }"
                        + "  const m = /^\\/api\\/jobs\\/(\\w+)\\/cancel$/.exec(u);"
                        + "  if (m && options && options.method === 'POST') {"
                        + "    const job = window.__jobs.find(j => j.id === m[1]);"
                        + "    job.state = 'CANCELLED'; job.ended = new Date().toISOString();"
                        + "    return answer({id: m[1], cancelled: true});"
                        + "  }"
                        + "  return realFetch.apply(this, arguments);"
                        + "};");
        driver.findElement(By.id("menu-jobs")).click();
        WebElement bar = visible(By.cssSelector("#jobs-table tr[data-job-id='j1'] [role='progressbar']"));
        assertEquals("3", bar.getAttribute("aria-valuenow"));
        assertEquals("10", bar.getAttribute("aria-valuemax"));
        assertTrue(driver.findElement(By.cssSelector("#jobs-table tr[data-job-id='j1']")).getText().contains("3 / 10 (30%)"));
        assertTrue(driver.findElement(By.cssSelector("#jobs-table tr[data-job-id='j1']")).getText().contains("Đang chạy"));
        browser.screenshot("09-jobs-vi");

        // a running job is followed without touching the page
        ((JavascriptExecutor) driver).executeScript(
                "const j = window.__jobs[0]; j.done = 10; j.state = 'SUCCEEDED'; j.ended = new Date().toISOString();");
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#jobs-table tr[data-job-id='j1'][data-state='SUCCEEDED']")));
        assertEquals(0, driver.findElements(By.cssSelector("#jobs-table tr[data-job-id='j1'] button")).size());

        // cancel the other one
        visible(By.cssSelector("#jobs-table tr[data-job-id='j2'] button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#jobs-table tr[data-job-id='j2'][data-state='CANCELLED']")));
        assertTrue(driver.findElement(By.cssSelector("#jobs-table tr[data-job-id='j2']")).getText().contains("Đã hủy"));
    }

    // ------------------------------------------------------------------ helpers

    private void editAccount(String login) {
        visible(By.cssSelector("#accounts-table tr[data-login='" + login + "'] button")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("account-edit-login"), "value", login));
    }

    private void createUnit(String code, String name, String type, String parentLabel, String validFrom) {
        type("unit-code", code);
        type("unit-name", name);
        new Select(driver.findElement(By.id("unit-type"))).selectByValue(type);
        if (parentLabel != null) {
            wait.until(d -> new Select(d.findElement(By.id("unit-parent"))).getOptions().stream()
                    .anyMatch(o -> o.getText().equals(parentLabel)));
            new Select(driver.findElement(By.id("unit-parent"))).selectByVisibleText(parentLabel);
        } else {
            new Select(driver.findElement(By.id("unit-parent"))).selectByValue("");
        }
        if (validFrom != null) {
            setDate("unit-valid-from", validFrom);
        }
        driver.findElement(By.id("unit-create")).click();
    }

    private WebElement waitForUnit(String name) {
        return wait.until(d -> d.findElements(By.cssSelector("#unit-tree .unit-name")).stream()
                .filter(e -> e.getText().equals(name)).findFirst().orElse(null));
    }

    private List<String> unitNames() {
        return driver.findElements(By.cssSelector("#unit-tree .unit-name")).stream().map(WebElement::getText)
                .collect(Collectors.toList());
    }

    private WebElement unitRow(String name) {
        return visible(By.xpath("//div[@id='unit-tree']//div[contains(@class,'unit-row')][span[@class='unit-name' and text()='"
                + name + "']]"));
    }

    /** Date inputs take keys in the browser's locale format; setting the value is locale-proof. */
    private void setDate(String id, String isoDate) {
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                driver.findElement(By.id(id)), isoDate);
    }

    private void type(String id, String value) {
        WebElement e = driver.findElement(By.id(id));
        e.clear();
        e.sendKeys(value);
    }

    private String text(String id) {
        return visible(By.id(id)).getText();
    }

    private WebElement visible(By by) {
        try {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
        } catch (RuntimeException e) {
            browser.screenshot("failed-" + by.toString().replaceAll("[^A-Za-z0-9]+", "-"));
            throw new AssertionError("not visible: " + by + "\nconsole: " + browserLog(), e);
        }
    }

    private static String browserLog() {
        try {
            return driver.manage().logs().get("browser").getAll().stream().map(Object::toString)
                    .collect(Collectors.joining("\n"));
        } catch (RuntimeException e) {
            return "(no browser log: " + e.getMessage() + ")";
        }
    }
}
