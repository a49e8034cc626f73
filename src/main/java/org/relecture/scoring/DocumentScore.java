package org.relecture.scoring;

/**
 * The MQM verdict on one document (DESIGN.md): the absolute penalty total, the evaluated word
 * count, the normed penalty per 1,000 words and the raw 0–100 quality score; and the same penalty
 * judged against the tolerance: the calibrated score, its band and pass or fail.
 */
public record DocumentScore(double penalty, int words, double penaltyPer1000, double score, Quality quality) {
    public double calibratedScore() {
        return quality.score();
    }

    public Band band() {
        return quality.band();
    }

    public Verdict verdict() {
        return quality.verdict();
    }
}
