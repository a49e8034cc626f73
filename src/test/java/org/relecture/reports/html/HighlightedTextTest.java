package org.relecture.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.findings.Severity;

class HighlightedTextTest {
    private static final Pattern OPEN_MARK = Pattern.compile("<mark class=\"([^\"]*)\" data-f=\"([^\"]*)\"");

    private static Finding finding(String text, String span, Category category) {
        int start = text.indexOf(span);
        return new Finding("R_" + category.name(), category, Severity.MINOR, start, start + span.length(), "m",
                List.of(), "test");
    }

    /** The text a browser shows: tags dropped (a quoted attribute may hold a {@code >}), entities read back. */
    private static String visibleText(String html) {
        return html.replaceAll("<(?:[^>\"]|\"[^\"]*\")*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static List<String[]> marks(String html) {
        List<String[]> marks = new ArrayList<>();
        Matcher m = OPEN_MARK.matcher(html);
        while (m.find()) {
            marks.add(new String[] {m.group(1), m.group(2)});
        }
        return marks;
    }

    @Test
    void crossingFindingsAreSplitAndNoTextIsLost() {
        String text = "Un début, puis avance.Le texte suit.";
        List<Finding> findings = List.of(finding(text, "avance.Le", Category.SPACING),
                finding(text, ".Le texte", Category.GRAMMAR));
        String html = HighlightedText.render(text, findings, "d0-");
        assertEquals(text, visibleText(html));
        List<String[]> marks = marks(html);
        assertEquals(3, marks.size(), html);
        Set<String> ids = new LinkedHashSet<>();
        marks.forEach(m -> ids.add(m[1]));
        assertEquals(Set.of("d0-0", "d0-1"), ids);
        assertEquals(1, marks.stream().filter(m -> m[0].contains(" cont")).count(), "one continuation: " + html);
        assertEquals(html.split("<mark", -1).length - 1, html.split("</mark>", -1).length - 1, "balanced: " + html);
    }

    @Test
    void nestedFindingsNestWithoutSplitting() {
        String text = "Il a dit « une phrase entière » hier.";
        List<Finding> findings = List.of(finding(text, "« une phrase entière »", Category.TYPOGRAPHY),
                finding(text, "phrase", Category.SPELLING));
        String html = HighlightedText.render(text, findings, "x");
        assertEquals(text, visibleText(html));
        assertEquals(2, marks(html).size());
        assertTrue(html.indexOf("c-typography") < html.indexOf("c-spelling"), "the longer one is outside: " + html);
    }

    @Test
    void aFindingOfNoWidthIsAnEmptyMarkInItsPlace() {
        String text = "Fin du texte";
        int at = text.indexOf(" du");
        String html = HighlightedText.render(text, List.of(new Finding("R", Category.STYLE, Severity.NEUTRAL, at, at,
                "m", List.of(), "test")), "x");
        assertEquals(text, visibleText(html));
        assertTrue(html.startsWith("Fin<mark class=\"f c-style s-neutral empty\""), html);
    }

    @Test
    void markupInTheTextMessagesAndSuggestionsIsEscaped() {
        String text = "Voir <script>alert(1)</script> & la suite.";
        Finding f = new Finding("DEBRIS_MARKUP", Category.DEBRIS, Severity.MAJOR, text.indexOf('<'),
                text.indexOf(" &"), "Balise \"<img src=x onerror=alert(2)>\"", List.of("</mark><script>"), "test");
        String html = HighlightedText.render(text, List.of(f), "x");
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<img"), html);
        assertEquals(text, visibleText(html));
        assertEquals(1, html.split("<mark", -1).length - 1);
    }

    @Test
    void onlyTheFirstPieceOfAFindingIsATabStop() {
        String text = "abcdefghij";
        List<Finding> findings = List.of(
                new Finding("A", Category.GRAMMAR, Severity.MINOR, 0, 6, "m", List.of(), "t"),
                new Finding("B", Category.STYLE, Severity.MINOR, 3, 9, "m", List.of(), "t"));
        String html = HighlightedText.render(text, findings, "x");
        assertEquals(2, html.split("tabindex=\"0\"", -1).length - 1, html);
    }
}
