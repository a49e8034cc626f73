package org.relecture.rules.debris;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.relecture.rules.RuleLoadException;
import org.relecture.rules.files.RuleLibrary;

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

    /** A data list's patterns; each is compiled alone first, so that a bad one is named with its file and line. */
    static PatternSet of(RuleLibrary library, String file) throws RuleLoadException {
        library.dataPatterns(file, Texts.FLAGS);
        return joined(library.dataList(file));
    }

    /** Entries already known to compile (those of checked lists). */
    static PatternSet joined(List<String> entries) {
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
