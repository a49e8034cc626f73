package org.relecture.rules.technical;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The regions of a document that are code, commands or identifiers rather than prose; sorted, merged. */
public final class TechnicalSpans {
    /** No technical text. */
    public static final TechnicalSpans NONE = new TechnicalSpans(List.of(), "");

    private final List<int[]> spans;

    /** Spans that overlap, touch or are apart by spaces only become one: {@code git clone URL}. */
    TechnicalSpans(List<int[]> spans, String text) {
        List<int[]> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(s -> s[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] s : sorted) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && (s[0] <= last[1] || text.substring(last[1], s[0]).isBlank()
                    && text.substring(last[1], s[0]).indexOf('\n') < 0)) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                merged.add(new int[] {s[0], s[1]});
            }
        }
        this.spans = merged;
    }

    /** True when {@code start..end} lies inside technical text. */
    public boolean covers(int start, int end) {
        int[] s = at(start);
        return s != null && end <= s[1];
    }

    /** True when {@code start..end} and technical text share a character. */
    public boolean overlaps(int start, int end) {
        for (int[] s : spans) {
            if (s[0] >= end) {
                return false;
            }
            if (start < s[1]) {
                return true;
            }
        }
        return false;
    }

    /** The span holding offset {@code i}, or null. */
    private int[] at(int i) {
        int lo = 0;
        int hi = spans.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int[] s = spans.get(mid);
            if (i < s[0]) {
                hi = mid - 1;
            } else if (i >= s[1]) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }

    /** The spans as {@code [start, end)} pairs, for tests and reports. */
    public List<int[]> spans() {
        return spans.stream().map(int[]::clone).toList();
    }
}
