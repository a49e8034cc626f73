package org.relecture.reports;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.scoring.Band;
import org.relecture.scoring.CorpusSummary;
import org.relecture.scoring.DocumentScore;
import org.relecture.scoring.Quality;
import org.relecture.scoring.Ranking;
import org.relecture.scoring.ScoredDocument;
import org.relecture.text.LineColumn;

/**
 * The ranking as a table a quality lead reads: a row per document (calibrated score, band and
 * verdict first), its worst findings under it, then the corpus and its documents per band.
 * Paths and excerpts are escaped for the terminal ({@link TerminalText}).
 */
final class RankingText implements RankingWriter {
    private static final int EXCERPT = 40;

    private final PrintStream out;

    RankingText(OutputStream out) {
        this.out = new PrintStream(out, false, StandardCharsets.UTF_8);
    }

    @Override
    public void write(List<Ranking.Place> places, CorpusSummary summary) {
        out.printf("%4s  %7s  %-12s  %-7s  %8s  %5s  %6s  %8s  %s%n", "RANK", "QUALITY", "BAND", "VERDICT",
                "PTS/1000", "SCORE", "WORDS", "FINDINGS", "PATH");
        for (Ranking.Place place : places) {
            ScoredDocument doc = place.document();
            DocumentScore score = doc.score();
            out.printf(Locale.ROOT, "%4d  %7.1f  %-12s  %-7s  %8.1f  %5.1f  %6d  %8d  %s%n", place.rank(),
                    score.calibratedScore(), score.band().label(), score.verdict().id(),
                    score.quality().penaltyPer1000(), score.score(), doc.document().words(), doc.findings().size(),
                    TerminalText.escape(doc.label()));
            if (!place.byCategory().isEmpty()) {
                out.println("      " + byCategory(place.byCategory()));
            }
            for (Ranking.Cost cost : place.worst()) {
                out.println("      " + describe(doc, cost));
            }
        }
        out.println();
        writeSummary(summary);
        out.flush();
    }

    private static String byCategory(Map<Category, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey().id() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String describe(ScoredDocument doc, Ranking.Cost cost) {
        Finding f = cost.finding();
        LineColumn at = doc.document().lines().position(f.start());
        String text = doc.document().slice(f.start(), f.end()).replaceAll("\\s+", " ");
        if (text.length() > EXCERPT) {
            text = text.substring(0, EXCERPT - 1) + "…";
        }
        return String.format(Locale.ROOT, "-%.1f %d:%d %s %s \"%s\"", cost.penalty(), at.line(), at.column(),
                f.severity().id(), TerminalText.escape(f.rule()), TerminalText.escape(text));
    }

    private void writeSummary(CorpusSummary summary) {
        if (summary.documents() == 0) {
            out.println("no document checked");
            return;
        }
        Quality corpus = summary.quality();
        out.printf(Locale.ROOT, "%d documents, %,d words: corpus %s, %s; %d of %d pass%n", summary.documents(),
                summary.words(), Numbers.quality(corpus), Numbers.againstTolerance(corpus, summary.words()),
                summary.passing(), summary.documents());
        out.printf(Locale.ROOT, "raw MQM score: mean %.1f, median %.1f, lowest %.1f, highest %.1f%n",
                summary.meanScore(), summary.medianScore(), summary.minScore(), summary.maxScore());
        int[] bands = summary.distribution();
        for (int i = bands.length - 1; i >= 0; i--) {
            Band band = Band.values()[i];
            out.printf("%-12s %3d-%-3d %s%s%n", band.label(), band.from(), band.to(), "#".repeat(bands[i]) + " ",
                    bands[i]);
        }
    }
}
