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
 * findings by severity, the corpus's raw score statistics (mean, median, minimum), and its
 * calibrated quality: the corpus judged as one sample (its penalty over its words), how many
 * documents pass, and how many fall in each {@link Band}.
 */
public final class CorpusSummary {
    private final Calibration calibration;
    private int documents;
    private int words;
    private int findings;
    private int inputFailures;
    private int internalFailures;
    private final Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
    private final List<Double> scores = new ArrayList<>();
    private final int[] bands = new int[Band.values().length];
    private double penalty;
    private long scoredWords;
    private int passing;

    public CorpusSummary(Calibration calibration) {
        this.calibration = calibration;
    }

    public void add(ScoredDocument scored) {
        DocumentResult result = scored.result();
        if (!result.ok()) {
            addFailure(result.failure().kind());
            return;
        }
        add(scored.score(), result.findings().stream().map(Finding::severity).toList());
    }

    /** A checked document's score and its findings' severities, as a run that keeps no text (on Spark) has them. */
    public void add(DocumentScore score, List<Severity> severities) {
        documents++;
        for (Severity severity : severities) {
            findings++;
            bySeverity.merge(severity, 1, Integer::sum);
        }
        words += score.words();
        scores.add(score.score());
        bands[score.band().ordinal()]++;
        penalty += score.penalty();
        scoredWords += score.quality().scoredWords();
        if (score.quality().passes()) {
            passing++;
        }
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
     * The corpus's penalty per 1,000 of its words, as a document's {@code penaltyPer1000}: the
     * judgement ({@link #quality()}) counts short documents at the minimum length instead.
     */
    public double penaltyPer1000() {
        return words == 0 ? 0 : 1000 * penalty / words;
    }

    /** Checked documents whose verdict is pass. */
    public int passing() {
        return passing;
    }

    /**
     * The corpus judged as one sample: the penalty of all its documents over all their (scored)
     * words; null when no document was checked.
     */
    public Quality quality() {
        return documents == 0 ? null : calibration.over(penalty, scoredWords);
    }

    /** How many documents fall in each band, indexed by {@link Band#ordinal()} (worst first). */
    public int[] distribution() {
        return bands.clone();
    }
}
