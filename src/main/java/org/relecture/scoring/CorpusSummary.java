package org.relecture.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.relecture.check.DocumentResult;
import org.relecture.findings.Finding;
import org.relecture.findings.Severity;

/**
 * Totals over a run, accumulated one document at a time so the documents need not be kept: counts,
 * findings by severity, and the corpus's score statistics (mean, median, minimum, distribution).
 */
public final class CorpusSummary {
    /** Width of a bar of the score distribution, in points. */
    public static final int BAND = 10;

    private int documents;
    private int words;
    private int findings;
    private int inputFailures;
    private int internalFailures;
    private final Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
    private final List<Double> scores = new ArrayList<>();

    public void add(ScoredDocument scored) {
        DocumentResult result = scored.result();
        if (!result.ok()) {
            addFailure(result.failure().kind());
            return;
        }
        add(result.document().words(), result.findings().stream().map(Finding::severity).toList(), scored.score().score());
    }

    /** A checked document's totals, as a run that does not hand the text back (on Spark) has them. */
    public void add(int words, List<Severity> severities, double score) {
        documents++;
        this.words += words;
        for (Severity severity : severities) {
            findings++;
            bySeverity.merge(severity, 1, Integer::sum);
        }
        scores.add(score);
    }

    /** An input that could not be read, or a document a rule failed on. */
    public void addFailure(DocumentResult.FailureKind kind) {
        if (kind == DocumentResult.FailureKind.INPUT) {
            inputFailures++;
        } else {
            internalFailures++;
        }
    }

    public int documents() {
        return documents;
    }

    public int words() {
        return words;
    }

    public int findings() {
        return findings;
    }

    public int inputFailures() {
        return inputFailures;
    }

    public int internalFailures() {
        return internalFailures;
    }

    public Map<Severity, Integer> bySeverity() {
        return Collections.unmodifiableMap(bySeverity);
    }

    /** Mean score of the checked documents; NaN when none was checked. */
    public double meanScore() {
        return scores.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    public double medianScore() {
        if (scores.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(scores);
        Collections.sort(sorted);
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }

    public double minScore() {
        return scores.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    public double maxScore() {
        return scores.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    /**
     * How many documents score in each band of {@link #BAND} points: index 0 counts scores below 10,
     * index 9 scores from 90 to 100 inclusive.
     */
    public int[] distribution() {
        int[] bands = new int[100 / BAND];
        for (double s : scores) {
            bands[Math.min(bands.length - 1, (int) (s / BAND))]++;
        }
        return bands;
    }
}
