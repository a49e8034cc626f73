package org.relecture.reports.html;

import java.util.Locale;
import org.relecture.scoring.CorpusSummary;

/** The score distribution as an inline SVG bar chart: one bar per band of {@link CorpusSummary#BAND} points. */
public final class ScoreChart {
    private static final int SLOT = 52;
    private static final int BAR = 40;
    private static final int HEIGHT = 120;
    private static final int TOP = 18;
    private static final int AXIS = 20;

    private ScoreChart() {
    }

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
                        + "Documents per score band</title>\n",
                width, TOP + HEIGHT + AXIS, width, TOP + HEIGHT + AXIS));
        for (int i = 0; i < bands.length; i++) {
            int low = i * CorpusSummary.BAND;
            int high = low + CorpusSummary.BAND;
            int h = bands[i] == 0 ? 0 : Math.max(2, HEIGHT * bands[i] / max);
            int x = i * SLOT + (SLOT - BAR) / 2;
            int y = TOP + HEIGHT - h;
            String label = low + "–" + high;
            svg.append(String.format(Locale.ROOT,
                    "<g class=\"band\"><rect class=\"bar\" data-count=\"%d\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\">"
                            + "<title>%s: %d document%s</title></rect>",
                    bands[i], x, y, BAR, h, label, bands[i], bands[i] == 1 ? "" : "s"));
            if (bands[i] > 0) {
                svg.append(String.format(Locale.ROOT, "<text class=\"count\" x=\"%d\" y=\"%d\">%d</text>",
                        x + BAR / 2, y - 4, bands[i]));
            }
            svg.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%d\" y=\"%d\">%s</text></g>\n",
                    x + BAR / 2, TOP + HEIGHT + 14, label));
        }
        svg.append(String.format(Locale.ROOT, "<line class=\"base\" x1=\"0\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/></svg>",
                TOP + HEIGHT, width, TOP + HEIGHT));
        return svg.toString();
    }
}
