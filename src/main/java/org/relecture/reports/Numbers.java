package org.relecture.reports;

import java.util.Locale;

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
}
