package org.relecture.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.relecture.testing.HeadlessChromium;

/** The checking page in headless Chromium, driven with the keyboard and the mouse. */
class ServerPageTest {
    private static final String TEXT = "Nous avons recu la lettre hier.Le facteur est passé tôt.";

    private static TestServer server;
    private static HeadlessChromium chromium;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(ServerLimits.defaults());
        chromium = HeadlessChromium.start();
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            chromium.close();
        } finally {
            server.close();
        }
    }

    /** Each test answers for its own console: what earlier ones logged (a refused cross-site form) is read away. */
    @BeforeEach
    void forgetEarlierConsoleMessages() {
        chromium.consoleErrors();
    }

    @Test
    void checkHighlightApplyASuggestionAndSeeTheScoreRise() throws Exception {
        ChromeDriver page = chromium.driver();
        page.get(server.url() + "/");
        WebElement text = page.findElement(By.id("text"));
        text.sendKeys(TEXT);
        text.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        await(() -> marks(page).size() == 2);

        assertEquals(List.of("cat-spelling", "cat-spacing"),
                marks(page).stream().map(m -> m.getAttribute("class")).toList());
        assertEquals("recu", marks(page).get(0).getText());
        assertTrue(marks(page).get(0).getAttribute("aria-label").startsWith("orthographe"));
        double before = score(page);
        assertTrue(before < 100, "score " + before);
        // Two minor errors in a dozen words, counted over the minimum of 100: 20 points per 1,000 words.
        assertEquals("sous l’objectif · non conforme", page.findElement(By.id("score-band")).getText());
        assertTrue(page.findElement(By.id("score-detail")).getText().contains("score MQM"));
        Files.write(Path.of("target", "server-page.png"), page.getScreenshotAs(OutputType.BYTES));

        // Keyboard: Enter on the highlight moves to its first suggestion; Enter applies it.
        marks(page).get(0).sendKeys(Keys.ENTER);
        WebElement suggestion = page.switchTo().activeElement();
        assertEquals("reçu", suggestion.getText());
        suggestion.sendKeys(Keys.ENTER);
        await(() -> marks(page).size() == 1);
        assertTrue(text.getAttribute("value").startsWith("Nous avons reçu la lettre"));
        double after = score(page);
        assertTrue(after > before, before + " -> " + after);

        // Mouse: the remaining suggestion, clicked, leaves a clean text scoring 100.
        page.findElement(By.cssSelector("#findings .suggestions button")).click();
        await(() -> marks(page).isEmpty() && page.findElement(By.id("status")).getText().startsWith("Aucun"));
        assertEquals("Nous avons reçu la lettre hier. Le facteur est passé tôt.", text.getAttribute("value"));
        assertEquals(100.0, score(page));
        assertEquals("excellent · conforme", page.findElement(By.id("score-band")).getText());
        assertEquals(List.of(), chromium.consoleErrors());
    }

    @Test
    void applySafeFixesLeavesOnlyWhatNeedsAHuman() throws Exception {
        ChromeDriver page = chromium.driver();
        page.get(server.url() + "/");
        WebElement text = page.findElement(By.id("text"));
        text.sendKeys("Les Etats ont recu la lettre hier.Le facteur est passé tôt.");
        page.findElement(By.id("fix")).click();
        WebElement status = page.findElement(By.id("status"));
        await(() -> status.getText().startsWith("2 corrections sûres faites"));
        assertEquals("Les États ont recu la lettre hier. Le facteur est passé tôt.", text.getAttribute("value"));
        assertEquals(List.of("recu"), marks(page).stream().map(WebElement::getText).toList());
        assertTrue(status.getText().endsWith("1 problème reste à décider."), status.getText());
        assertTrue(score(page) < 100);

        page.findElement(By.id("fix")).click();
        await(() -> status.getText().startsWith("Aucune correction sûre à faire"));
        assertEquals("Les États ont recu la lettre hier. Le facteur est passé tôt.", text.getAttribute("value"));
        assertEquals(List.of(), chromium.consoleErrors());
    }

    @Test
    void aServerErrorIsShownNotThrown() {
        ChromeDriver page = chromium.driver();
        page.get(server.url() + "/");
        page.findElement(By.id("check")).click();
        WebElement error = page.findElement(By.id("error"));
        await(error::isDisplayed);
        assertTrue(error.getText().contains("vide"), error.getText());
    }

    /**
     * A page of another site submits a form to the server (a cross-site request forgery): the
     * browser sends it with its Origin, and the server refuses to check it.
     */
    @Test
    void aFormOnAnotherSitesPageCannotRunACheck() {
        ChromeDriver page = chromium.driver();
        String attack = "<form id=f method=post action='" + server.url() + "/v2/check'>"
                + "<input name=language value=fr><input name=text value='Nous avons recu la lettre.'></form>"
                + "<script>document.getElementById('f').submit()</script>";
        page.get("data:text/html;charset=utf-8," + URLEncoder.encode(attack, StandardCharsets.UTF_8).replace("+", "%20"));
        await(() -> page.getCurrentUrl().startsWith(server.url()));
        String shown = page.findElement(By.tagName("body")).getText();
        assertTrue(shown.contains("\"status\":403") && !shown.contains("matches"), shown);
    }

    private static List<WebElement> marks(ChromeDriver page) {
        return page.findElements(By.cssSelector("#annotated mark"));
    }

    private static double score(ChromeDriver page) {
        return Double.parseDouble(page.findElement(By.id("score-value")).getText().replace(',', '.'));
    }

    /** Waits for the page to catch up with a check; a minute is far beyond any check here. */
    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the page did not get there");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
