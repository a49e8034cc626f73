package org.relecture.rules.files;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Spots a regular expression that can take exponential time on a line that almost matches, as
 * {@code (x+)+}, {@code (.*a){15}} or {@code (a|ab)*} do: a repeated group that holds a quantifier,
 * or whose alternatives can start alike. A heuristic, for {@code relecture rules --check}: it
 * warns, it does not refuse (the time budget of each rule bounds the harm).
 */
final class RegexRisk {
    private RegexRisk() {
    }

    /** Per open group: whether it holds a quantifier, and the first character of each alternative. */
    private static final class Group {
        boolean quantified;
        boolean atomic;
        final StringBuilder starts = new StringBuilder();
        boolean atAlternativeStart = true;
    }

    /** Why the expression may take exponential time, if it may. */
    static Optional<String> of(String regex) {
        Deque<Group> groups = new ArrayDeque<>();
        groups.push(new Group());
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            Group group = groups.peek();
            if (group.atAlternativeStart && c != '(' && c != ')' && c != '|') {
                group.starts.append(c == '\\' || c == '[' || c == '.' ? '*' : c);
                group.atAlternativeStart = false;
            }
            switch (c) {
                case '\\' -> i++;
                case '[' -> i = classEnd(regex, i);
                case '(' -> {
                    Group inner = new Group();
                    inner.atomic = regex.startsWith("(?>", i);
                    if (regex.startsWith("(?", i)) {
                        i = regex.startsWith("(?<", i) && !regex.startsWith("(?<=", i) && !regex.startsWith("(?<!", i)
                                ? regex.indexOf('>', i) : i + 2;
                    }
                    groups.push(inner);
                }
                case '|' -> group.atAlternativeStart = true;
                case ')' -> {
                    if (groups.size() == 1) {
                        return Optional.empty();
                    }
                    Group closed = groups.pop();
                    int repeat = repetition(regex, i + 1);
                    if (repeat > 0 && !closed.atomic) {
                        if (closed.quantified) {
                            return Optional.of("a repeated group holds a quantifier (as in (x+)+ or (.*a){15})");
                        }
                        if (overlapping(closed.starts)) {
                            return Optional.of("a repeated group has alternatives that can start alike (as in (a|ab)*)");
                        }
                    }
                    groups.peek().quantified |= closed.quantified || repeat > 0;
                }
                case '*', '+' -> {
                    // a + after a quantifier makes it possessive (no backtracking): neither counts
                    boolean marker = c == '+' && i > 0 && "*+?}".indexOf(regex.charAt(i - 1)) >= 0;
                    boolean possessive = i + 1 < regex.length() && regex.charAt(i + 1) == '+';
                    group.quantified |= !marker && !possessive;
                }
                case '{' -> group.quantified |= repetition(regex, i) > 0;
                default -> {
                }
            }
        }
        return Optional.empty();
    }

    /** Whether two alternatives start with the same character, or one with a class or a dot. */
    private static boolean overlapping(CharSequence starts) {
        if (starts.length() < 2) {
            return false;
        }
        for (int i = 0; i < starts.length(); i++) {
            if (starts.charAt(i) == '*' || starts.toString().indexOf(starts.charAt(i), i + 1) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The quantifier at {@code at} when it repeats (more than once, and not possessively): 1;
     * otherwise 0 ({@code ?}, {@code {1}}, a possessive {@code *+}, or no quantifier).
     */
    private static int repetition(String regex, int at) {
        if (at >= regex.length()) {
            return 0;
        }
        char q = regex.charAt(at);
        int after;
        if (q == '*' || q == '+') {
            after = at + 1;
        } else if (q == '{') {
            int close = regex.indexOf('}', at);
            if (close < 0) {
                return 0;
            }
            String[] bounds = regex.substring(at + 1, close).split(",", -1);
            try {
                int max = bounds.length == 1 ? Integer.parseInt(bounds[0].trim())
                        : bounds[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1].trim());
                if (max <= 1) {
                    return 0;
                }
            } catch (NumberFormatException e) {
                return 0;
            }
            after = close + 1;
        } else {
            return 0;
        }
        return after < regex.length() && regex.charAt(after) == '+' ? 0 : 1;
    }

    private static int classEnd(String regex, int open) {
        int i = open + 1;
        if (i < regex.length() && regex.charAt(i) == '^') {
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            i++;
        }
        while (i < regex.length() && regex.charAt(i) != ']') {
            if (regex.charAt(i) == '\\') {
                i++;
            } else if (regex.charAt(i) == '[') {
                i = classEnd(regex, i);
            }
            i++;
        }
        return i;
    }
}
