package org.relecture.scoring;

/**
 * The calibrated quality score, in the way of the MQM scoring models of Lommel et al. (2024): a
 * linear calibration that puts the project's tolerance at a fixed point of the scale, then a
 * non-linear tail so that the score never goes below 0 and bad texts stay apart.
 *
 * <p>With NPT the penalty per 1,000 words and T the tolerance: {@code 100 − 20·NPT/T} while NPT ≤
 * 2T (100 for a flawless text, 80 at the tolerance, 60 at twice it), then {@code 60·exp(−(NPT −
 * 2T)/(3T))}, which meets the line at 2T with the same slope, so the score falls smoothly and
 * never reaches 0. A text passes when NPT ≤ T, that is when its calibrated score is 80 or more.
 *
 * <p>A text shorter than {@code minWords} is judged as if it had {@code minWords} words: one
 * minor error in a 30-word caption is not 33 points per 1,000 words (MQM's linear scale is
 * calibrated on samples of hundreds of words and over-penalises short ones).
 *
 * @param tolerance penalty points per 1,000 words a text may have and pass; more than 0
 * @param minWords  the shortest length a penalty is divided by; 0 or more
 */
public record Calibration(double tolerance, int minWords) {
    /**
     * 15 points per 1,000 words: stricter than the 50 a 1,000-word MQM reference allows at a raw
     * pass score of 95, looser than the classic LISA limit of about 10, since an automatic checker
     * also raises some false alarms (README, "Scoring").
     */
    public static final double DEFAULT_TOLERANCE = 15;
    /** About a paragraph: below it, one error weighs as in a 100-word text. */
    public static final int DEFAULT_MIN_WORDS = 100;
    public static final Calibration DEFAULT = new Calibration(DEFAULT_TOLERANCE, DEFAULT_MIN_WORDS);

    /** The calibrated score at the tolerance, where the pass band starts. */
    public static final double AT_TOLERANCE = 80;
    private static final double AT_KNEE = 60;
    private static final double KNEE = 2;
    private static final double TAIL = 3;

    public Calibration {
        if (!(tolerance > 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("the tolerance must be a number above 0, not " + tolerance);
        }
        if (minWords < 0) {
            throw new IllegalArgumentException("the minimum word count must be 0 or more, not " + minWords);
        }
    }

    /** The length a text of {@code words} words is judged on. */
    public int scoredWords(int words) {
        return Math.max(words, minWords);
    }

    /** A text of {@code words} words with this penalty, judged. */
    public Quality judge(double penalty, int words) {
        return over(penalty, scoredWords(words));
    }

    /**
     * A penalty judged over a length already made at least {@link #minWords} (a corpus: the sum of
     * its documents' scored words); no words and a penalty is the worst score.
     */
    public Quality over(double penalty, long scoredWords) {
        double perThousand = scoredWords > 0 ? 1000 * penalty / scoredWords : penalty > 0 ? Double.POSITIVE_INFINITY : 0;
        double score = score(perThousand);
        return new Quality(perThousand, scoredWords, tolerance, score, Band.of(score),
                perThousand <= tolerance ? Verdict.PASS : Verdict.FAIL);
    }

    /** A tolerance as the configuration writes it: {@code 15}, {@code 12.5}. */
    public static String points(double tolerance) {
        return tolerance == Math.rint(tolerance) ? String.valueOf((long) tolerance) : String.valueOf(tolerance);
    }

    /** The calibrated score of a penalty per 1,000 words. */
    public double score(double penaltyPer1000) {
        double x = penaltyPer1000 / tolerance;
        if (x <= KNEE) {
            return 100 - (100 - AT_TOLERANCE) * x;
        }
        return AT_KNEE * Math.exp(-(x - KNEE) / TAIL);
    }
}
