package com.quotedesk.web;

import com.quotedesk.article.ArticleResource;
import io.quarkus.logging.Log;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A reviewer's day in a real browser (Debian's chromium + chromedriver): sign in, add the founding article,
 * review claims, follow a speaker, download the CSV. Screenshots at 375 and 1440 px go to
 * target/screenshots/. Skipped, with a message, where Chromium is not installed.
 */
@QuarkusTest
class BrowserReviewTest {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final Path SHOTS = Path.of("target", "screenshots");

    static WebDriver driver;
    static Path profile;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void startBrowser() throws IOException {
        Assumptions.assumeTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
                "Browser tests skipped: install Debian's chromium and chromium-driver (" + CHROMIUM + ", "
                        + CHROMEDRIVER + ") to run them");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        profile = Files.createTempDirectory("quotedesk-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1440,1000", "--lang=en");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(0));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void reviewerShouldReviewTheFoundingArticleInTheBrowser() {
        // Sign in: the page asked for comes back after the form
        open("/");
        assertTrue(driver.getCurrentUrl().endsWith("/login"), "anonymous → sign-in page: " + driver.getCurrentUrl());
        shoot("login");
        driver.findElement(By.id("j_username")).sendKeys("admin");
        driver.findElement(By.id("j_password")).sendKeys("test-admin-password");
        driver.findElement(By.cssSelector("form[action='/j_security_check'] button")).click();
        waitFor(By.cssSelector("main h1"));
        assertEquals("Articles", text("main h1"));

        // Add the founding article: the empty state's button, or the form when other tests added articles
        List<WebElement> sample = driver.findElements(By.id("load-sample"));
        if (!sample.isEmpty()) {
            shoot("articles-empty");
            sample.get(0).click();
        } else {
            open("/articles/new");
            shoot("add-article");
            // A line of our own at the end makes it a fresh article (other tests review the shared sample);
            // the offsets of everything before it are the sample's own
            ((JavascriptExecutor) driver).executeScript("document.getElementById('text').value = arguments[0];",
                    ArticleResource.sampleRequest().text() + "\nBrowser test " + System.nanoTime());
            driver.findElement(By.id("title")).sendKeys(ArticleResource.sampleRequest().title());
            driver.findElement(By.id("outlet")).sendKeys("CNN Arabic");
            driver.findElement(By.cssSelector("form[action='/articles'] button[type=submit]")).click();
        }
        waitFor(By.id("article-text"));
        assertEquals("rtl", driver.findElement(By.id("article-text")).getDomAttribute("dir"));
        assertEquals("ar", driver.findElement(By.id("article-text")).getDomAttribute("lang"));
        assertTrue(driver.findElements(By.cssSelector("#flash")).size() == 1, "a flash after adding");
        String articleUrl = driver.getCurrentUrl().replaceAll("#.*", "");

        // Every claim is highlighted where it stands in the text
        List<WebElement> cards = driver.findElements(By.cssSelector(".claim-card"));
        assertTrue(cards.size() >= 3, "the sample should yield several claims, found " + cards.size());
        for (WebElement card : cards) {
            String id = card.getDomAttribute("data-claim");
            assertFalse(driver.findElements(By.id("q-" + id)).isEmpty(), "claim " + id + " is highlighted in the text");
        }
        int reviewedBefore = reviewed();
        shoot("review-start");

        List<String> open = unverifiedClaimIds();
        assertTrue(open.size() >= 3, "need three claims still to review");
        String first = open.get(0);
        String second = open.get(1);
        String third = open.get(2);

        String firstQuote = card(first).findElement(By.cssSelector(".quote")).getText().strip();
        // Claim 1: attributed, speaker corrected to Vladimir Putin (the sample's first quote is his)
        WebElement card = card(first);
        card.findElement(By.cssSelector("input[value=ATTRIBUTED]")).click();
        card.findElement(By.cssSelector("details.more summary")).click();
        WebElement speaker = card.findElement(By.name("speaker"));
        speaker.clear();
        speaker.sendKeys("Vladimir Putin");
        card.findElement(By.cssSelector(".review-form button[type=submit]")).click();
        waitFor(By.id("flash"));
        assertTrue(text("#flash").startsWith("Saved claim"), text("#flash"));
        assertEquals("Attributed", card(first).findElement(By.cssSelector(".badge")).getText());
        assertEquals("Vladimir Putin", card(first).findElement(By.cssSelector(".speaker")).getText());

        // Claim 2: disputed, with a note
        card = card(second);
        card.findElement(By.cssSelector("input[value=DISPUTED]")).click();
        card.findElement(By.name("note")).sendKeys("Wording differs from the Kremlin transcript");
        card.findElement(By.cssSelector(".review-form button[type=submit]")).click();
        waitFor(By.id("flash"));
        assertEquals("Disputed", card(second).findElement(By.cssSelector(".badge")).getText());
        assertEquals("Wording differs from the Kremlin transcript", card(second).findElement(By.cssSelector(".note")).getText());
        assertTrue(driver.findElement(By.id("q-" + second)).getDomAttribute("class").contains("st-disputed"),
                "the highlight in the text takes the new status");

        // Claim 3: dismissed with a reason
        card = card(third);
        card.findElement(By.cssSelector("details.dismiss summary")).click();
        card.findElement(By.name("reason")).sendKeys("Scare quotes around a single word, not a quotation");
        card.findElement(By.cssSelector("details.dismiss button[type=submit]")).click();
        waitFor(By.id("flash"));
        assertEquals("Dismissed", card(third).findElement(By.cssSelector(".badge")).getText());

        // Progress moved by three
        assertEquals(reviewedBefore + 3, reviewed(), "progress counts the three reviewed claims");
        shoot("review-done");
        shootViewport("review-claims-375", 375, "c-" + second);
        shootViewport("review-claims-1440", 1440, "c-" + second);

        // Add a missed claim by selecting words in the text: the script turns the selection into offsets
        String picked = (String) ((JavascriptExecutor) driver).executeScript(
                "var spans = document.querySelectorAll('#article-text p.para-body span[data-s]');"
                + "for (var i = spans.length - 1; i >= 0; i--) { var t = spans[i].firstChild;"
                + "  if (t && t.length > 60) { var r = document.createRange(); r.setStart(t, 10); r.setEnd(t, 40);"
                + "    var sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(r); var w = r.toString();"
                + "    document.getElementById('article-text').dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));"
                + "    return (parseInt(spans[i].getAttribute('data-s'), 10) + 10) + '|' + w; } }"
                + "return null;");
        assertTrue(picked != null, "a long plain run of text to select");
        int selStart = Integer.parseInt(picked.substring(0, picked.indexOf('|')));
        String words = picked.substring(picked.indexOf('|') + 1);
        assertEquals(String.valueOf(selStart), driver.findElement(By.id("start")).getDomProperty("value"));
        assertEquals(String.valueOf(selStart + 30), driver.findElement(By.id("end")).getDomProperty("value"));
        String atOffsets = ArticleResource.sampleRequest().text().substring(selStart, selStart + 30);
        assertEquals(atOffsets, words, "page offsets are the article's own offsets (the pasted text is stored as sent)");
        driver.findElement(By.id("new-speaker")).sendKeys("Kim Jong Un");
        driver.findElement(By.cssSelector("#add-claim-form button[type=submit]")).click();
        waitFor(By.id("flash"));
        assertTrue(text("#flash").startsWith("Claim added"), text("#flash"));
        String added = driver.getCurrentUrl().replaceAll(".*#c-", "");
        assertEquals(atOffsets.strip().replaceAll("\\s+", " "),
                card(added).findElement(By.cssSelector(".quote")).getText().strip().replaceAll("\\s+", " "),
                "the new claim's quote is the text at the offsets in the form");
        assertFalse(driver.findElements(By.id("q-" + added)).isEmpty(), "the added claim is highlighted in the text");
        assertEquals("Kim Jong Un", card(added).findElement(By.cssSelector(".speaker")).getText());

        // Keyboard: j moves to a claim, a marks it attributed
        open(articleUrl.replace(base.toString().replaceAll("/$", ""), ""));
        List<String> still = unverifiedClaimIds();
        if (!still.isEmpty()) {
            String target = still.get(0);
            ((JavascriptExecutor) driver).executeScript("document.getElementById('c-' + arguments[0]).focus();", target);
            new org.openqa.selenium.interactions.Actions(driver).sendKeys("a").perform();
            waitFor(By.id("flash"));
            assertEquals("Attributed", card(target).findElement(By.cssSelector(".badge")).getText(),
                    "the a key marks the focused claim attributed");
        }

        // The speaker page for Putin lists the claim
        open("/speakers?q=putin");
        driver.findElement(By.linkText("Vladimir Putin")).click();
        waitFor(By.cssSelector(".result-list"));
        List<WebElement> results = driver.findElements(By.cssSelector(".result-list .result"));
        assertFalse(results.isEmpty(), "Putin's page lists his claims");
        assertTrue(driver.findElement(By.cssSelector(".result-list")).getText().contains(firstQuote),
                "Putin's page shows the claim attributed to him: " + firstQuote);
        shoot("speaker-putin");
        String speakerUrl = driver.getCurrentUrl();

        // Filter by status
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("f-status"))).selectByValue("ATTRIBUTED");
        driver.findElement(By.cssSelector(".filters button[type=submit]")).click();
        waitFor(By.cssSelector("main h1"));
        assertTrue(driver.findElements(By.cssSelector(".result-list .badge")).stream()
                .allMatch(b -> b.getText().equals("Attributed")), "the status filter keeps attributed claims only");

        // Download the CSV through the page route (session cookie, not HTTP Basic)
        open(articleUrl.replace(base.toString().replaceAll("/$", ""), ""));
        String csvHref = driver.findElement(By.id("report-csv")).getDomProperty("href");
        Response csv = RestAssured.given().cookie("quarkus-credential",
                driver.manage().getCookieNamed("quarkus-credential").getValue()).redirects().follow(false).get(csvHref);
        if (csv.statusCode() == 501) {
            Log.warn("CSV content check skipped: reports are not implemented on this branch yet (501)");
        } else {
            assertEquals(200, csv.statusCode(), csv.asString());
            assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
            assertTrue(csv.header("Content-Disposition").contains("attachment"), "a download");
            assertTrue(csv.asString().contains("Vladimir Putin"), "the CSV names the corrected speaker");
        }

        // Other pages at both widths
        open("/");
        shoot("articles");
        // Search folds Arabic spelling variants: ى for ي and no diacritics still finds مستوى جديد
        open("/search?q=" + java.net.URLEncoder.encode("مستوي جديد", java.nio.charset.StandardCharsets.UTF_8));
        assertFalse(driver.findElements(By.cssSelector(".result-list .result")).isEmpty(),
                "search should find the quote despite the spelling variant");
        shoot("search");
        open("/speakers");
        shoot("speakers");
        open("/admin/users");
        shoot("users");
        open(speakerUrl.replace(base.toString().replaceAll("/$", ""), ""));
    }

    // ---- helpers ----

    /** What a reviewer sees of the page at this width with the element {@code id} scrolled into view. */
    private void shootViewport(String name, int width, String id) {
        driver.manage().window().setSize(new Dimension(width, 900));
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).scrollIntoView();", id);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        try {
            Files.copy(shot.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        driver.manage().window().setSize(new Dimension(1440, 1000));
    }

    private void open(String path) {
        driver.get(base.toString().replaceAll("/$", "") + path);
    }

    private String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText().strip();
    }

    private WebElement card(String id) {
        return driver.findElement(By.id("c-" + id));
    }

    private List<String> unverifiedClaimIds() {
        return driver.findElements(By.cssSelector(".claim-card.st-unverified")).stream()
                .map(e -> e.getDomAttribute("data-claim")).toList();
    }

    private int reviewed() {
        Matcher m = Pattern.compile("(\\d+) of (\\d+) reviewed").matcher(text("#progress .progress-text"));
        assertTrue(m.find(), "progress text");
        return Integer.parseInt(m.group(1));
    }

    private void waitFor(By by) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(by));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("waited for " + by + " on " + driver.getCurrentUrl() + "; the page says: "
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    /** Screenshots of the whole page at phone and desktop width; also checks the phone layout never scrolls sideways. */
    private void shoot(String name) {
        for (int width : new int[]{375, 1440}) {
            driver.manage().window().setSize(new Dimension(width, 900));
            JavascriptExecutor js = (JavascriptExecutor) driver;
            long inner = ((Number) js.executeScript("return window.innerWidth;")).longValue();
            long scroll = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
            assertTrue(scroll <= inner, name + " at " + width + " px scrolls sideways: page " + scroll
                    + " px wide in a " + inner + " px window");
            long height = ((Number) js.executeScript("return document.documentElement.scrollHeight;")).longValue();
            js.executeScript("window.scrollTo(0, 0);");
            driver.manage().window().setSize(new Dimension(width, (int) Math.min(Math.max(height + 150, 600), 7000)));
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            try {
                Files.copy(shot.toPath(), SHOTS.resolve(name + "-" + width + ".png"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        driver.manage().window().setSize(new Dimension(1440, 1000));
    }
}
