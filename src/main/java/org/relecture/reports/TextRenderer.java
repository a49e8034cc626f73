package org.relecture.reports;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.relecture.findings.Finding;
import org.relecture.findings.Severity;
import org.relecture.scoring.CorpusSummary;
import org.relecture.scoring.DocumentScore;
import org.relecture.scoring.Quality;
import org.relecture.scoring.ScoredDocument;
import org.relecture.text.Document;
import org.relecture.text.LineColumn;

/**
 * One finding a line, in the {@code path:line:col:} form editors and terminals link to:
 * {@code path:line:col: severity category RULE_ID "excerpt": message (-> suggestion, ...)}.
 * Findings of a file stand together, followed by the file's calibrated quality (score, band,
 * verdict) and raw MQM score; a summary line closes the report.
 */
final class TextRenderer implements Renderer {
    private static final int MAX_EXCERPT = 40;
    private static final int MAX_SUGGESTIONS = 3;

    private final PrintWriter out;
    private final Ansi ansi;

    TextRenderer(OutputStream out, RenderOptions options) {
        this.out = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
        this.ansi = new Ansi(options.color());
    }

    @Override
    public void document(ScoredDocument scored) {
        if (!scored.ok()) {
            return;
        }
        Document doc = scored.document();
        for (Finding f : scored.findings()) {
            out.println(line(doc, f, ansi));
        }
        out.println(scoreLine(doc.path(), scored.score(), scored.findings().size()));
        out.println();
        out.flush();
    }

    private String scoreLine(String path, DocumentScore score, int findings) {
        return ansi.bold(TerminalText.escape(path) + ": " + Numbers.quality(score.quality())) + ", "
                + Numbers.againstTolerance(score.quality(), score.words()) + "; score " + Numbers.score(score.score())
                + ", " + plural(findings, "finding") + ", " + plural(score.words(), "word");
    }

    /**
     * One finding in the text report's form; other reports quote findings the same way. What comes
     * from the document, its path or a rule file is escaped for the terminal ({@link TerminalText}).
     */
    static String line(Document doc, Finding f, Ansi ansi) {
        LineColumn at = doc.lines().position(f.start());
        StringBuilder sb = new StringBuilder();
        sb.append(ansi.bold(TerminalText.escape(doc.path()) + ":" + at.line() + ":" + at.column() + ":")).append(' ')
                .append(ansi.severity(f.severity(), f.severity().id())).append(' ')
                .append(f.category().id()).append(' ')
                .append(ansi.dim(TerminalText.escape(f.rule()))).append(' ')
                .append('"').append(TerminalText.escape(excerpt(doc.slice(f.start(), f.end())))).append("\": ")
                .append(TerminalText.escape(f.message() + suggestions(f)));
        return sb.toString();
    }

    /** The first suggestions as {@code " (-> a, b)"}; empty when there are none. */
    static String suggestions(Finding f) {
        if (f.suggestions().isEmpty()) {
            return "";
        }
        return " (-> " + f.suggestions().stream().limit(MAX_SUGGESTIONS).map(s -> s.isEmpty() ? "(delete)" : s)
                .collect(Collectors.joining(", ")) + ")";
    }

    /** One line per finding, whatever the span: line breaks shown as ⏎, long spans cut. */
    static String excerpt(String span) {
        String oneLine = span.replaceAll("\\R", "⏎");
        if (oneLine.codePointCount(0, oneLine.length()) <= MAX_EXCERPT) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, MAX_EXCERPT - 1)) + "…";
    }

    @Override
    public void end(CorpusSummary summary) {
        StringBuilder sb = new StringBuilder();
        sb.append(plural(summary.documents(), "file")).append(" checked, ")
                .append(plural(summary.words(), "word")).append(": ")
                .append(plural(summary.findings(), "finding"));
        if (summary.findings() > 0) {
            sb.append(" (").append(bySeverity(summary.bySeverity())).append(')');
        }
        if (summary.documents() > 1) {
            Quality corpus = summary.quality();
            sb.append("; corpus ").append(Numbers.quality(corpus)).append(", ")
                    .append(Numbers.againstTolerance(corpus, summary.words()))
                    .append("; ").append(summary.passing()).append(" of ").append(plural(summary.documents(), "file"))
                    .append(" pass; mean score ").append(Numbers.score(summary.meanScore()))
                    .append(", lowest ").append(Numbers.score(summary.minScore()));
        }
        int failed = summary.inputFailures() + summary.internalFailures();
        if (failed > 0) {
            sb.append("; ").append(plural(failed, "input")).append(" not checked (the reasons are on stderr)");
        }
        out.println(ansi.bold(sb.toString()));
        out.flush();
    }

    private static String bySeverity(Map<Severity, Integer> counts) {
        StringBuilder sb = new StringBuilder();
        for (int i = Severity.values().length - 1; i >= 0; i--) {
            Severity s = Severity.values()[i];
            Integer n = counts.get(s);
            if (n != null) {
                sb.append(sb.length() > 0 ? ", " : "").append(n).append(' ').append(s.id());
            }
        }
        return sb.toString();
    }

    private static String plural(int n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
