package org.disclose.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The demo's before/after pair (case 5, drawn and marked 示例) in headless Chromium: both photos load, side by side
 * on a wide screen, one above the other on a phone, in elder mode and in print, and a phone picks a small width.
 */
@Tag("browser")
class PhotosBrowserTest {

    static final String CASE = "cases/5-baishan-mine-supervision/";

    static DemoServer server;
    static Chromium browser;

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
        browser.elderMode(false);
    }

    /** The pair's two figures, once their images have loaded: [left, top, bottom, naturalWidth, currentSrc]. */
    @SuppressWarnings("unchecked")
    private static List<List<Object>> pair() {
        browser.open(server.url(CASE));
        browser.js("document.querySelector('.photo-pair').scrollIntoView()");
        long until = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < until && !(Boolean) browser.js("return [...document.querySelectorAll("
                + "'.photo-pair img')].every(i => i.complete && i.naturalWidth > 0)")) {
            Thread.onSpinWait();
        }
        return (List<List<Object>>) browser.js("return [...document.querySelectorAll('.photo-pair .photo')].map(f => {"
                + "const r = f.getBoundingClientRect(); const i = f.querySelector('img');"
                + "return [r.left, r.top, r.bottom, i.naturalWidth, i.currentSrc]; })");
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }

    @Test
    void onAWideScreenThePairStandsSideBySideBeforeFirst() {
        List<List<Object>> figures = pair();
        assertEquals(2, figures.size());
        assertTrue(num(figures.get(0).get(3)) > 0 && num(figures.get(1).get(3)) > 0, "images not loaded: " + figures);
        assertEquals(num(figures.get(0).get(1)), num(figures.get(1).get(1)), 1, "not side by side: " + figures);
        assertTrue(num(figures.get(0).get(0)) < num(figures.get(1).get(0)), "after before before: " + figures);
        String caption = (String) browser.js("return document.querySelector('.photo-pair').innerText");
        assertTrue(caption.indexOf("整改前") < caption.indexOf("整改后") && caption.contains("示例"), caption);
    }

    @Test
    void onAPhoneInElderModeAndInPrintThePairIsStackedAtFullWidth() {
        browser.viewport(375, 800);
        List<List<Object>> phone = pair();
        assertTrue(num(phone.get(1).get(1)) >= num(phone.get(0).get(2)), "not stacked on a phone: " + phone);
        assertTrue(((String) phone.get(0).get(4)).endsWith("before-480w.jpg"), "a phone loads the small width: "
                + phone);

        browser.viewport(1280, 900);
        browser.elderMode(true);
        List<List<Object>> elder = pair();
        assertTrue(num(elder.get(1).get(1)) >= num(elder.get(0).get(2)), "not stacked in elder mode: " + elder);
        browser.elderMode(false);

        browser.viewport(794, 1123); // an A4 page at 96 dots per inch
        browser.printMedia(true);
        List<List<Object>> print = pair();
        assertTrue(num(print.get(1).get(1)) >= num(print.get(0).get(2)), "not stacked in print: " + print);
        Map<String, Object> width = Map.of("img", browser.js("return document.querySelector('.photo-pair img')"
                + ".getBoundingClientRect().width"), "column", browser.js("return document.querySelector("
                + "'.photo-pairs').getBoundingClientRect().width"));
        assertTrue(num(width.get("img")) > 0.9 * num(width.get("column")), "a thumbnail in print: " + width);
        browser.printMedia(false);
    }
}
