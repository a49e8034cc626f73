package org.relecture.rules.technical;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The regions of a document that are code, commands or identifiers rather than prose; sorted,
 * merged. Some are only <em>named</em> as such: a word after a cue ({@code la commande while}) or
 * with a translation in brackets ({@code noon (midi)}), which is a name of a thing for a spelling
 * checker but, followed by more foreign words, may still be a passage left untranslated.
 */
public final class TechnicalSpans {
    /** No technical text. */
    public static final TechnicalSpans NONE = new TechnicalSpans(List.of(), List.of(), "");

    private final List<int[]> spans;
    private final List<int[]> shown;

    TechnicalSpans(List<int[]> shown, List<int[]> named, String text) {
        this.shown = merge(shown, text);
        List<int[]> all = new ArrayList<>(shown);
        all.addAll(named);
        this.spans = merge(all, text);
    }

    /** Spans that overlap, touch or are apart by spaces only become one: {@code git clone URL}. */
    private static List<int[]> merge(List<int[]> spans, String text) {
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
        return merged;
    }

    /** True when {@code start..end} lies inside technical text, shown or named. */
    public boolean covers(int start, int end) {
        int[] s = at(spans, start);
        return s != null && end <= s[1];
    }

    /** True when {@code start..end} lies inside text written as code or used as a command, not only named. */
    public boolean shown(int start, int end) {
        int[] s = at(shown, start);
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
    private static int[] at(List<int[]> spans, int i) {
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
