package org.disclose.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One page of every kind the demo publishes, by site path: what the browser tests visit. */
final class PageTypes {

    record PageType(String name, String path) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<PageType> ALL = List.of(
            new PageType("home", ""),
            new PageType("release-list", "releases/"),
            new PageType("release-year", "releases/year/2023/"),
            new PageType("release", "releases/2023-05-10-jilin-second-round-progress/"),
            new PageType("task-list", "tasks/"),
            new PageType("task-list-status", "tasks/status/%E5%B7%B2%E5%AE%8C%E6%88%90/"),
            new PageType("task", "tasks/1/"),
            new PageType("task-closed", "tasks/25/"),
            new PageType("case-list", "cases/"),
            new PageType("case", "cases/1-nongan-construction-waste/"),
            new PageType("indicators", "indicators/"),
            new PageType("indicator", "indicators/pm25/"),
            new PageType("complaints", "complaints/"),
            new PageType("complaint-batch", "complaints/round2/batch-1/"),
            new PageType("complaint-region", "complaints/region/%E7%A4%BA%E4%BE%8B%E4%B8%81%E5%B8%82/"),
            new PageType("complaint", "complaints/D2JL000001/"),
            new PageType("bulletin-list", "bulletins/"),
            new PageType("bulletin", "bulletins/banli-1-30/"),
            new PageType("accountability", "accountability/"),
            new PageType("round", "rounds/round2/"),
            new PageType("data", "data/"),
            new PageType("search", "search/?q=%E9%BB%91%E5%9C%9F%E5%9C%B0"),
            new PageType("not-found", "no-such-page/"),
            new PageType("about", "about/"),
            new PageType("accessibility", "accessibility/"));

    private PageTypes() {
    }

    /** Opens a page and waits until it is ready to be read: for the search page, until its results are shown. */
    static void open(Chromium browser, DemoServer server, PageType page) {
        browser.open(server.url(page.path()));
        if (page.path().startsWith("search/?")) {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> (Boolean) browser.js(
                    "return !!document.querySelector('#search-results .result-list li')"));
        }
    }
}
