package org.relecture.scoring;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.findings.Severity;

/**
 * The MQM scoring model of DESIGN.md. A finding costs its severity multiplier (0/1/5/25) times its
 * category's weight, once per occurrence it stands for; a minor finding also by its category's
 * minor weight (WMT's MQM counts a minor punctuation error 0.1). The raw score is
 * {@code 100 × (1 − APT/EWC)}, floored at 0; the {@link Calibration} judges the same penalty
 * against the tolerance. Because the penalty is per word, an article repeated twice scores as it
 * does once.
 */
public final class Scorer {
    private static final double DEFAULT_WEIGHT = 1.0;
    /**
     * Punctuation and typography (quotation marks, spaces before « : », accents on capitals) weigh
     * a tenth when minor, as in WMT's MQM, where a minor punctuation error counts 0.1: the reader
     * notices them but reads on, and a text full of them is still a good translation.
     */
    public static final Map<Category, Double> DEFAULT_MINOR_WEIGHTS = Map.of(Category.PUNCTUATION, 0.1,
            Category.TYPOGRAPHY, 0.1);

    private final Map<Category, Double> weights;
    private final Map<Category, Double> minorWeights;
    private final Calibration calibration;

    /**
     * @param weights      category weights; a category not named weighs 1.0
     * @param minorWeights what a minor finding of a category weighs besides; a category not named 1.0
     */
    public Scorer(Map<Category, Double> weights, Map<Category, Double> minorWeights, Calibration calibration) {
        this.weights = checked(weights, "weight");
        this.minorWeights = checked(minorWeights, "minor weight");
        this.calibration = calibration;
    }

    /** Weights 1.0, the default minor weights and calibration. */
    public static Scorer defaults() {
        return new Scorer(Map.of(), DEFAULT_MINOR_WEIGHTS, Calibration.DEFAULT);
    }

    private static Map<Category, Double> checked(Map<Category, Double> weights, String what) {
        weights.forEach((category, weight) -> {
            if (!(weight >= 0) || weight.isInfinite()) {
                throw new IllegalArgumentException(what + " of " + category.id() + " must be a number >= 0, not " + weight);
            }
        });
        return weights.isEmpty() ? Map.of() : new EnumMap<>(weights);
    }

    public Calibration calibration() {
        return calibration;
    }

    public double weight(Category category) {
        return weights.getOrDefault(category, DEFAULT_WEIGHT);
    }

    public double minorWeight(Category category) {
        return minorWeights.getOrDefault(category, DEFAULT_WEIGHT);
    }

    public double penalty(Finding finding) {
        double minor = finding.severity() == Severity.MINOR ? minorWeight(finding.category()) : 1;
        return finding.severity().multiplier() * minor * weight(finding.category()) * finding.occurrences();
    }

    /**
     * @param words the evaluated word count; an empty document with no penalty scores 100, and with
     *              any penalty 0 (there is nothing good to weigh it against)
     */
    public DocumentScore score(List<Finding> findings, int words) {
        double penalty = 0;
        for (Finding f : findings) {
            penalty += penalty(f);
        }
        Quality quality = calibration.judge(penalty, Math.max(0, words));
        if (words <= 0) {
            return new DocumentScore(penalty, 0, 0, penalty > 0 ? 0 : 100, quality);
        }
        double perWord = penalty / words;
        return new DocumentScore(penalty, words, perWord * 1000, Math.max(0, 100 * (1 - perWord)), quality);
    }
}
