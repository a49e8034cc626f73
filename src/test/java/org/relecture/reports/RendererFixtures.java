package org.relecture.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.relecture.check.DocumentResult;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.findings.Severity;
import org.relecture.scoring.Calibration;
import org.relecture.scoring.CorpusSummary;
import org.relecture.scoring.Gate;
import org.relecture.scoring.ScoredDocument;
import org.relecture.scoring.Scorer;
import org.relecture.text.Document;

/**
 * A small fixed corpus built by hand (no LanguageTool): a document with overlapping findings, a
 * character outside the BMP, markup characters and a deletion; a clean document; an input that
 * could not be read. Offsets are found in the text, so the findings point where they say.
 */
public final class RendererFixtures {
    public static final String FLAWED_TEXT = "Titre\nLa cooperation \uD83D\uDE00 avance.Le texte <b>suit</b> & finit.\n";
    public static final String CLEAN_TEXT = "Un texte propre.\n";
    /** Fails the first document (score and a major finding), passes the second, and checks the mean. */
    public static final Gate GATE = new Gate(99.0, 95.0, Severity.MAJOR, null, false);

    private RendererFixtures() {
    }

    public static List<ScoredDocument> corpus() {
        Document flawed = new Document("docs/a.txt", FLAWED_TEXT, List.of());
        Document clean = new Document("docs/b.md", CLEAN_TEXT, List.of());
        List<Finding> findings = List.of(
                finding("FR_SPELLING_RULE", Category.SPELLING, Severity.MINOR, "cooperation", 0,
                        "Faute de frappe possible trouvée.", List.of("coopération", "coopérations"), "languagetool"),
                finding("MISSING_SPACE_AFTER_PUNCTUATION", Category.SPACING, Severity.MINOR, "avance.Le", 0,
                        "Espace manquante après le point.", List.of("avance. Le"), "relecture"),
                // Crosses the previous finding: starts inside it and ends after it.
                finding("GRAMMAIRE_TEST", Category.GRAMMAR, Severity.MAJOR, ".Le texte", 0,
                        "Phrase collée à la précédente.", List.of(), "relecture"),
                finding("DEBRIS_MARKUP", Category.DEBRIS, Severity.MAJOR, "<b>suit</b>", 0,
                        "Balise HTML : à supprimer.", List.of(""), "relecture"),
                new Finding("STYLE_NOTE", Category.STYLE, Severity.NEUTRAL, FLAWED_TEXT.indexOf('&'),
                        FLAWED_TEXT.indexOf('&'), "Remarque <i>sans</i> poids.", List.of(), "relecture"));
        Scorer scorer = Scorer.defaults();
        return List.of(
                ScoredDocument.of(DocumentResult.checked(flawed, findings), scorer),
                ScoredDocument.of(DocumentResult.checked(clean, List.of()), scorer),
                ScoredDocument.of(DocumentResult.failed("docs/missing.txt", DocumentResult.FailureKind.INPUT,
                        "no such file or directory"), scorer));
    }

    private static Finding finding(String rule, Category category, Severity severity, String span, int from,
                                   String message, List<String> suggestions, String source) {
        int start = FLAWED_TEXT.indexOf(span, from);
        if (start < 0) {
            throw new IllegalArgumentException(span + " is not in the fixture");
        }
        return new Finding(rule, category, severity, start, start + span.length(), message, suggestions, source);
    }

    /** The report {@code format} writes for the fixture corpus. */
    public static String render(Format format) throws IOException {
        return render(format, corpus());
    }

    public static String render(Format format, List<ScoredDocument> documents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Renderer renderer = format.renderer(out, new RenderOptions(false, GATE));
        CorpusSummary summary = new CorpusSummary(Calibration.DEFAULT);
        renderer.begin();
        for (ScoredDocument d : documents) {
            summary.add(d);
            renderer.document(d);
        }
        renderer.end(summary);
        return out.toString(StandardCharsets.UTF_8);
    }
}
