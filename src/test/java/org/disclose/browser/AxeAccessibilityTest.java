package org.disclose.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * One page of every type, in the default view and in 长者模式 (elder mode), on a 1280 px desktop and a 375 px phone,
 * and in 高对比度 (contrast mode, alone on a desktop and with 长者模式 on a phone), served under a strict
 * Content-Security-Policy:
 * <ul>
 * <li>axe-core's WCAG 2.0 and 2.1 level A and AA rules and its best-practice rules: no violation;</li>
 * <li>in elder and contrast modes, axe's enhanced-contrast rule (7:1) too; in elder mode and {@link PageChecks#elder}: text sizes, line height,
 * target sizes;</li>
 * <li>{@link PageChecks#run}: one h1, ordered headings, landmarks, skip link, captions and scopes, charts with
 * tables, no sideways scrolling;</li>
 * <li>no violation of the Content-Security-Policy reported by the browser.</li>
 * </ul>
 * Every view is photographed into target/screenshots/ for people to look at; target/axe-report.txt lists every view.
 * Fails listing every problem of every view at once.
 */
@Tag("browser")
class AxeAccessibilityTest {

    /** WCAG 2.0 and 2.1, levels A and AA: what GB/T 37668 asks of a government website. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * axe's best-practice rules too: they cover what the issue asks for by name and WCAG leaves to judgement
     * (landmarks, one h1, headings in order, unique landmark names).
     */
    static final String BEST_PRACTICE = "best-practice";

    static DemoServer server;

    @BeforeAll
    static void start() {
        if (Chromium.installed()) {
            server = DemoServer.get();
        }
    }

    @BeforeEach
    void needsChromium() {
        Chromium.assumeInstalled();
    }

    /** What one browser found: problems by view, and its counts. */
    private static final class Sweep {
        final Map<String, List<String>> failures = new TreeMap<>();
        final List<String> lines = new ArrayList<>();
        int views;
        int violations;
        long axeNanos;
        long shotNanos;
    }

    @Test
    void everyPageTypeHasNoViolationsInEitherModeAtEitherWidth() throws Exception {
        long start = System.nanoTime();
        server.clearCspReports();
        // two browsers at once, each with its own profile, so its own remembered modes
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Sweep>> sweeps = new ArrayList<>();
        for (View view : View.values()) {
            sweeps.add(pool.submit(() -> sweep(view)));
        }
        pool.shutdown();
        Map<String, List<String>> failures = new TreeMap<>();
        StringBuilder report = new StringBuilder();
        int views = 0;
        int violations = 0;
        long axeNanos = 0;
        long shotNanos = 0;
        for (Future<Sweep> f : sweeps) {
            Sweep sweep = f.get();
            failures.putAll(sweep.failures);
            sweep.lines.forEach(l -> report.append(l).append('\n'));
            views += sweep.views;
            violations += sweep.violations;
            axeNanos += sweep.axeNanos;
            shotNanos += sweep.shotNanos;
        }

        // the browser reports policy violations asynchronously: the probe's report comes after all earlier ones
        try (Chromium browser = Chromium.start()) {
            browser.open(server.url(DemoServer.CSP_PROBE));
            BrowserBehaviourTest.waitForReports(server, 1);
        }
        List<String> csp = server.cspReports().stream().filter(r -> !r.contains(DemoServer.CSP_PROBE)).toList();
        if (!csp.isEmpty()) {
            failures.put("Content-Security-Policy", csp);
        }

        StringBuilder text = new StringBuilder();
        failures.forEach((page, problems) -> {
            text.append(page).append('\n');
            problems.forEach(p -> text.append("  - ").append(p).append('\n'));
        });
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        String summary = views + " page views checked, " + violations + " axe rule violations, " + csp.size()
                + " policy violations, " + failures.size() + " views with problems; " + seconds + " s in two "
                + "browsers (axe " + axeNanos / 1_000_000_000 + " s, screenshots " + shotNanos / 1_000_000_000
                + " s, added up)";
        report.append(summary).append("\n\n").append(text);
        Path file = Chromium.SCREENSHOTS.resolveSibling("axe-report.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report, StandardCharsets.UTF_8);
        System.out.println("axe: " + summary);
        assertTrue(failures.isEmpty(), () -> failures.size() + " page views have accessibility problems "
                + "(full report in target/axe-report.txt):\n" + text);
    }

    /**
     * The reading modes a page is checked in: the default view and 长者模式 at both widths; 高对比度 (with 大鼠标,
     * which changes no colour) on a desktop and, with 长者模式 together, on a phone.
     */
    enum View {
        DEFAULT(List.of(), Chromium.WIDTHS),
        ELDER(List.of("elder"), Chromium.WIDTHS),
        CONTRAST(List.of("contrast", "cursor"), List.of(1280)),
        ELDER_CONTRAST(List.of("elder", "contrast"), List.of(375));

        final List<String> modes;
        final List<Integer> widths;

        View(List<String> modes, List<Integer> widths) {
            this.modes = modes;
            this.widths = widths;
        }

        boolean elder() {
            return modes.contains("elder");
        }

        String label() {
            return modes.isEmpty() ? "default" : String.join("+", modes);
        }
    }

    /** Every page type at the view's widths in its modes, in a browser of its own. */
    private static Sweep sweep(View view) {
        Sweep sweep = new Sweep();
        try (Chromium browser = Chromium.start()) {
            browser.open(server.url(""));
            for (String mode : Chromium.MODES) {
                browser.mode(mode, view.modes.contains(mode));
            }
            boolean elder = view.elder();
            for (int width : view.widths) {
                browser.viewport(width, 900);
                for (PageTypes.PageType page : PageTypes.ALL) {
                    String name = page.name() + "-" + view.label() + "-" + width;
                    PageTypes.open(browser, server, page);
                    sweep.views++;
                    List<String> problems = new ArrayList<>();
                    for (String mode : Chromium.MODES) {
                        boolean on = (Boolean) browser.js(
                                "return document.documentElement.classList.contains(arguments[0])", mode);
                        if (on != view.modes.contains(mode)) {
                            problems.add(mode + " mode is " + (on ? "on" : "off") + " but should be "
                                    + (on ? "off" : "on"));
                        }
                    }
                    problems.addAll(PageChecks.run(browser));
                    if (elder) {
                        problems.addAll(PageChecks.elder(browser));
                    }
                    long t = System.nanoTime();
                    Results results = axe(elder || view.modes.contains("contrast")).analyze(browser.driver());
                    sweep.axeNanos += System.nanoTime() - t;
                    for (Rule rule : results.getViolations()) {
                        sweep.violations++;
                        for (CheckedNode node : rule.getNodes()) {
                            problems.add("axe " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                                    + "\n      at " + node.getTarget() + "  " + abbreviate(node.getHtml())
                                    + "\n      " + String.valueOf(node.getFailureSummary()).replace("\n", "\n      "));
                        }
                    }
                    if (results.isErrored()) {
                        problems.add("axe failed: " + results.getErrorMessage());
                    }
                    t = System.nanoTime();
                    browser.screenshot(name);
                    sweep.shotNanos += System.nanoTime() - t;
                    sweep.lines.add(name + ": " + (problems.isEmpty() ? "ok" : problems.size() + " problems"));
                    if (!problems.isEmpty()) {
                        sweep.failures.put(name + " (" + page.path() + ")", problems);
                    }
                }
            }
        }
        return sweep;
    }

    /**
     * One axe run over the whole page, for violations only (collecting every pass would double its time). In elder
     * and contrast modes the enhanced-contrast rule (WCAG 1.4.6, 7:1) runs as well: those modes promise it. Legacy mode
     * runs axe in the page in one call instead of frame by frame: the site has no frames, and it halves the time.
     */
    @SuppressWarnings("deprecation")
    static AxeBuilder axe(boolean enhanced) {
        AxeRunOnlyOptions only = new AxeRunOnlyOptions();
        only.setType("tag");
        List<String> tags = new ArrayList<>(TAGS);
        tags.add(BEST_PRACTICE);
        only.setValues(tags);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(only);
        options.setResultTypes(List.of("violations"));
        if (enhanced) {
            AxeRuleOptions enabled = new AxeRuleOptions();
            enabled.setEnabled(true);
            options.setRules(Map.of("color-contrast-enhanced", enabled));
        }
        return new AxeBuilder().withOptions(options).setLegacyMode(true);
    }

    static String abbreviate(String html) {
        String s = html == null ? "" : html.replaceAll("\\s+", " ");
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
