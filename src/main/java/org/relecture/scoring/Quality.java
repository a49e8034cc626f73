package org.relecture.scoring;

/**
 * A text judged against the tolerance ({@link Calibration}): what reports show first.
 *
 * @param penaltyPer1000 the penalty per 1,000 words the judgement uses: over {@code scoredWords},
 *                       which is the word count, or the calibration's minimum for a shorter text
 * @param scoredWords    the length the penalty was divided by
 * @param tolerance      the penalty per 1,000 words a text may have and pass
 * @param score          the calibrated quality score, 0 to 100 (80 at the tolerance)
 */
public record Quality(double penaltyPer1000, long scoredWords, double tolerance, double score, Band band,
                      Verdict verdict) {
    public boolean passes() {
        return verdict == Verdict.PASS;
    }
}
