package org.relecture.reports;

import java.util.Locale;
import org.relecture.scoring.Calibration;
import org.relecture.scoring.Quality;

/** How reports write scores: one decimal, the precision a reader can act on. */
public final class Numbers {
    private Numbers() {
    }

    public static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }

    public static String score(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** The calibrated score, its band and verdict, as reports show them first: {@code quality 93.4 (good, pass)}. */
    public static String quality(Quality q) {
        return "quality " + judged(q);
    }

    /** The calibrated score, its band and verdict without the word: {@code 93.4 (good, pass)}. */
    public static String judged(Quality q) {
        return score(q.score()) + " (" + q.band().label() + ", " + q.verdict().id() + ")";
    }

    /**
     * What the verdict weighed: {@code 4.9 penalty points per 1,000 words (tolerance 15)}, saying
     * when short texts were counted at the minimum length.
     */
    public static String againstTolerance(Quality q, long words) {
        String over = q.scoredWords() > words
                ? String.format(Locale.ROOT, "; counted over %,d words, short texts at the minimum length", q.scoredWords())
                : "";
        return String.format(Locale.ROOT, "%.1f penalty points per 1,000 words (tolerance %s%s)", q.penaltyPer1000(),
                Calibration.points(q.tolerance()), over);
    }
}
