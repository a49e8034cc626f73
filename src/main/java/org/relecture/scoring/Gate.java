package org.relecture.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.relecture.findings.Finding;
import org.relecture.findings.Severity;

/**
 * A project's pass thresholds (DESIGN.md: no universal value exists). Each is optional: a document
 * fails under {@code minScore} (the raw MQM score) or {@code minQuality} (the calibrated score),
 * with a finding at or above {@code failOn}, or, with {@code failOnVerdict}, when its penalty per
 * 1,000 words is over the tolerance; the corpus fails when a document fails or its mean raw score
 * is under {@code minMean}.
 */
public record Gate(Double minScore, Double minMean, Severity failOn, Double minQuality, boolean failOnVerdict) {
    /** No thresholds: nothing fails. */
    public static final Gate NONE = new Gate(null, null, null, null, false);

    /** Why this document fails, in words for a CI log; empty when it passes. */
    public List<String> failures(ScoredDocument doc) {
        List<String> reasons = new ArrayList<>();
        if (!doc.ok()) {
            return reasons;
        }
        DocumentScore score = doc.score();
        if (minScore != null && score.score() < minScore) {
            reasons.add(String.format(Locale.ROOT, "score %.1f is under min-score %.1f", score.score(), minScore));
        }
        if (minQuality != null && score.calibratedScore() < minQuality) {
            reasons.add(String.format(Locale.ROOT, "quality %.1f (%s) is under min-quality %.1f",
                    score.calibratedScore(), score.band().label(), minQuality));
        }
        if (failOnVerdict && !score.quality().passes()) {
            reasons.add(String.format(Locale.ROOT, "verdict fail: %.1f penalty points per 1,000 words, over the "
                    + "tolerance of %s", score.quality().penaltyPer1000(), Calibration.points(score.quality().tolerance())));
        }
        if (failOn != null) {
            long severe = doc.findings().stream().filter(f -> atLeast(f, failOn)).count();
            if (severe > 0) {
                reasons.add(severe + (severe == 1 ? " finding" : " findings") + " at or above fail-on severity "
                        + failOn.id());
            }
        }
        return reasons;
    }

    /** Why the corpus as a whole fails, beyond its documents' own failures. */
    public List<String> corpusFailures(CorpusSummary summary) {
        if (minMean != null && summary.documents() > 0 && summary.meanScore() < minMean) {
            return List.of(String.format(Locale.ROOT, "mean score %.1f is under min-mean %.1f",
                    summary.meanScore(), minMean));
        }
        return List.of();
    }

    private static boolean atLeast(Finding f, Severity threshold) {
        return f.severity().compareTo(threshold) >= 0;
    }
}
