package org.relecture.rules.debris;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The patterns of one data list, asked together: "does any of them match?". They are joined into
 * two regular expressions, the entries anchored with {@code ^} (tried at the start only) and the
 * others, because a hundred patterns run one by one over every sentence of a corpus cost more
 * than the rest of the detector. Entries must not use back-references (their numbers would move).
 */
final class PatternSet {
    private static final Pattern NEVER = Pattern.compile("(?!)");

    private final Pattern anchored;
    private final Pattern floating;

    private PatternSet(Pattern anchored, Pattern floating) {
        this.anchored = anchored;
        this.floating = floating;
    }

    /** Checks every entry alone first, so that a bad one is reported with its file. */
    static PatternSet of(String file, List<String> entries) {
        Texts.compile(file, entries);
        List<String> anchored = new ArrayList<>();
        List<String> floating = new ArrayList<>();
        for (String entry : entries) {
            (entry.startsWith("^") ? anchored : floating).add(entry);
        }
        return new PatternSet(join(anchored), join(floating));
    }

    static PatternSet of(List<PatternSet> sets) {
        return new PatternSet(
                Pattern.compile(sets.stream().map(s -> "(?:" + s.anchored.pattern() + ")").collect(Collectors.joining("|")), Texts.FLAGS),
                Pattern.compile(sets.stream().map(s -> "(?:" + s.floating.pattern() + ")").collect(Collectors.joining("|")), Texts.FLAGS));
    }

    private static Pattern join(List<String> entries) {
        if (entries.isEmpty()) {
            return NEVER;
        }
        return Pattern.compile(entries.stream().map(e -> "(?:" + e + ")").collect(Collectors.joining("|")), Texts.FLAGS);
    }

    boolean findsIn(String s) {
        return anchored.matcher(s).lookingAt() || floating.matcher(s).find();
    }
}
