package id.peristiwa.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.peristiwa.store.EventFilter;
import id.peristiwa.store.Store;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}): search, an
 * article with its highlights and event details, the dyad chart, the network, the map and the source chains
 * render, the hostile article runs none of its scripts, and no page logs an error to the console. Screenshots
 * are kept under {@code target/screenshots/}. Skipped when the browser or its driver is not installed.
 */
class DashboardBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("peristiwa.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("peristiwa.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dir;
    static Store store;
    static PeristiwaServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM);
        Assumptions.assumeTrue(Files.isExecutable(DRIVER), "no chromedriver at " + DRIVER);
        store = Store.openReadOnly(NewsStore.build(dir));
        server = PeristiwaServer.start(store, PeristiwaServer.LOOPBACK, 0);
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--window-size=1280,1000", "--lang=id");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString())).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @AfterEach
    void noConsoleErrors() {
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .toList();
        assertThat(errors).isEmpty();
    }

    private void open(String path) {
        browser.get(server.uri().resolve(path).toString());
    }

    private WebElement await(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    private Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }

    private void screenshot(String name) throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** How many pixels of the first canvas under {@code selector} are drawn (not transparent). */
    private long drawnPixels(String selector) {
        return ((Number) script("const c = document.querySelector(arguments[0] + ' canvas');"
                + "if (!c) return 0;"
                + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + "let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n;", selector))
                .longValue();
    }

    @Test
    void searchThenOpenAnArticleWithItsHighlightsAndEvents() throws IOException {
        open("/?q=latihan");
        WebElement hit = await(By.cssSelector(".hit h2 a"));
        assertThat(hit.getText()).isEqualTo("AS dan Korea Selatan Sepakat Perluas Latihan Militer Gabungan");
        assertThat(browser.findElement(By.id("total")).getText()).isEqualTo("1 artikel");
        assertThat(browser.findElements(By.cssSelector(".snippet mark"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".facets li a"))).isNotEmpty();
        screenshot("search");
        hit.click();
        await(By.cssSelector("#text .trigger"));
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("AS dan Korea Selatan Sepakat Perluas Latihan Militer Gabungan");
        assertThat(browser.findElements(By.cssSelector("#text .mention"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#text .quote"))).isNotEmpty();
        List<WebElement> triggers = browser.findElements(By.cssSelector("#text .trigger"));
        List<WebElement> details = browser.findElements(By.cssSelector("details.event"));
        assertThat(details).hasSizeGreaterThanOrEqualTo(triggers.size()).isNotEmpty();
        WebElement trigger = triggers.getFirst();
        String index = trigger.getDomAttribute("data-event");
        trigger.click();
        WebElement opened = browser.findElement(By.id("event-" + index));
        assertThat(opened.getDomAttribute("open")).isNotNull();
        assertThat(opened.findElement(By.tagName("blockquote")).getText()).contains(trigger.getText());
        assertThat(opened.findElement(By.tagName("code")).getText()).isNotBlank(); // the rule that fired
        screenshot("article");
    }

    @Test
    void dyadPageDrawsItsTimeline() throws IOException {
        open("/dyad.html?a=PRK&b=USA&interval=day");
        await(By.cssSelector("#dyad-chart canvas"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> drawnPixels("#dyad-chart") > 1000);
        await(By.cssSelector(".event-list li")); // the events load after the chart
        assertThat(browser.findElements(By.cssSelector(".event-list li"))).hasSize((int) store.countEvents(EventFilter.all().withDyad("PRK", "USA")));
        screenshot("dyad");
    }

    @Test
    void networkDrawsTheActors() throws IOException {
        open("/network.html");
        await(By.cssSelector("#network canvas"));
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> script("return window.peristiwaNetwork ? window.peristiwaNetwork.nodes().length : 0")
                        instanceof Number n && n.intValue() > 0);
        long nodes = ((Number) script("return window.peristiwaNetwork.nodes().length")).longValue();
        long api = new Http(server.uri()).json("/api/network?limit=120", 200).get("nodes").size();
        assertThat(nodes).isEqualTo(api);
        screenshot("network");
    }

    @Test
    void mapDrawsCountriesAndPlacesOffline() throws IOException {
        open("/map.html");
        await(By.cssSelector("#map circle.place"));
        assertThat(browser.findElements(By.cssSelector("#map path.country")).size()).isGreaterThan(150);
        long places = new Http(server.uri()).json("/api/places?limit=300", 200).get("places").size();
        assertThat(browser.findElements(By.cssSelector("#map circle.place"))).hasSize((int) places);
        screenshot("map");
    }

    @Test
    void sourceChainsAndActorPagesRender() throws IOException {
        open("/sources.html");
        await(By.cssSelector("#sources-chart canvas"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> drawnPixels("#sources-chart") > 1000);
        await(By.cssSelector("table.data tbody tr"));
        screenshot("sources");
        open("/actor.html?code=USA");
        await(By.cssSelector("#actor-types canvas"));
        assertThat(browser.findElement(By.id("actor-summary")).getText()).startsWith("Amerika Serikat");
        screenshot("actor");
    }

    @Test
    void hostileArticleRunsNoneOfItsScripts() throws IOException {
        open("/?q=siber");
        WebElement hit = await(By.cssSelector(".hit h2 a"));
        assertThat(hit.getText()).contains(NewsStore.SCRIPT, NewsStore.IMAGE); // shown as text
        hit.click();
        WebElement text = await(By.id("text"));
        assertThat(text.getText()).contains(NewsStore.LINK, NewsStore.IMAGE);
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(NewsStore.SCRIPT);
        assertThat(browser.findElements(By.cssSelector("#page img, #page script, #text a"))).isEmpty();
        assertThat(script("return typeof window.__xss")).isEqualTo("undefined");
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        screenshot("hostile");
    }
}
