package org.disclose.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver. Nothing is downloaded: both are named by path
 * ({@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}, or the system properties {@code chromium.binary} and
 * {@code webdriver.chrome.driver}). Where either is missing the calling test is skipped, never passed.
 */
final class Chromium implements AutoCloseable {

    static final Path BINARY = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));

    /** Where screenshots and printed PDFs are written for people to review. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** The elder-mode switch as the theme stores it (themes/default/assets/mode.js). */
    static final String ELDER_KEY = "disclose-elder";
    /** The reading modes site.js remembers, each under {@code disclose-<mode>}. */
    static final List<String> MODES = List.of("elder", "contrast", "cursor");

    /**
     * Selenium warns at every start that it has no DevTools bindings for this Chromium; the tests use only the plain
     * CDP commands that chromedriver itself forwards, which need none. (Held here: the logging system keeps loggers
     * only weakly, and would forget the level.)
     */
    private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    static {
        SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(boolean javascript) {
        try {
            profile = Files.createTempDirectory("disclose-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--no-default-browser-check", "--disable-sync",
                "--disable-quic", "--disable-dev-shm-usage", "--disable-extensions", "--password-store=basic",
                "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication",
                "--lang=zh-CN", "--force-device-scale-factor=1", "--hide-scrollbars", "--window-size=1280,900",
                "--user-data-dir=" + profile);
        if (!javascript) {
            options.addArguments("--blink-settings=scriptEnabled=false");
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        driver = new ChromeDriver(service, options);
        // headless, the page has the focus only now and then (Chromium 150): a reader's window always has it, and
        // the keyboard tests press keys on the page as that reader does
        driver.executeCdpCommand("Emulation.setFocusEmulationEnabled", java.util.Map.of("enabled", true));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
    }

    static boolean installed() {
        return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
    }

    /**
     * Skips the calling test unless both Chromium and chromedriver are installed. Call it per test (in a
     * {@code @BeforeEach}): an assumption that fails in {@code @BeforeAll} makes Surefire count no test at all,
     * where each test should be counted as skipped.
     */
    static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(BINARY), "Chromium is not installed at " + BINARY
                + " (apt-get install chromium): browser tests skipped");
        Assumptions.assumeTrue(Files.isExecutable(DRIVER), "chromedriver is not installed at " + DRIVER
                + " (apt-get install chromium-driver): browser tests skipped");
    }

    static Chromium start() {
        assumeInstalled();
        return new Chromium(true);
    }

    static Chromium startWithoutJavaScript() {
        assumeInstalled();
        return new Chromium(false);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** A viewport of {@code width} CSS pixels, as a phone of that width shows it (the viewport meta applies). */
    void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }

    void printMedia(boolean print) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", print ? "print" : ""));
    }

    void open(String url) {
        driver.get(url);
        // a reader's first key goes to the page; Chromium may give a fresh page the focus a moment after loading
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(d -> Boolean.TRUE.equals(js("return document.readyState === 'complete' && document.hasFocus()")));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The element that has the keyboard focus. */
    WebElement active() {
        return driver.switchTo().activeElement();
    }

    /** Presses a key as a keyboard user would, on whatever has the focus. */
    void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    /** Elder mode on or off for every page opened after this, as the header switch would leave it. */
    void elderMode(boolean on) {
        mode("elder", on);
    }

    /** Switches a reading mode on or off as the site remembers it; it takes effect on the next page opened. */
    void mode(String mode, boolean on) {
        js(on ? "localStorage.setItem(arguments[0], '1')" : "localStorage.removeItem(arguments[0])",
                "disclose-" + mode);
    }

    /** The whole page (not only the viewport) as a PNG under target/screenshots/. */
    Path screenshot(String name) {
        try {
            Number height = (Number) js("return Math.min(8000, Math.ceil(document.documentElement.scrollHeight))");
            Number width = (Number) js("return Math.ceil(document.documentElement.clientWidth)");
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height,
                            "scale", 1)));
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The current page printed to PDF (A4) under target/screenshots/, as a person printing it would get. */
    Path printToPdf(String name) {
        try {
            Map<String, Object> pdf = driver.executeCdpCommand("Page.printToPDF", Map.of("paperWidth", 8.27,
                    "paperHeight", 11.69, "printBackground", false));
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".pdf");
            Files.write(file, Base64.getDecoder().decode((String) pdf.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> walk = Files.walk(profile)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // a leftover profile folder is not a test failure
            }
        }
    }

    /** Names the viewport widths the tests look at. */
    static final List<Integer> WIDTHS = List.of(1280, 375);
}
