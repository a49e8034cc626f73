package org.relecture.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.relecture.findings.Finding;
import org.relecture.findings.Severity;

/**
 * A project's pass thresholds (DESIGN.md: no universal value exists). Each is optional: a document
 * fails under {@code minScore} or with a finding at or above {@code failOn}; the corpus fails when
 * a document fails or its mean is under {@code minMean}.
 */
public record Gate(Double minScore, Double minMean, Severity failOn) {
    /** No thresholds: nothing fails. */
    public static final Gate NONE = new Gate(null, null, null);

    /** Why this document fails, in words for a CI log; empty when it passes. */
    public List<String> failures(ScoredDocument doc) {
        List<String> reasons = new ArrayList<>();
        if (!doc.ok()) {
            return reasons;
        }
        if (minScore != null && doc.score().score() < minScore) {
            reasons.add(String.format(Locale.ROOT, "score %.1f is under min-score %.1f", doc.score().score(), minScore));
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
