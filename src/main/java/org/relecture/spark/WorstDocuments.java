package org.relecture.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** The {@code n} lowest calibrated scores of a stream of documents, in memory bounded by {@code n}. */
public final class WorstDocuments {
    /** A document as the summary names it. */
    public record Entry(String id, double quality, double score, int findings) {
    }

    private static final Comparator<Entry> WORST_FIRST = Comparator.comparingDouble(Entry::quality)
            .thenComparingDouble(Entry::score).thenComparing(Entry::id);

    private final int n;
    private final PriorityQueue<Entry> kept = new PriorityQueue<>(WORST_FIRST.reversed());

    WorstDocuments(int n) {
        this.n = n;
    }

    void offer(String id, double quality, double score, int findings) {
        if (n <= 0) {
            return;
        }
        kept.add(new Entry(id, quality, score, findings));
        if (kept.size() > n) {
            kept.poll();
        }
    }

    List<Entry> worstFirst() {
        List<Entry> all = new ArrayList<>(kept);
        all.sort(WORST_FIRST);
        return all;
    }
}
