package org.weimin.ui.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Real headless Chromium (Debian's chromium and chromium-driver), sized like a phone unless told otherwise. */
final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final WebDriverWait wait;

    Browser(int width, int height) {
        this(width, height, null);
    }

    /**
     * @param trustedOrigin an http origin Chromium treats as secure, so that pages there may ask for the
     *                     location (production serves HTTPS; the test platform plain HTTP)
     */
    Browser(int width, int height, String trustedOrigin) {
        ChromeOptions options = new ChromeOptions();
        if (trustedOrigin != null) {
            options.addArguments("--unsafely-treat-insecure-origin-as-secure=" + trustedOrigin);
        }
        options.setBinary(System.getProperty("weimin.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + width + "," + height, "--lang=zh-CN",
                "--user-data-dir=" + tempDir());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("weimin.chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // A sign-in or a Vaadin navigation can replace the page while a condition is checked ("aborted by
        // navigation", stale elements): check again rather than fail; a real absence still times out.
        wait.ignoring(WebDriverException.class);
    }

    static final By USERNAME = By.cssSelector("vaadin-text-field[name='username'] input");
    static final By PASSWORD = By.cssSelector("vaadin-password-field[name='password'] input");

    void open(String url) {
        driver.get(url);
    }

    /** Fills in the sign-in form on the page and sends it (the demo password unless told otherwise). */
    void signIn(String username) {
        signIn(username, "demo1234");
    }

    void signIn(String username, String password) {
        type(USERNAME, username);
        type(PASSWORD, password + Keys.ENTER);
    }

    WebElement waitFor(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /**
     * Clicks an element after scrolling it to the middle, where no dialog footer or header covers it; finds it
     * again when the page re-renders it in between.
     */
    void click(By locator) {
        wait.until(d -> {
            WebElement element = ExpectedConditions.visibilityOfElementLocated(locator).apply(d);
            if (element == null) {
                return false;
            }
            ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            element.click();
            return true;
        });
    }

    /**
     * Ticks the selection box of the grid row that shows the text. Grids keep hidden rows for reuse, so the
     * box is found by where it stands on the screen, level with the visible cell that holds the text.
     */
    void tickRowOf(String text) {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                const cell = [...document.querySelectorAll('vaadin-grid-cell-content')]
                    .find(c => c.textContent.includes(arguments[0]) && c.getBoundingClientRect().height > 0);
                if (!cell) return false;
                const top = cell.getBoundingClientRect().top;
                const box = [...document.querySelectorAll('vaadin-grid-cell-content > vaadin-checkbox')]
                    .find(b => { const r = b.getBoundingClientRect(); return r.height > 0 && Math.abs(r.top - top) < 30; });
                if (!box) return false;
                box.click();
                return true;
                """, text)));
    }

    /** Clicks the one element of those matching that is on the screen (an open list's option, when closed lists keep theirs). */
    void clickShown(By locator) {
        wait.until(d -> {
            WebElement shown = d.findElements(locator).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
            if (shown == null) {
                return false;
            }
            shown.click();
            return true;
        });
    }

    /** What the link downloads, fetched by the page itself (with its session), as text. */
    String download(By link) {
        String href = waitFor(link).getAttribute("href");
        Object text = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));", href);
        return String.valueOf(text);
    }

    /** Waits until none of the elements matching is on the screen (a list that closes fades out first). */
    void waitUntilNoneShown(By locator) {
        wait.until(d -> d.findElements(locator).stream().noneMatch(WebElement::isDisplayed));
    }

    /** Brings the element to the middle of the window, for a screenshot of it. */
    void scrollTo(By locator) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", waitFor(locator));
    }

    /** Lets pages read the location, and says the phone is at this point. */
    void locateAt(double latitude, double longitude) {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Browser.grantPermissions", java.util.Map.of("permissions", java.util.List.of("geolocation")));
        chrome.executeCdpCommand("Emulation.setGeolocationOverride",
                java.util.Map.of("latitude", latitude, "longitude", longitude, "accuracy", 10));
    }

    /** Chooses a file in a Vaadin upload, as a person picking a photo would. */
    void upload(By upload, Path file) {
        WebElement input = waitFor(upload).getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        input.sendKeys(file.toAbsolutePath().toString());
    }

    void waitForText(By locator, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    void waitForInvisible(By locator) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(locator));
    }

    boolean isPresent(By locator) {
        return !driver.findElements(locator).isEmpty();
    }

    void type(By locator, String text) {
        WebElement field = waitFor(locator);
        field.clear();
        field.sendKeys(text);
    }

    /** The path of the page shown now, with its query: "/t/huanglong/demands?q=D2612". */
    String currentPath() {
        java.net.URI uri = java.net.URI.create(driver.getCurrentUrl());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    void waitForPathContaining(String part) {
        wait.until(d -> currentPath().contains(part));
    }

    void reload() {
        driver.navigate().refresh();
    }

    /** Replaces what a field holds, as a person selecting it all and typing over it would, and leaves the field. */
    void retype(By locator, String text) {
        WebElement field = waitFor(locator);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        field.sendKeys(text + Keys.TAB);
    }

    /**
     * Presses Tab, as someone without a mouse does, until the element with this id (or something inside it) has
     * the focus; fails when it is not reached within that many presses.
     */
    void tabTo(String id, int atMostPresses) {
        for (int press = 0; press < atMostPresses; press++) {
            new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.TAB).perform();
            Object focused = ((JavascriptExecutor) driver).executeScript(
                    "const a = document.activeElement; return a && (a.id === arguments[0] || !!a.closest('#' + arguments[0]));", id);
            if (Boolean.TRUE.equals(focused)) {
                return;
            }
        }
        throw new AssertionError("#" + id + " was not reached with " + atMostPresses + " presses of Tab");
    }

    /** Types into whatever has the focus, and presses keys, as a keyboard does. */
    void press(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
    }

    /**
     * The controls on the page smaller than a fingertip (44 × 44 px, WCAG 2.5.5): buttons, fields, boxes and links
     * that stand alone; links inside a sentence are exempt, as WCAG says.
     */
    List<String> smallTouchTargets() {
        @SuppressWarnings("unchecked")
        List<String> small = (List<String>) ((JavascriptExecutor) driver).executeScript("""
                const controls = document.querySelectorAll('vaadin-button, vaadin-checkbox, vaadin-select, vaadin-text-field,'
                    + ' vaadin-text-area, vaadin-combo-box, vaadin-date-picker, vaadin-integer-field, vaadin-password-field, a');
                return [...controls].filter(c => {
                    const r = c.getBoundingClientRect();
                    if (r.width === 0 || r.height === 0 || getComputedStyle(c).visibility === 'hidden') return false;
                    if (c.tagName === 'A' && c.parentElement && ['P', 'SPAN', 'LI'].includes(c.parentElement.tagName)
                        && c.parentElement.textContent.trim() !== c.textContent.trim()) return false;
                    const field = c.shadowRoot && c.shadowRoot.querySelector('[part="input-field"]');
                    const box = field ? field.getBoundingClientRect() : r;
                    return box.height < 44 || r.width < 44;
                }).map(c => (c.id ? '#' + c.id : c.tagName.toLowerCase()) + ' ' + Math.round(c.getBoundingClientRect().width)
                    + 'x' + Math.round(c.getBoundingClientRect().height) + ' "' + c.textContent.trim().slice(0, 20) + '"');
                """);
        return small;
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * Looks at the page as it stands: a screenshot in target/screenshots, and axe-core's WCAG 2.1 A and AA rules,
     * failing on any serious or critical violation (the report of every check goes to target/accessibility).
     */
    Path look(String name) {
        Path shot = screenshot(name);
        // A message fading out is half transparent for a moment, and then gone: it is not what a reader reads.
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .exclude("vaadin-notification-card[closing]").analyze(driver);
        List<String> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + ") at " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).limit(5).collect(Collectors.joining(", ")))
                .toList();
        write(Path.of(System.getProperty("weimin.accessibility-dir", "target/accessibility")).resolve(name + ".txt"),
                results.getViolations().stream().map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getNodes().size()
                        + " element(s)").collect(Collectors.joining("\n")));
        if (!serious.isEmpty()) {
            throw new AssertionError("accessibility of " + name + ":\n" + String.join("\n", serious));
        }
        return shot;
    }

    private Path screenshot(String name) {
        try {
            Path folder = Path.of(System.getProperty("weimin.screenshots-dir", "target/screenshots"));
            Files.createDirectories(folder);
            Path target = folder.resolve(name + ".png");
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String tempDir() {
        try {
            return Files.createTempDirectory("chromium-profile").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
