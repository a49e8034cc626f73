package org.relecture.scoring;

import java.util.Locale;

/**
 * Quality bands of the calibrated score, as industry quality reports name them, worst first. A
 * band holds the scores from its {@link #from()} up to the next band's; {@code good} starts at 80,
 * the calibrated score of a text exactly at the tolerance, so the three upper bands are the texts
 * that pass and the two lower ones those that fail.
 */
public enum Band {
    POOR(0),
    BELOW_TARGET(60),
    GOOD(80),
    HIGH(94),
    BEST(98);

    private final int from;

    Band(int from) {
        this.from = from;
    }

    /** The lowest calibrated score in the band. */
    public int from() {
        return from;
    }

    /** The score where the next band starts; 100 for the best (which holds 100 itself). */
    public int to() {
        return this == BEST ? 100 : values()[ordinal() + 1].from;
    }

    /** What reports and JSON call it: {@code poor}, {@code below-target}, {@code good}, {@code high}, {@code best}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The id in words, for people: {@code below target}. */
    public String label() {
        return id().replace('-', ' ');
    }

    public static Band of(double calibratedScore) {
        Band[] bands = values();
        for (int i = bands.length - 1; i > 0; i--) {
            if (calibratedScore >= bands[i].from) {
                return bands[i];
            }
        }
        return POOR;
    }
}
