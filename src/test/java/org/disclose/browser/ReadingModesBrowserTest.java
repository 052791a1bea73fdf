package org.disclose.browser;

import static org.disclose.Contains.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The reading modes of 适老化 in headless Chromium: 长者模式, 高对比度 and 大鼠标 switched by keyboard and remembered
 * across pages, and 朗读全文 offered only where the browser can speak. Skipped where Chromium is not installed.
 */
@Tag("browser")
class ReadingModesBrowserTest {

    static DemoServer server;
    static Chromium browser;

    static final String RELEASE = BrowserBehaviourTest.RELEASE;

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
        browser.viewport(1280, 900);
        browser.open(server.url(""));
        for (String mode : Chromium.MODES) {
            browser.mode(mode, false);
        }
    }

    private static boolean elderOn() {
        return (Boolean) browser.js("return document.documentElement.classList.contains('elder')");
    }

    // 长者模式

    @Test
    void elderModeIsSwitchedByKeyboardAndRememberedAcrossPages() {
        browser.open(server.url(RELEASE));
        assertFalse(elderOn());
        WebElement toggle = browser.driver().findElement(By.cssSelector("[data-mode-toggle=elder]"));
        assertTrue(toggle.isDisplayed(), "the switch shows when scripts run");
        assertEquals("false", toggle.getAttribute("aria-pressed"));
        assertEquals("长者模式", toggle.getAccessibleName());
        double before = fontSize(".article-body p");

        // Tab to the switch and press Space, as a keyboard user would
        for (int i = 0; i < 10 && !toggle.equals(browser.active()); i++) {
            browser.press(Keys.TAB);
        }
        assertEquals(toggle, browser.active(), "the switch is reached by Tab");
        browser.press(Keys.SPACE);
        assertTrue(elderOn());
        assertEquals("true", toggle.getAttribute("aria-pressed"));
        assertTrue(fontSize(".article-body p") > before, "text grows at once, without reloading");
        assertTrue(browser.driver().getWindowHandles().size() == 1, "no window pops up");

        // another page, and this one again: still on, and already on before any deferred script ran
        browser.open(server.url("tasks/"));
        assertTrue(elderOn(), "remembered on the next page");
        assertEquals("true", browser.driver().findElement(By.cssSelector("[data-mode-toggle=elder]"))
                .getAttribute("aria-pressed"));
        assertTrue((Boolean) browser.js("return document.querySelector('script[src*=\"mode.\"]').closest('head') "
                + "!== null && !document.querySelector('script[src*=\"mode.\"]').defer"), "set by a blocking script "
                + "in <head>, so the page is never drawn in the other mode first");

        browser.driver().findElement(By.cssSelector("[data-mode-toggle=elder]")).click();
        assertFalse(elderOn());
        browser.open(server.url(RELEASE));
        assertFalse(elderOn(), "switched off, and remembered off");
        assertEquals(null, browser.js("return localStorage.getItem(arguments[0])", Chromium.ELDER_KEY));
    }

    // 高对比度 and 大鼠标

    private static boolean modeOn(String mode) {
        return (Boolean) browser.js("return document.documentElement.classList.contains(arguments[0])", mode);
    }

    private static String style(String selector, String property) {
        return (String) browser.js("return getComputedStyle(document.querySelector(arguments[0]))"
                + ".getPropertyValue(arguments[1])", selector, property);
    }

    @Test
    void contrastModeIsSwitchedByKeyboardRememberedAndCombinesWithElderMode() {
        browser.open(server.url(RELEASE));
        WebElement toggle = browser.driver().findElement(By.cssSelector("[data-mode-toggle=contrast]"));
        assertTrue(toggle.isDisplayed());
        assertEquals("高对比度", toggle.getAccessibleName());
        assertEquals("rgb(255, 255, 255)", style("body", "background-color"));
        for (int i = 0; i < 12 && !toggle.equals(browser.active()); i++) {
            browser.press(Keys.TAB);
        }
        assertEquals(toggle, browser.active(), "the switch is reached by Tab");
        browser.press(Keys.ENTER);
        assertTrue(modeOn("contrast"));
        assertEquals("true", toggle.getAttribute("aria-pressed"));
        assertEquals("rgb(0, 0, 0)", style("body", "background-color"), "black ground");
        assertEquals("rgb(255, 255, 255)", style(".article-body p", "color"), "white text");
        assertEquals("rgb(255, 255, 0)", style(".site-nav a", "color"), "yellow links");
        assertTrue(browser.driver().getWindowHandles().size() == 1, "no window pops up");

        browser.driver().findElement(By.cssSelector("[data-mode-toggle=elder]")).click();
        browser.open(server.url("tasks/"));
        assertTrue(modeOn("contrast") && modeOn("elder"), "both remembered on the next page");
        assertEquals("rgb(0, 0, 0)", style("body", "background-color"));
        assertTrue(Double.parseDouble(style("body", "font-size").replace("px", "")) >= 20, "elder text size too");

        browser.driver().findElement(By.cssSelector("[data-mode-toggle=contrast]")).click();
        assertFalse(modeOn("contrast"));
        assertTrue(modeOn("elder"), "each mode switches alone");
        browser.open(server.url(RELEASE));
        assertFalse(modeOn("contrast"), "switched off, and remembered off");
    }

    @Test
    void largeCursorModeLoadsItsCursorImagesFromTheSite() {
        browser.open(server.url(RELEASE));
        assertEquals("auto", style(".article-body p", "cursor"));
        browser.driver().findElement(By.cssSelector("[data-mode-toggle=cursor]")).click();
        assertTrue(modeOn("cursor"));
        String arrow = style(".article-body p", "cursor");
        String hand = style(".site-nav a", "cursor");
        assertContains(arrow, "cursor-arrow.");
        assertContains(hand, "cursor-hand.");
        for (String cursor : List.of(arrow, hand)) {
            String url = cursor.replaceAll("^url\\(\"?([^\")]+)\"?\\).*$", "$1");
            Number status = (Number) browser.js("var x = new XMLHttpRequest(); x.open('GET', arguments[0], false); "
                    + "x.send(); return x.status;", url);
            assertEquals(200, status.intValue(), url + " is published under the name the stylesheet gives");
        }
        browser.open(server.url("tasks/"));
        assertTrue(modeOn("cursor"), "remembered");
    }

    // 朗读全文

    @Test
    void readAloudAppearsOnlyWhereTheBrowserHasASpeechVoice() {
        // headless Chromium has speech synthesis but no voices: a control that could not speak is not offered
        browser.open(server.url(RELEASE));
        assertEquals(0L, browser.js("return speechSynthesis.getVoices().length"));
        assertFalse(browser.driver().findElement(By.cssSelector("[data-read-aloud]")).isDisplayed());
    }

    @Test
    void readAloudReadsTheArticleSentenceBySentenceAndStopsOnASecondPress() {
        try (Chromium voiced = Chromium.start()) {
            // a stand-in for an installed voice that records what it is asked to say
            voiced.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "(function () { var said = []; window.__said = said; var voices = [{ lang: 'zh-CN', "
                    + "name: 'test' }]; Object.defineProperty(window, 'speechSynthesis', { value: { "
                    + "getVoices: function () { return voices; }, speak: function (u) { said.push(u.text); }, "
                    + "cancel: function () { said.push('<cancel>'); }, addEventListener: function () {} } }); "
                    + "window.SpeechSynthesisUtterance = function (t) { this.text = t; }; })();"));
            voiced.open(server.url(RELEASE));
            WebElement read = voiced.driver().findElement(By.cssSelector("[data-read-aloud]"));
            assertTrue(read.isDisplayed(), "offered where a voice exists");
            assertEquals("朗读全文", read.getAccessibleName());
            assertEquals("false", read.getAttribute("aria-pressed"));
            read.sendKeys(Keys.SPACE);
            assertEquals("true", read.getAttribute("aria-pressed"));
            @SuppressWarnings("unchecked")
            List<String> said = (List<String>) voiced.js("return window.__said");
            String title = voiced.driver().findElement(By.cssSelector("main h1")).getText();
            assertEquals("<cancel>", said.get(0));
            assertEquals(title + "。", said.get(1), "the title first");
            assertTrue(said.size() > 5, "then the article, a sentence at a time: " + said);
            assertTrue(said.stream().skip(2).allMatch(x -> x.length() < 400), "no sentence too long for an engine");
            assertContains(String.join("", said), "吉林");
            read.click();
            assertEquals("false", read.getAttribute("aria-pressed"), "a second press stops reading");
            assertEquals(1, voiced.driver().getWindowHandles().size(), "no window pops up");
            voiced.open(server.url("about/"));
            assertTrue(voiced.driver().findElement(By.cssSelector("[data-read-aloud]")).isDisplayed(),
                    "pages read aloud too");
        }
    }

    private static double fontSize(String selector) {
        return ((Number) browser.js("return parseFloat(getComputedStyle(document.querySelector(arguments[0]))"
                + ".fontSize)", selector)).doubleValue();
    }
}
