package org.relecture.scoring;

/**
 * The MQM verdict on one document (DESIGN.md): the absolute penalty total, the evaluated word
 * count, the normed penalty per 1,000 words and the 0–100 quality score.
 */
public record DocumentScore(double penalty, int words, double penaltyPer1000, double score) {
}
