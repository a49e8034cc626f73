package org.relecture.eval;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Counts by key, printed most frequent first. */
final class Tally {
    private final Map<String, Integer> counts = new TreeMap<>();

    void add(String key) {
        add(key, 1);
    }

    void add(String key, int n) {
        counts.merge(key, n, Integer::sum);
    }

    java.util.Set<String> keys() {
        return counts.keySet();
    }

    int get(String key) {
        return counts.getOrDefault(key, 0);
    }

    int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The top {@code limit} keys, each with its count and, when {@code per} is positive, its rate per 1,000 of it. */
    String top(int limit, int per) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(e -> per > 0
                        ? String.format(Locale.ROOT, "    %-48s %5d %8.2f%n", e.getKey(), e.getValue(), 1000.0 * e.getValue() / per)
                        : String.format(Locale.ROOT, "    %-48s %5d%n", e.getKey(), e.getValue()))
                .collect(Collectors.joining());
    }
}
