package org.disclose.browser;

import static org.disclose.Contains.assertContains;
import static org.disclose.Contains.assertNotContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a person does with the site, in headless Chromium: the keyboard alone, a 320 px phone, printing, JavaScript
 * off, and a strict Content-Security-Policy. The reading modes are {@link ReadingModesBrowserTest}'s. Skipped where
 * Chromium is not installed.
 */
@Tag("browser")
class BrowserBehaviourTest {

    static DemoServer server;
    static Chromium browser;

    static final String RELEASE = "releases/2023-05-10-jilin-second-round-progress/";

    @BeforeAll
    static void start() {
        if (Chromium.installed()) {
            server = DemoServer.get();
            browser = Chromium.start();
        }
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void reset() {
        Chromium.assumeInstalled();
        browser.printMedia(false);
        browser.viewport(1280, 900);
        browser.open(server.url(""));
        for (String mode : Chromium.MODES) {
            browser.mode(mode, false);
        }
    }

    // keyboard

    @Test
    void theFirstTabReachesTheSkipLinkAndFollowingItMovesFocusToTheMainContent() {
        for (int width : new int[] {375, 1280}) {
            browser.viewport(width, 800);
            // every page type on a phone; the desktop layout differs only in the header, so two pages there
            for (PageTypes.PageType page : width == 375 ? PageTypes.ALL : PageTypes.ALL.subList(0, 4)) {
                PageTypes.open(browser, server, page);
                String where = page + " at " + width + " px";
                browser.press(Keys.TAB);
                WebElement skip = browser.active();
                assertEquals("skip-link", skip.getAttribute("class"), where + ": first Tab");
                assertTrue(skip.isDisplayed(), where + ": the focused skip link is visible");
                // on screen: inside the window from top to bottom, not just below its top edge
                String box = (String) browser.js("const r = arguments[0].getBoundingClientRect();"
                        + " return r.top + ' ' + r.bottom + ' ' + window.innerHeight", skip);
                double[] tbh = java.util.Arrays.stream(box.split(" ")).mapToDouble(Double::parseDouble).toArray();
                assertTrue(tbh[0] >= 0 && tbh[1] <= tbh[2] && tbh[1] > tbh[0],
                        where + ": the focused skip link is on screen (top, bottom, window height: " + box + ")");
                browser.press(Keys.ENTER);
                assertEquals("main", browser.active().getAttribute("id"), where + ": the skip link moves focus to <main>");
                browser.press(Keys.TAB);
                assertTrue((Boolean) browser.js("return document.getElementById('main').contains(arguments[0])",
                        browser.active()), where + ": the next Tab goes on inside the main content");
            }
        }
    }

    @Test
    void everyControlIsReachedByTabAndShowsItsFocus() {
        String script = """
                const el = arguments[0];
                const s = getComputedStyle(el);
                const label = el.matches('input[type=radio]') ? el.nextElementSibling : null;
                const ls = label ? getComputedStyle(label) : null;
                const outlined = (st) => st && st.outlineStyle !== 'none' && parseFloat(st.outlineWidth) >= 2;
                const shadowed = (st) => st && st.boxShadow && st.boxShadow !== 'none';
                return !!(outlined(s) || shadowed(s) || outlined(ls) || shadowed(ls));
                """;
        String tabbable = """
                return Array.from(document.querySelectorAll(
                    'a[href], button, input, summary, [tabindex]:not([tabindex="-1"])'))
                  .filter(e => e.checkVisibility({visibilityProperty: true}) && !(e.type === 'radio' && !e.checked))
                  .length;
                """;
        for (boolean elder : new boolean[] {false, true}) {
            browser.elderMode(elder);
            List<String> paths = elder ? List.of(RELEASE, "indicators/")
                    : List.of("", RELEASE, "tasks/", "indicators/", "complaints/D2JL000001/", "search/?q=PM2.5");
            for (String path : paths) {
                browser.open(server.url(path));
                if (path.startsWith("search")) {
                    new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> (Boolean) browser.js(
                            "return !!document.querySelector('#search-results .result-list li')"));
                }
                int expected = ((Number) browser.js(tabbable)).intValue();
                Set<String> seen = new HashSet<>();
                List<String> unfocused = new ArrayList<>();
                for (int i = 0; i < expected + 5; i++) {
                    browser.press(Keys.TAB);
                    WebElement el = browser.active();
                    String id = (String) browser.js("const e = arguments[0]; if (!e.dataset.tabSeen) "
                            + "e.dataset.tabSeen = String(Math.random()); return e.dataset.tabSeen", el);
                    if (el.getTagName().equals("body") || !seen.add(id)) {
                        break;
                    }
                    if (!(Boolean) browser.js(script, el)) {
                        unfocused.add(el.getTagName() + " " + el.getText());
                    }
                }
                String where = path + (elder ? " (elder)" : "");
                assertTrue(expected > 5, where + ": found the controls");
                assertEquals(expected, seen.size(), where + ": Tab reaches every control once, in one pass");
                assertTrue(unfocused.isEmpty(), where + ": focus must be visible on " + unfocused);
            }
        }
    }

    // reflow

    @Test
    void at320PixelsNoPageScrollsSidewaysInEitherMode() {
        List<String> problems = new ArrayList<>();
        for (boolean elder : new boolean[] {false, true}) {
            browser.elderMode(elder);
            browser.viewport(320, 640);
            for (PageTypes.PageType page : PageTypes.ALL) {
                PageTypes.open(browser, server, page);
                @SuppressWarnings("unchecked")
                List<String> found = (List<String>) browser.js("""
                        const problems = [];
                        const doc = document.documentElement;
                        if (doc.scrollWidth > doc.clientWidth + 1) problems.push('page is ' + doc.scrollWidth
                            + ' px wide in a ' + doc.clientWidth + ' px viewport');
                        for (const el of document.body.querySelectorAll('*')) {
                          if (el.closest('.table-scroll') || el.closest('.visually-hidden')) continue;
                          const r = el.getBoundingClientRect();
                          if (r.width > 0 && (r.right > doc.clientWidth + 1 || r.left < -1))
                            problems.push(el.tagName.toLowerCase() + '.' + el.className + ' reaches '
                                + Math.round(r.left) + '..' + Math.round(r.right));
                        }
                        return problems.slice(0, 5);
                        """);
                found.forEach(p -> problems.add(page + (elder ? " (elder)" : "") + ": " + p));
                if (page.name().equals("complaint-batch")) {
                    assertTrue((Boolean) browser.js("const r = document.querySelector('.table-scroll'); "
                            + "return r.scrollWidth > r.clientWidth && getComputedStyle(r).overflowX === 'auto'"),
                            "the wide complaint table scrolls inside its own region");
                }
            }
            browser.screenshot("reflow-320-" + (elder ? "elder" : "default") + "-complaint-batch");
        }
        assertTrue(problems.isEmpty(), () -> "at 320 px:\n" + String.join("\n", problems));
    }

    // print

    @Test
    void printingHidesNavigationPrintsAddressesAndKeepsTableRowsWhole() {
        browser.open(server.url(RELEASE));
        browser.printMedia(true);
        for (String hidden : List.of(".site-nav", ".skip-link", ".breadcrumbs", ".article-tools", ".header-tools",
                ".footer-links")) {
            assertEquals("none", browser.js("return getComputedStyle(document.querySelector(arguments[0])).display",
                    hidden), hidden + " is not printed");
        }
        String icp = (String) browser.js("return getComputedStyle(document.querySelector("
                + "'a[href=\"https://beian.miit.gov.cn/\"]'), '::after').content");
        assertContains(icp, "https://beian.miit.gov.cn/", "an external link is printed with its address: " + icp);
        WebElement address = browser.driver().findElement(By.cssSelector(".site-footer .print-only"));
        assertTrue(address.isDisplayed(), "the page's own address is printed");
        assertContains(address.getText(), "https://zhenggai.example.gov.cn/" + RELEASE,
                "the page's own address is printed");
        browser.printToPdf("print-release");

        // a sheet of A4 less its margins is about 680 CSS px wide
        browser.viewport(680, 1000);
        browser.open(server.url("complaints/round2/batch-1/"));
        assertEquals("avoid", browser.js("return getComputedStyle(document.querySelector('tbody tr')).breakInside"));
        assertEquals("table-header-group", browser.js(
                "return getComputedStyle(document.querySelector('thead')).display"));
        assertEquals("none", browser.js("return getComputedStyle(document.querySelector('.pager')).display"));
        Number overflow = (Number) browser.js("const t = document.querySelector('table'); "
                + "return t.getBoundingClientRect().right - document.documentElement.clientWidth");
        Path pdf = browser.printToPdf("print-complaint-batch");
        browser.printMedia(false);
        assertTrue(overflow.doubleValue() <= 1, "the printed table fits the page width");
        assertTrue(Files.exists(pdf));

        browser.printMedia(true);
        browser.elderMode(true);
        browser.open(server.url("tasks/"));
        browser.printToPdf("print-task-list-elder");
        assertEquals("none", browser.js("return getComputedStyle(document.querySelector('.site-nav')).display"));
        browser.printMedia(false);
    }

    // without JavaScript

    @Test
    void withoutJavaScriptTheDefaultViewIsCompleteAndScriptOnlyControlsStayHidden() {
        try (Chromium plain = Chromium.startWithoutJavaScript()) {
            plain.open(server.url(RELEASE));
            ChromeElements page = new ChromeElements(plain);
            for (String mode : Chromium.MODES) {
                assertFalse(page.displayed("[data-mode-toggle=" + mode + "]"), "no " + mode + " switch that could "
                        + "not work");
            }
            assertFalse(page.displayed("[data-read-aloud]"), "no 朗读全文 that could not work");
            assertFalse(page.displayed("[data-print]"), "no print button that could not work");
            assertTrue(page.displayed(".site-nav") && page.displayed(".header-search"));
            assertNotContains(page.htmlClass(), "elder");
            // 字号 大/中/小 works without a script (CSS :has on the radio buttons)
            double medium = page.fontSize(".article-body p");
            plain.driver().findElement(By.cssSelector("label[for=fs-large]")).click();
            assertTrue(page.fontSize(".article-body p") > medium, "大 makes the article larger");
            plain.driver().findElement(By.cssSelector("label[for=fs-small]")).click();
            assertTrue(page.fontSize(".article-body p") < medium, "小 makes it smaller");

            plain.open(server.url("search/?q=PM2.5"));
            assertTrue(page.displayed("[data-search-nojs]"), "the search page says what to do without scripts");
            assertTrue(plain.driver().findElements(By.cssSelector("[data-search-nojs] a")).size() >= 5,
                    "and links to the sections");
            plain.viewport(320, 640);
            plain.open(server.url(""));
            assertTrue((Boolean) plain.js("return document.documentElement.scrollWidth <= "
                    + "document.documentElement.clientWidth"), "no sideways scrolling without scripts either");
            plain.screenshot("no-javascript-home-320");
        }
    }

    /** Small reads of a page in another browser. */
    private record ChromeElements(Chromium chrome) {
        boolean displayed(String css) {
            List<WebElement> found = chrome.driver().findElements(By.cssSelector(css));
            return !found.isEmpty() && found.get(0).isDisplayed();
        }

        String htmlClass() {
            String c = chrome.driver().findElement(By.tagName("html")).getAttribute("class");
            return c == null ? "" : c;
        }

        double fontSize(String css) {
            return Double.parseDouble(chrome.driver().findElement(By.cssSelector(css)).getCssValue("font-size")
                    .replace("px", ""));
        }
    }

    // Content-Security-Policy

    /**
     * The policy is live: a page with an inline style and script is reported, and its script does not run.
     * (AxeAccessibilityTest visits every page type under the policy and finds no report.)
     */
    @Test
    void violationsOfTheContentSecurityPolicyAreBlockedAndReported() throws InterruptedException {
        server.clearCspReports();
        browser.open(server.url(DemoServer.CSP_PROBE));
        waitForReports(server, 1);
        assertFalse(server.cspReports().isEmpty(), "the browser reports violations of the policy");
        assertEquals(null, browser.js("return document.title === 'x' ? 'inline script ran' : null"));
    }

    static void waitForReports(DemoServer server, int count) throws InterruptedException {
        for (int i = 0; i < 300 && server.cspReports().size() < count; i++) {
            Thread.sleep(50);
        }
    }

    /** The server sends the policy on every page, so the test above means what it says. */
    @Test
    void theServerSendsThePolicy() throws Exception {
        java.net.http.HttpResponse<Void> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(server.uri("")).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        assertEquals(DemoServer.CSP, response.headers().firstValue("Content-Security-Policy").orElse(""));
    }
}
