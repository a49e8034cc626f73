package org.relecture.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.owasp.encoder.Encode;
import org.relecture.Version;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.findings.Severity;
import org.relecture.reports.Numbers;
import org.relecture.reports.Renderer;
import org.relecture.reports.html.HighlightedText;
import org.relecture.reports.html.Palette;
import org.relecture.reports.html.ScoreChart;
import org.relecture.scoring.CorpusSummary;
import org.relecture.scoring.DocumentScore;
import org.relecture.scoring.Ranking;
import org.relecture.scoring.ScoredDocument;

/**
 * One self-contained HTML page for a quality lead: the ranking (best first, calibrated score, band
 * and verdict first, linking to each article), the documents per quality band as an inline SVG
 * chart, the inputs that could not be checked, a legend whose checkboxes filter highlights by category and severity, then every article with
 * its findings highlighted (message and suggestions on hover and on keyboard focus).
 *
 * <p>Unlike the other renderers it keeps every document until {@link #end}, since the ranking
 * comes first: memory grows with the corpus, as the page does. Everything is inline (style,
 * script, chart); a Content-Security-Policy forbids any network access and lets only the page's
 * own script run, and every text from the documents or the rules goes through OWASP's encoder.
 */
public final class HtmlRenderer implements Renderer {
    /** The page's style and script, beside the other parts of the page ({@code reports/html/}). */
    private static final String CSS = resource("html/report.css");
    private static final String JS = resource("html/report.js");

    private final Writer out;
    private final List<ScoredDocument> documents = new ArrayList<>();

    public HtmlRenderer(OutputStream out) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    @Override
    public void document(ScoredDocument scored) {
        documents.add(scored);
    }

    @Override
    public void end(CorpusSummary summary) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
                + "script-src '" + sha256(JS) + "'\">\n");
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.write("<meta name=\"generator\" content=\"relecture " + Encode.forHtmlAttribute(Version.get()) + "\">\n");
        out.write("<title>relecture report</title>\n<style>\n" + CSS + Palette.css() + "</style>\n</head>\n<body>\n");
        out.write("<header><h1>relecture report</h1><p class=\"summary\">" + Encode.forHtmlContent(summaryLine(summary))
                + "</p></header>\n<main id=\"report\">\n");
        writeRanking();
        out.write("<section id=\"distribution\"><h2>Documents per quality band</h2>\n"
                + ScoreChart.svg(summary.distribution()) + "\n</section>\n");
        writeUnchecked();
        writeFilters(summary);
        for (int i = 0; i < documents.size(); i++) {
            if (documents.get(i).ok()) {
                writeArticle(i, documents.get(i));
            }
        }
        out.write("</main>\n<div id=\"tip\" role=\"tooltip\" hidden></div>\n<script>" + JS + "</script>\n</body>\n</html>\n");
        out.flush();
    }

    private static String summaryLine(CorpusSummary s) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%,d documents · %,d words · %,d findings",
                s.documents(), s.words(), s.findings()));
        if (s.documents() > 0) {
            sb.append(" · corpus ").append(Numbers.quality(s.quality())).append(", ")
                    .append(Numbers.againstTolerance(s.quality(), s.words()))
                    .append(" · ").append(s.passing()).append(" of ").append(s.documents()).append(" pass")
                    .append(" · mean score ").append(Numbers.score(s.meanScore()))
                    .append(", median ").append(Numbers.score(s.medianScore()))
                    .append(", lowest ").append(Numbers.score(s.minScore()));
        }
        int failed = s.inputFailures() + s.internalFailures();
        if (failed > 0) {
            sb.append(" · ").append(failed).append(failed == 1 ? " input" : " inputs").append(" not checked");
        }
        return sb.toString();
    }

    private void writeRanking() throws IOException {
        List<Category> shown = categoriesFound();
        out.write("<section id=\"ranking\"><h2>Ranking</h2>\n<div class=\"scroll\"><table>\n<thead><tr><th>Rank</th><th class=\"doc\">Document</th>"
                + "<th>Quality</th><th>Band</th><th>Verdict</th><th title=\"penalty points per 1,000 words\">Points per "
                + "1,000 words</th><th title=\"raw MQM score\">Score</th><th>Words</th><th>Findings</th>");
        for (Category c : shown) {
            out.write("<th class=\"cat\" title=\"" + Encode.forHtmlAttribute(c.mqm()) + "\">" + c.id() + "</th>");
        }
        out.write("</tr></thead>\n<tbody>\n");
        List<Integer> bestFirst = IntStream.range(0, documents.size()).filter(i -> documents.get(i).ok()).boxed()
                .sorted(Comparator.comparing(documents::get, Ranking.BEST_FIRST)).toList();
        int rank = 0;
        for (int index : bestFirst) {
            ScoredDocument d = documents.get(index);
            rank++;
            DocumentScore score = d.score();
            String band = score.band().id();
            out.write("<tr class=\"b-" + band + "\"><td>" + rank + "</td><td class=\"doc\"><a href=\"#" + anchor(index)
                    + "\">" + Encode.forHtmlContent(d.label()) + "</a></td><td class=\"quality\">"
                    + Numbers.score(score.calibratedScore()) + "<span class=\"scorebar\"><span style=\"width:"
                    + Math.round(score.calibratedScore()) + "%\"></span></span></td><td class=\"band\"><span class=\"badge\">"
                    + score.band().label() + "</span></td><td class=\"verdict v-" + score.verdict().id() + "\">"
                    + score.verdict().id() + "</td><td>" + Numbers.score(score.quality().penaltyPer1000())
                    + "</td><td class=\"score\">" + Numbers.score(score.score()) + "</td><td>"
                    + String.format(Locale.ROOT, "%,d", score.words()) + "</td><td>" + d.findings().size() + "</td>");
            Map<Category, Integer> counts = byCategory(d.findings());
            for (Category c : shown) {
                int n = counts.getOrDefault(c, 0);
                out.write(n == 0 ? "<td class=\"zero\">0</td>" : "<td>" + n + "</td>");
            }
            out.write("</tr>\n");
        }
        out.write("</tbody>\n</table></div>\n</section>\n");
    }

    private void writeUnchecked() throws IOException {
        List<ScoredDocument> failed = documents.stream().filter(d -> !d.ok()).toList();
        if (failed.isEmpty()) {
            return;
        }
        out.write("<section id=\"unchecked\" class=\"unchecked\"><h2>Not checked</h2><ul>\n");
        for (ScoredDocument d : failed) {
            out.write("<li>" + Encode.forHtmlContent(d.label() + ": " + d.result().failure().reason()) + "</li>\n");
        }
        out.write("</ul></section>\n");
    }

    private void writeFilters(CorpusSummary summary) throws IOException {
        Map<Category, Integer> counts = new EnumMap<>(Category.class);
        documents.stream().filter(ScoredDocument::ok)
                .forEach(d -> byCategory(d.findings()).forEach((c, n) -> counts.merge(c, n, Integer::sum)));
        out.write("<section id=\"filters\"><h2>Legend and filters</h2>\n<fieldset><legend>Categories</legend>\n");
        for (Category c : Category.values()) {
            out.write("<label title=\"" + Encode.forHtmlAttribute(c.mqm()) + "\"><input type=\"checkbox\" checked data-filter=\"cat\" value=\""
                    + c.id() + "\"> <span class=\"swatch c-" + c.id() + "\"></span>" + c.id()
                    + " <span class=\"n\">" + counts.getOrDefault(c, 0) + "</span></label>\n");
        }
        out.write("</fieldset>\n<fieldset><legend>Severities</legend>\n");
        for (int i = Severity.values().length - 1; i >= 0; i--) {
            Severity s = Severity.values()[i];
            out.write("<label><input type=\"checkbox\" checked data-filter=\"sev\" value=\"" + s.id()
                    + "\"> <span class=\"sevkey s-" + s.id() + "\"></span>" + s.id()
                    + " <span class=\"n\">" + summary.bySeverity().getOrDefault(s, 0) + "</span></label>\n");
        }
        out.write("</fieldset>\n</section>\n");
    }

    private void writeArticle(int index, ScoredDocument d) throws IOException {
        out.write("<article class=\"doc\" id=\"" + anchor(index) + "\"><h2>" + Encode.forHtmlContent(d.label()) + "</h2>\n");
        DocumentScore score = d.score();
        out.write(String.format(Locale.ROOT, "<p class=\"meta b-%s\"><span class=\"badge\">%s</span> · %s · score %s · "
                        + "%,d words · %d findings</p>\n", score.band().id(), Numbers.quality(score.quality()),
                Numbers.againstTolerance(score.quality(), score.words()), Numbers.score(score.score()), score.words(),
                d.findings().size()));
        out.write("<div class=\"text\">" + HighlightedText.render(d.document().text(), d.findings(), "d" + index + "-")
                + "</div>\n</article>\n");
    }

    /** Ids are positions, not paths: a path may hold anything. */
    private static String anchor(int index) {
        return "doc-" + (index + 1);
    }

    private List<Category> categoriesFound() {
        boolean[] found = new boolean[Category.values().length];
        for (ScoredDocument d : documents) {
            d.findings().forEach(f -> found[f.category().ordinal()] = true);
        }
        List<Category> shown = new ArrayList<>();
        for (Category c : Category.values()) {
            if (found[c.ordinal()]) {
                shown.add(c);
            }
        }
        return shown;
    }

    private static Map<Category, Integer> byCategory(List<Finding> findings) {
        Map<Category, Integer> counts = new EnumMap<>(Category.class);
        findings.forEach(f -> counts.merge(f.category(), 1, Integer::sum));
        return counts;
    }

    private static String sha256(String script) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
