package org.relecture.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.relecture.check.DocumentResult;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.findings.Severity;
import org.relecture.reports.Format;
import org.relecture.reports.RendererFixtures;
import org.relecture.scoring.ScoredDocument;
import org.relecture.scoring.Scorer;
import org.relecture.testing.HeadlessChromium;
import org.relecture.text.Document;

/** The fixture corpus, plus a document whose path, text and finding try to inject markup, in Chromium. */
class HtmlRendererBrowserTest {
    private static final String HOSTILE_PATH = "docs/<script>window.pwned=1</script>.txt";
    private static final String HOSTILE_TEXT = "Texte <img src=x onerror=\"window.pwned=2\"> et </div></article><script>window.pwned=3</script> fin.\n";

    @TempDir
    Path dir;

    private static List<ScoredDocument> corpus() {
        List<ScoredDocument> docs = new ArrayList<>(RendererFixtures.corpus());
        int start = HOSTILE_TEXT.indexOf("<img");
        Finding f = new Finding("DEBRIS_MARKUP", Category.DEBRIS, Severity.MAJOR, start, HOSTILE_TEXT.indexOf(" fin"),
                "<script>window.pwned=4</script>", List.of("\"><script>window.pwned=5</script>"), "test");
        docs.add(ScoredDocument.of(DocumentResult.checked(new Document(HOSTILE_PATH, HOSTILE_TEXT, List.of()), List.of(f)),
                Scorer.defaults()));
        return docs;
    }

    @Test
    void showsEveryTextWholeRunsOnlyItsOwnScriptAndFiltersBySeverity() throws Exception {
        List<ScoredDocument> docs = corpus();
        Path page = Files.writeString(dir.resolve("report.html"), RendererFixtures.render(Format.HTML, docs));
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            ChromeDriver driver = chromium.driver();
            driver.get(page.toUri().toString());
            assertEquals(List.of(), chromium.consoleErrors());
            assertEquals(null, driver.executeScript("return window.pwned"));
            assertEquals(1L, driver.executeScript("return document.scripts.length"));
            assertEquals(0L, driver.executeScript("return document.images.length"));

            List<WebElement> articles = driver.findElements(By.cssSelector("article.doc"));
            List<ScoredDocument> checked = docs.stream().filter(ScoredDocument::ok).toList();
            assertEquals(checked.size(), articles.size());
            for (int i = 0; i < articles.size(); i++) {
                ScoredDocument d = checked.get(i);
                WebElement article = articles.get(i);
                assertEquals(d.label(), driver.executeScript("return arguments[0].querySelector('h2').textContent", article));
                assertEquals(d.document().text(), driver.executeScript(
                        "return arguments[0].querySelector('.text').textContent", article));
                assertEquals((long) d.findings().size(), driver.executeScript(
                        "return new Set([...arguments[0].querySelectorAll('mark.f')].map(m => m.dataset.f)).size", article));
            }
            assertTrue(driver.findElement(By.id("unchecked")).getText().contains("docs/missing.txt"));

            WebElement major = driver.findElement(By.cssSelector("mark.f.s-major"));
            WebElement minor = driver.findElement(By.cssSelector("mark.f.s-minor"));
            driver.findElement(By.cssSelector("input[data-filter=sev][value=major]")).click();
            assertEquals("rgba(0, 0, 0, 0)", major.getCssValue("background-color"));
            assertTrue(!"rgba(0, 0, 0, 0)".equals(minor.getCssValue("background-color")));
            assertEquals(List.of(), chromium.consoleErrors());
        }
    }
}
