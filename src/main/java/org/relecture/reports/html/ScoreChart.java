package org.relecture.reports.html;

import java.util.Locale;
import org.relecture.scoring.Band;

/**
 * The documents per quality band as an inline SVG bar chart, worst band on the left: a corpus of
 * good and poor articles shows two groups, not one bar.
 */
public final class ScoreChart {
    private static final int SLOT = 96;
    private static final int BAR = 56;
    private static final int HEIGHT = 120;
    private static final int TOP = 18;
    private static final int AXIS = 34;

    private ScoreChart() {
    }

    /** @param bands documents per band, indexed by {@link Band#ordinal()} */
    public static String svg(int[] bands) {
        int max = 1;
        for (int n : bands) {
            max = Math.max(max, n);
        }
        int width = SLOT * bands.length;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg id=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" "
                        + "role=\"img\" aria-labelledby=\"chart-title\"><title id=\"chart-title\">"
                        + "Documents per quality band</title>\n",
                width, TOP + HEIGHT + AXIS, width, TOP + HEIGHT + AXIS));
        for (Band band : Band.values()) {
            int n = bands[band.ordinal()];
            int h = n == 0 ? 0 : Math.max(2, HEIGHT * n / max);
            int x = band.ordinal() * SLOT + (SLOT - BAR) / 2;
            int y = TOP + HEIGHT - h;
            String range = band.from() + "–" + band.to();
            svg.append(String.format(Locale.ROOT,
                    "<g class=\"band b-%s\"><rect class=\"bar\" data-band=\"%s\" data-count=\"%d\" x=\"%d\" y=\"%d\" "
                            + "width=\"%d\" height=\"%d\"><title>%s (%s): %d document%s</title></rect>",
                    band.id(), band.id(), n, x, y, BAR, h, band.label(), range, n, n == 1 ? "" : "s"));
            if (n > 0) {
                svg.append(String.format(Locale.ROOT, "<text class=\"count\" x=\"%d\" y=\"%d\">%d</text>",
                        x + BAR / 2, y - 4, n));
            }
            svg.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%d\" y=\"%d\">%s</text>"
                            + "<text class=\"axis range\" x=\"%d\" y=\"%d\">%s</text></g>\n",
                    x + BAR / 2, TOP + HEIGHT + 14, band.label(), x + BAR / 2, TOP + HEIGHT + 28, range));
        }
        svg.append(String.format(Locale.ROOT, "<line class=\"base\" x1=\"0\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/></svg>",
                TOP + HEIGHT, width, TOP + HEIGHT));
        return svg.toString();
    }
}
