package io.statusdashboard.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every public and operator page in a real browser (the system's headless Chromium), at a
 * desktop's 1280 px and a phone's 390 px, and in dark mode: nothing scrolls sideways, the console
 * stays free of errors and failed requests, and axe-core finds no accessibility violation of any
 * impact. Also the shared layout's behaviour a visitor relies on: the menu that collapses without
 * script, the skip link, the subscribe menu, the installation's branding and the static files'
 * compression and caching.
 */
@ExtendWith(ArquillianExtension.class)
class VisitorPagesBrowserIT {

    private static final TestDatabase DATABASE = new TestDatabase();
    private static final String PASSWORD = "browser-check-password";
    private static final List<Integer> WIDTHS = List.of(1280, 390);
    private static final String CHROMIUM = System.getProperty("it.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("it.chromedriver", "/usr/bin/chromedriver");

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static ChromeDriver browser;
    private static long incidentId;
    private static long maintenanceId;
    private static long requestId;

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() throws SQLException {
        DATABASE.reset();
        return Deployments.dashboard(Map.of(
                "SDB_CATALOG_FILE", Deployments.testCatalog("catalog.yaml"),
                "SDB_ADMIN_PASSWORD", PASSWORD,
                "SDB_TITLE", "Example <Cloud> Status",
                "SDB_ACCENT_COLOR", "#C2185B",
                "SDB_IMPRINT_URL", "https://example.com/imprint?a=1&b=2",
                "SDB_PRIVACY_URL", "https://example.com/privacy",
                "SDB_SUPPORT_URL", "javascript:alert(1)"));
    }

    @BeforeEach
    void startBrowserAndEvents() throws SQLException {
        if (browser == null) {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--hide-scrollbars", "--window-size=1280,900");
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new java.io.File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .build();
            browser = new ChromeDriver(service, options);
        }
        if (incidentId == 0) {
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withSecond(0).withNano(0);
            int server = DATABASE.componentId("Elastic Cloud Server", "EU-DE");
            incidentId = DATABASE.insertEvent("Slow volume attachment", 2, "incident", false, now.minusHours(2), null,
                    server, DATABASE.componentId("Auto Scaling", "EU-DE"));
            DATABASE.insertUpdate(incidentId, now.minusHours(1), "We are looking into it.", "analyzing");
            maintenanceId = DATABASE.insertEvent("Network switch replacement", 0, "maintenance", false,
                    now.plusDays(1), now.plusDays(1).plusHours(2), DATABASE.componentId("Virtual Private Cloud", "EU-NL"));
            DATABASE.insertEvent("Last week's outage", 3, "incident", false, now.minusDays(7), now.minusDays(7).plusHours(1),
                    server);
            // A creator's request waiting for review, so that the operators' list and activity show an entry.
            requestId = DATABASE.insertEvent("Storage firmware upgrade", 0, "maintenance", false, now.plusDays(2),
                    now.plusDays(2).plusHours(1), DATABASE.componentId("Auto Scaling", "EU-DE"));
            DATABASE.insertUpdate(requestId, now.minusMinutes(5), "Maintenance requested", "pending review");
            DATABASE.execute("UPDATE incident SET status = 'pending review', created_by = 'carla',"
                    + " contact_email = 'carla@example.com' WHERE id = " + requestId);
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    @Test
    void publicPagesFitAPhoneAndADesktopWithoutErrorsOrAccessibilityViolations() {
        List<String> problems = new ArrayList<>();
        for (int width : WIDTHS) {
            for (String path : publicPaths()) {
                problems.addAll(check(path, width));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void publicPagesKeepTheirContrastInDarkMode() {
        List<String> problems = new ArrayList<>();
        browser.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            for (String path : publicPaths()) {
                problems.addAll(check(path, 1280));
            }
            browser.get(url("/"));
            String background = (String) script("return getComputedStyle(document.body).backgroundColor");
            assertEquals("rgb(22, 25, 28)", background, "the dark theme is in force");
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void operatorPagesFitAPhoneAndADesktopWithoutErrorsOrAccessibilityViolations() {
        signIn();
        try {
            List<String> problems = new ArrayList<>();
            for (int width : WIDTHS) {
                for (String path : List.of("/", "/operator", "/incidents/new", "/incidents/" + incidentId,
                        "/incidents/" + maintenanceId, "/maintenance/request", "/operator/reviews",
                        "/operator/activity", "/incidents/" + requestId)) {
                    problems.addAll(check(path, width));
                }
            }
            assertEquals(List.of(), problems);
            browser.get(url("/operator/reviews"));
            assertEquals(1, browser.findElements(By.cssSelector(".review-request[data-event-id='" + requestId + "']")).size(),
                    "the list checked above held the request: " + browser.getPageSource());
        } finally {
            browser.manage().deleteAllCookies();
        }
    }

    @Test
    void onAPhoneTheMenuIsClosedUntilOpenedAndNeedsNoScript() {
        resize(390);
        browser.get(url("/"));
        WebElement login = browser.findElement(By.cssSelector("header .login-link"));
        assertFalse(visible(login), "the menu starts closed");
        WebElement toggle = browser.findElement(By.cssSelector(".site-menu > summary"));
        assertTrue(visible(toggle));
        toggle.click();
        assertTrue(visible(login), "the menu opens on its button");
        assertTrue(((Number) script("return arguments[0].getBoundingClientRect().right", login)).doubleValue() <= 390,
                "Log in is on the screen");
        assertTrue(browser.findElement(By.cssSelector(".site-menu")).getDomProperty("open").equals("true"));
        assertTrue(fits(), "the open menu does not widen the page");
        assertEquals(0L, script("return document.scripts.length"), "the page has no script at all");

        resize(1280);
        browser.get(url("/"));
        assertFalse(visible(browser.findElement(By.cssSelector(".site-menu > summary"))), "no menu button on a desktop");
        WebElement inTheBar = browser.findElement(By.cssSelector("header .login-link"));
        assertTrue(visible(inTheBar), "links sit in the bar");
        WebElement body = browser.findElement(By.tagName("body"));
        for (int stop = 0; stop < 10 && !inTheBar.equals(browser.switchTo().activeElement()); stop++) {
            body.sendKeys(Keys.TAB);
        }
        assertEquals(inTheBar, browser.switchTo().activeElement(), "the keyboard reaches the links in the bar");
    }

    @Test
    void theSubscribeMenuListsTheFeedsAndCalendarOfEveryRegion() {
        resize(1280);
        browser.get(url("/"));
        WebElement subscribe = browser.findElement(By.cssSelector(".subscribe-menu > summary"));
        assertEquals("Subscribe", subscribe.getDomProperty("textContent").strip());
        assertFalse(visible(browser.findElement(By.cssSelector(".subscribe-link"))), "closed until asked");
        // A pointer click where the button is drawn: the bar shows the items of a closed <details>,
        // which WebDriver's own visibility rule does not know.
        new Actions(browser).click(subscribe).perform();
        List<String> feeds = browser.findElements(By.cssSelector(".subscribe-link")).stream()
                .filter(this::visible)
                .map(link -> link.getDomProperty("textContent").strip() + " " + link.getDomAttribute("href"))
                .collect(Collectors.toList());
        assertEquals(List.of("Atom: EU-DE /atom/EU-DE", "RSS: EU-DE /rss/?mt=EU-DE",
                "Maintenance calendar: EU-DE /calendar/EU-DE.ics", "Atom: EU-NL /atom/EU-NL", "RSS: EU-NL /rss/?mt=EU-NL",
                "Maintenance calendar: EU-NL /calendar/EU-NL.ics", "Statuspage JSON: all regions /api/v2/summary.json",
                "E-mail, feeds and webhooks /subscribe"), feeds);
        assertTrue(fits());
    }

    @Test
    void theSkipLinkIsTheFirstStopAndLeadsToTheContent() {
        resize(390);
        browser.get(url("/history"));
        WebElement skip = browser.findElement(By.cssSelector(".skip-link"));
        assertEquals(1, ((Number) script("return arguments[0].getBoundingClientRect().width", skip)).intValue(),
                "hidden until focused");
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertEquals(skip, browser.switchTo().activeElement());
        assertEquals("Skip to content", skip.getText());
        assertTrue(skip.getSize().getWidth() > 50, "visible once focused");
        skip.sendKeys(Keys.ENTER);
        assertTrue(browser.getCurrentUrl().endsWith("#content"));
        assertEquals(1, browser.findElements(By.cssSelector("main#content h1")).size());
    }

    @Test
    void theFrontPageHasOneHeadingAndEveryPageTheFavicon() {
        browser.get(url("/"));
        assertEquals(1, browser.findElements(By.tagName("h1")).size());
        List<String> icons = browser.findElements(By.cssSelector("link[rel=icon]")).stream()
                .map(icon -> icon.getDomAttribute("type") + " " + icon.getDomAttribute("href"))
                .collect(Collectors.toList());
        assertEquals(2, icons.size(), icons.toString());
        assertTrue(icons.get(0).matches("image/svg\\+xml /static/favicon\\.svg\\?v=[0-9a-f]{12}"), icons.toString());
        assertTrue(icons.get(1).matches("null /favicon\\.ico\\?v=[0-9a-f]{12}"), icons.toString());
    }

    @Test
    void theInstallationsBrandingComesFromItsConfiguration() throws Exception {
        HttpResponse<String> page = get("/", "identity");
        String body = page.body();
        assertTrue(body.contains("<title>Current status · Example &lt;Cloud&gt; Status</title>"), body);
        assertTrue(body.contains("<span class=\"site-title\">Example &lt;Cloud&gt; Status</span>"), body);
        assertTrue(body.contains("<a href=\"https://example.com/imprint?a=1&amp;b=2\" rel=\"noopener\">Imprint</a>"), body);
        assertTrue(body.contains(">Privacy</a>"), body);
        assertFalse(body.contains("javascript:"), "a support link that is not http(s) is left out");
        assertFalse(body.contains(">Support</a>"));

        Matcher branding = Pattern.compile("href=\"(/branding\\.css\\?v=[0-9a-f]{12})\"").matcher(body);
        assertTrue(branding.find(), body);
        HttpResponse<String> stylesheet = get(branding.group(1), "identity");
        assertTrue(stylesheet.body().contains("--sdb-accent: #c2185b;"), stylesheet.body());
        assertTrue(stylesheet.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
    }

    @Test
    void staticFilesAreCompressedAndCachedForAYearUnderTheirVersionedUrl() throws Exception {
        String body = get("/", "identity").body();
        Matcher stylesheet = Pattern.compile("href=\"(/static/dashboard\\.css\\?v=[0-9a-f]{12})\"").matcher(body);
        assertTrue(stylesheet.find(), body);

        HttpResponse<byte[]> versioned = getBytes(stylesheet.group(1), "gzip, deflate, br");
        assertEquals(200, versioned.statusCode());
        assertEquals("gzip", versioned.headers().firstValue("Content-Encoding").orElse(""));
        assertEquals("public, max-age=31536000, immutable", versioned.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(versioned.headers().firstValue("Vary").orElse("").contains("Accept-Encoding"));
        String css;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(versioned.body()))) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(css.contains(".status-minor"), "the real stylesheet, compressed");
        assertTrue(versioned.headers().firstValue("Content-Security-Policy").isPresent(), "security headers too");

        HttpResponse<byte[]> unversioned = getBytes("/static/dashboard.css", "identity");
        assertEquals(200, unversioned.statusCode());
        assertEquals(css, new String(unversioned.body(), StandardCharsets.UTF_8));
        assertEquals("public, no-cache", unversioned.headers().firstValue("Cache-Control").orElse(""),
                "a URL without the version may hold the next release's file");
        String tag = unversioned.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = send(HttpRequest.newBuilder(URI.create(url("/static/dashboard.css")))
                .header("If-None-Match", tag).build());
        assertEquals(304, again.statusCode());

        String bootstrap = Pattern.compile("href=\"(/webjars/bootstrap/[^\"]+)\"").matcher(body).results()
                .findFirst().orElseThrow().group(1);
        HttpResponse<byte[]> library = getBytes(bootstrap, "gzip");
        assertEquals("gzip", library.headers().firstValue("Content-Encoding").orElse(""));
        assertEquals("public, max-age=31536000, immutable", library.headers().firstValue("Cache-Control").orElse(""),
                "a WebJar's path names its version");

        HttpResponse<byte[]> favicon = getBytes("/favicon.ico", "gzip");
        assertEquals(200, favicon.statusCode());
        assertEquals("image/x-icon", favicon.headers().firstValue("Content-Type").orElse("").replace("image/vnd.microsoft.icon", "image/x-icon"));
        assertEquals(404, getBytes("/static/no-such-file.css", "gzip").statusCode());
    }

    // --- helpers -----------------------------------------------------------------------------

    private List<String> publicPaths() {
        return List.of("/", "/?region=EU-NL", "/availability", "/history", "/incidents/" + incidentId, "/login",
                "/no-such-page", "/openapi-ui", "/subscribe");
    }

    /** What is wrong with {@code path} at {@code width}: overflow, console errors, axe violations. */
    private List<String> check(String path, int width) {
        resize(width);
        browser.manage().logs().get(LogType.BROWSER); // forget what earlier pages logged
        browser.get(url(path));
        List<String> problems = new ArrayList<>();
        String where = path + " at " + width + " px: ";
        if (!fits()) {
            problems.add(where + "scrolls sideways (" + script("return document.documentElement.scrollWidth") + " > "
                    + script("return window.innerWidth") + ")");
        }
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            boolean ownStatus = path.equals("/no-such-page") && entry.getMessage().contains("/no-such-page")
                    && entry.getMessage().contains("404");
            if (entry.getLevel().intValue() >= Level.WARNING.intValue() && !ownStatus) {
                problems.add(where + "console " + entry.getLevel() + " " + entry.getMessage());
            }
        }
        AxeBuilder axeBuilder = new AxeBuilder();
        if (path.equals("/openapi-ui")) {
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(driver -> !driver.findElements(By.cssSelector("#swagger-ui .opblock")).isEmpty()
                            && !driver.findElements(By.cssSelector(".information-container[role=region]")).isEmpty());
            // Swagger UI's own markup, which the page cannot change from outside and which it
            // draws anew as visitors open operations: each operation's header is a button holding
            // a second button (copy the path), and its group headings follow its <h1> as <h3>.
            axeBuilder.disableRules(List.of("nested-interactive", "heading-order"));
        }
        Results axe = axeBuilder.analyze(browser);
        for (Rule violation : axe.getViolations()) {
            problems.add(where + "axe " + violation.getImpact() + " " + violation.getId() + ": " + violation.getHelp()
                    + " " + violation.getNodes().stream().map(node -> node.getTarget() + " " + node.getFailureSummary())
                            .collect(Collectors.joining("; ")));
        }
        return problems;
    }

    private void signIn() {
        resize(1280);
        LocalLogin.signIn(browser, base, "admin", PASSWORD);
        assertEquals(1, browser.findElements(By.cssSelector(".signed-in-as")).size(), browser.getPageSource());
    }

    /** Whether the element is drawn (CSS visibility, not WebDriver's approximation of it). */
    private boolean visible(WebElement element) {
        return (Boolean) script("return arguments[0].checkVisibility({visibilityProperty: true})"
                + " && arguments[0].getBoundingClientRect().width > 1", element);
    }

    private boolean fits() {
        return (Boolean) script("return document.documentElement.scrollWidth <= window.innerWidth");
    }

    private Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }

    private static void resize(int width) {
        browser.manage().window().setSize(new Dimension(width, 900));
    }

    private String url(String path) {
        return URI.create(base.toString()).resolve(path).toString();
    }

    private HttpResponse<String> get(String path, String acceptEncoding) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept-Encoding", acceptEncoding).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> getBytes(String path, String acceptEncoding) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept-Encoding", acceptEncoding).build());
    }

    private static HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
