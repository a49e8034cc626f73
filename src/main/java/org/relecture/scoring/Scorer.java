package org.relecture.scoring;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;

/**
 * The MQM scoring model of DESIGN.md. A finding costs its severity multiplier (0/1/5/25) times its
 * category's weight, once per occurrence it stands for; the score is {@code 100 × (1 − APT/EWC)},
 * floored at 0. Because the penalty is per word, an article repeated twice scores as it does once.
 */
public final class Scorer {
    private static final double DEFAULT_WEIGHT = 1.0;

    private final Map<Category, Double> weights;

    /** @param weights category weights; a category not named weighs 1.0 */
    public Scorer(Map<Category, Double> weights) {
        weights.forEach((category, weight) -> {
            if (!(weight >= 0) || weight.isInfinite()) {
                throw new IllegalArgumentException("weight of " + category.id() + " must be a number >= 0, not " + weight);
            }
        });
        this.weights = weights.isEmpty() ? Map.of() : new EnumMap<>(weights);
    }

    public static Scorer defaults() {
        return new Scorer(Map.of());
    }

    public double weight(Category category) {
        return weights.getOrDefault(category, DEFAULT_WEIGHT);
    }

    public double penalty(Finding finding) {
        return finding.severity().multiplier() * weight(finding.category()) * finding.occurrences();
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
        if (words <= 0) {
            return new DocumentScore(penalty, 0, 0, penalty > 0 ? 0 : 100);
        }
        double perWord = penalty / words;
        return new DocumentScore(penalty, words, perWord * 1000, Math.max(0, 100 * (1 - perWord)));
    }
}
