package org.herald.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven through Selenium, for browser tests.
 *
 * <p>Everything points at the distribution's binaries so Selenium Manager never downloads a
 * driver, and every browser gets a throw-away profile and XDG folders so nothing is written to
 * the home directory or shared between tests. Close it (try-with-resources or
 * {@code @AfterAll}): closing quits Chromium and deletes its temporary folder.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(30);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String AXE_RESOURCE = "/axe/axe.min.js";
    private static final int TARGETS_PER_VIOLATION = 3;

    /**
     * Runs axe and hands back plain maps and lists, because Selenium converts those to Java
     * collections; a node's target is an array per frame (and nested per shadow root), flattened
     * here into one readable selector.
     */
    private static final String RUN_AXE = """
            const done = arguments[arguments.length - 1];
            const selector = t => [].concat(t).map(s => [].concat(s).join(' >>> ')).join(' | ');
            axe.run(document, {resultTypes: ['violations']})
              .then(r => done(r.violations.map(v => ({
                id: v.id, impact: v.impact || 'unknown', help: v.help,
                nodes: v.nodes.length, targets: v.nodes.slice(0, %d).map(n => selector(n.target))}))))
              .catch(e => done('axe failed: ' + e));
            """.formatted(TARGETS_PER_VIOLATION);

    private final ChromeDriver driver;
    private final Path tempDir;

    private Browser(ChromeDriver driver, Path tempDir) {
        this.driver = driver;
        this.tempDir = tempDir;
    }

    /** Starts a fresh headless Chromium; fails if it cannot start, never falls back to a download. */
    public static Browser start() {
        return start(true);
    }

    /**
     * Starts a fresh headless Chromium with JavaScript switched off in its content settings, as
     * some readers browse: pages must work the same.
     */
    public static Browser startWithoutJavaScript() {
        return start(false);
    }

    private static Browser start(boolean javaScript) {
        Path tempDir = createTempDir();
        try {
            ChromeOptions options = options(tempDir);
            if (!javaScript) {
                options.setExperimentalOption("prefs",
                        Map.of("profile.managed_default_content_settings.javascript", 2));
            }
            ChromeDriver driver = new ChromeDriver(driverService(tempDir), options);
            driver.manage().timeouts().scriptTimeout(SCRIPT_TIMEOUT);
            return new Browser(driver, tempDir);
        } catch (RuntimeException e) {
            deleteRecursively(tempDir);
            throw e;
        }
    }

    private static ChromeDriverService driverService(Path tempDir) {
        // Chromium inherits chromedriver's environment; without these it writes to ~/.config.
        Map<String, String> environment = Map.of(
                "XDG_CONFIG_HOME", tempDir.resolve("xdg-config").toString(),
                "XDG_CACHE_HOME", tempDir.resolve("xdg-cache").toString());
        return new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withEnvironment(environment)
                .build();
    }

    private static ChromeOptions options(Path tempDir) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--user-data-dir=" + tempDir.resolve("profile"));
        return options;
    }

    /**
     * Saves the whole page, not just the window, to {@code target/screenshots/<name>.png}: the
     * window is stretched to the page's height for the shot, then restored.
     */
    public Path fullPageScreenshot(String name) {
        org.openqa.selenium.Dimension window = driver.manage().window().getSize();
        Number height = (Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(window.getWidth(),
                Math.max(window.getHeight(), height.intValue() + 100)));
        try {
            return screenshot(name);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    /**
     * Runs a script in every page (and frame) this browser opens from now on, before the page's
     * own scripts: through the DevTools protocol, so the page's Content-Security-Policy does not
     * apply to it.
     */
    public void onEveryPage(String script) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
    }

    /**
     * Clicks a link or submit button of {@code driver}'s page and returns once the page it leads
     * to has loaded. Selenium's click can return while the old page is still shown, so the next
     * look-up would find the old page's elements, or elements gone by the time they are read.
     */
    public static void clickThrough(WebDriver driver, By target) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.heraldPageBeforeClick = true;");
        driver.findElement(target).click();
        // Asked while the page changes, Chromium can answer with an error instead of either page:
        // the question is asked again until the new page's window, without the mark, answers.
        new WebDriverWait(driver, PAGE_TIMEOUT).ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(
                js.executeScript("return !window.heraldPageBeforeClick && document.readyState === 'complete';")));
    }

    /** The Selenium driver, for navigation and element look-ups. */
    public WebDriver driver() {
        return driver;
    }

    /**
     * Runs axe-core on the current page and describes each violation on one line:
     * rule id, impact, help text and the CSS targets of the first few offending nodes.
     * An empty list means axe found no violation.
     */
    public List<String> axeViolations() {
        driver.executeScript(AxeScript.SOURCE);
        Object result = driver.executeAsyncScript(RUN_AXE);
        if (!(result instanceof List<?> violations)) {
            throw new IllegalStateException(String.valueOf(result));
        }
        return violations.stream().map(v -> describe((Map<?, ?>) v)).toList();
    }

    private static String describe(Map<?, ?> violation) {
        List<?> targets = (List<?>) violation.get("targets");
        long nodes = ((Number) violation.get("nodes")).longValue();
        String more = nodes > targets.size() ? " (+" + (nodes - targets.size()) + " more)" : "";
        return "%s [%s] %s: %s%s".formatted(violation.get("id"), violation.get("impact"),
                violation.get("help"), String.join(", ", targets.stream().map(String::valueOf).toList()),
                more);
    }

    /** Saves a PNG of the viewport as {@code target/screenshots/<name>.png} and returns its path. */
    public Path screenshot(String name) {
        if (!name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("Screenshot name must be a plain file name: " + name);
        }
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            return Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Quits Chromium and chromedriver and deletes the temporary profile. */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteRecursively(tempDir);
        }
    }

    /** Loads axe-core once per JVM, on first use, so tests that never call axe never read it. */
    private static final class AxeScript {

        static final String SOURCE = load();

        private static String load() {
            try (InputStream in = Browser.class.getResourceAsStream(AXE_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(AXE_RESOURCE + " is missing from the test classpath");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Path createTempDir() {
        try {
            return Files.createTempDirectory("herald-browser-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // A leftover temp folder must not fail a test that has already passed.
            System.err.println("Could not delete " + dir + ": " + e);
        }
    }
}
