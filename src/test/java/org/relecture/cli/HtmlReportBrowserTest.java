package org.relecture.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.relecture.testing.HeadlessChromium;
import org.relecture.text.TextDecoder;

/**
 * The acceptance check of the HTML report: {@code check --format html --output FILE seeds/} opened
 * in Debian's headless Chromium. Findings counts come from the JSON report of the same run.
 */
class HtmlReportBrowserTest {
    @TempDir
    static Path dir;
    private static HeadlessChromium chromium;
    private static ChromeDriver page;
    private static Map<String, JsonNode> json = new HashMap<>();

    @BeforeAll
    static void openTheSeedsReport() throws Exception {
        Path html = dir.resolve("seeds.html");
        CliRun run = CliRun.run("check", "--format", "html", "--output", html.toString(), "seeds/");
        assertEquals(0, run.exitCode(), run.err());
        for (JsonNode doc : CliRun.shared("check", "--format", "json", "seeds/").json().path("documents")) {
            json.put(doc.path("path").asText(), doc);
        }
        chromium = HeadlessChromium.start();
        page = chromium.driver();
        page.get(html.toUri().toString());
    }

    @AfterAll
    static void close() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
    }

    private static Object js(String script, Object... args) {
        return page.executeScript(script, args);
    }

    @Test
    void opensWithoutConsoleErrorsAndShowsEverySeed() throws Exception {
        assertEquals(List.of(), chromium.consoleErrors());
        List<WebElement> articles = page.findElements(By.cssSelector("article.doc"));
        assertEquals(5, articles.size());
        Files.write(Path.of("target", "html-report.png"), page.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void eachArticleShowsItsWholeTextWithAHighlightPerFinding() throws Exception {
        for (WebElement article : page.findElements(By.cssSelector("article.doc"))) {
            String path = article.findElement(By.tagName("h2")).getText();
            JsonNode doc = json.get(path);
            Object distinct = js("return new Set([...arguments[0].querySelectorAll('mark.f')].map(m => m.dataset.f)).size",
                    article);
            assertEquals(doc.path("findings").size(), ((Number) distinct).intValue(), path);
            String shown = (String) js("return arguments[0].querySelector('.text').textContent", article);
            String text = TextDecoder.decode(Files.readAllBytes(Path.of(path)), path);
            assertEquals(text.replace("\r\n", "\n").replace('\r', '\n'), shown, path);
        }
    }

    @Test
    void theRankingListsTheDocumentsBestFirstWithLinksToTheirArticles() {
        List<WebElement> rows = page.findElements(By.cssSelector("#ranking tbody tr"));
        assertEquals(5, rows.size());
        List<Double> scores = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<WebElement> cells = rows.get(i).findElements(By.tagName("td"));
            assertEquals(Integer.toString(i + 1), cells.get(0).getText());
            WebElement link = cells.get(1).findElement(By.tagName("a"));
            String target = link.getAttribute("href").replaceAll(".*#", "");
            assertEquals(link.getText(), page.findElement(By.id(target)).findElement(By.tagName("h2")).getText());
            JsonNode doc = json.get(link.getText());
            double quality = Double.parseDouble(cells.get(2).getText().trim());
            assertEquals(doc.path("calibratedScore").asDouble(), quality, 1e-9, link.getText());
            assertEquals(doc.path("band").asText().replace('-', ' '), cells.get(3).getText().trim(), link.getText());
            assertEquals(doc.path("verdict").asText(), cells.get(4).getText().trim(), link.getText());
            assertEquals(doc.path("score").asDouble(), Double.parseDouble(cells.get(6).getText().trim()), 1e-9);
            scores.add(quality);
        }
        for (int i = 1; i < scores.size(); i++) {
            assertTrue(scores.get(i - 1) >= scores.get(i), "best first: " + scores);
        }
    }

    /** One bar per quality band, each counting the documents the JSON report puts in it. */
    @Test
    void theDistributionShowsTheDocumentsPerBand() {
        Map<String, Integer> expected = new HashMap<>();
        json.values().forEach(doc -> expected.merge(doc.path("band").asText(), 1, Integer::sum));
        List<WebElement> bars = page.findElements(By.cssSelector("#chart rect.bar"));
        assertEquals(List.of("poor", "below-target", "good", "high", "best"),
                bars.stream().map(b -> b.getAttribute("data-band")).toList(), "worst band on the left");
        for (WebElement bar : bars) {
            assertEquals(expected.getOrDefault(bar.getAttribute("data-band"), 0),
                    Integer.parseInt(bar.getAttribute("data-count")), bar.getAttribute("data-band"));
        }
        long shown = bars.stream().filter(b -> Integer.parseInt(b.getAttribute("data-count")) > 0).count();
        assertTrue(shown >= 3, "the seeds' good and poor articles fall in different bars: " + expected);
    }

    @Test
    void hoverAndFocusShowTheMessageAndAFilterHidesItsHighlights() {
        WebElement mark = page.findElement(By.cssSelector("mark.f.c-spelling"));
        new Actions(page).moveToElement(mark).perform();
        WebElement tip = page.findElement(By.id("tip"));
        assertTrue(tip.isDisplayed());
        assertTrue(tip.getText().contains(mark.getAttribute("data-msg")), tip.getText());
        WebElement focused = page.findElement(By.cssSelector("mark.f.c-grammar[tabindex]"));
        js("arguments[0].focus()", focused);
        String tipText = (String) js("return arguments[0].textContent", tip);
        assertTrue(tipText.contains(focused.getAttribute("data-msg")) && tipText.contains("grammar"), tipText);

        String highlighted = mark.getCssValue("background-color");
        assertNotEquals("rgba(0, 0, 0, 0)", highlighted);
        page.findElement(By.cssSelector("input[data-filter=cat][value=spelling]")).click();
        for (WebElement spelling : page.findElements(By.cssSelector("mark.f.c-spelling"))) {
            assertEquals("rgba(0, 0, 0, 0)", spelling.getCssValue("background-color"));
        }
        WebElement grammar = page.findElement(By.cssSelector("mark.f.c-grammar"));
        assertNotEquals("rgba(0, 0, 0, 0)", grammar.getCssValue("background-color"), "other categories stay");
        page.findElement(By.cssSelector("input[data-filter=cat][value=spelling]")).click();
        assertEquals(highlighted, mark.getCssValue("background-color"));
        assertEquals(List.of(), chromium.consoleErrors());
    }
}
