package org.relecture.rules.files;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The texts one of which a match of a regular expression must begin with, when the expression says
 * so plainly: a leading literal ({@code Putin(?!…)}), a group of literal alternatives
 * ({@code (?:Shoigu|Schoigu)…}), or a leading lookahead of either ({@code (?=Moscow)(?<!…)…}).
 * A rule file with hundreds of names then scans the text only for the names it contains:
 * {@link String#contains} is far cheaper than trying each expression at every position. When the
 * expression starts any other way, nothing is known and the expression is always tried.
 */
final class LeadingLiterals {
    private static final String META = "\\()[]{}?*+|.^$";

    private final List<String> literals;
    private final boolean ignoreCase;

    private LeadingLiterals(List<String> literals, boolean ignoreCase) {
        this.literals = literals;
        this.ignoreCase = ignoreCase;
    }

    /** Empty when the expression does not start in one of the plain ways. */
    static Optional<LeadingLiterals> of(String regex, boolean ignoreCase) {
        String rest = regex;
        String lookahead = null;
        if (rest.startsWith("(?=")) {
            int close = closingParen(rest, 0);
            if (close < 0) {
                return Optional.empty();
            }
            lookahead = rest.substring(3, close);
        }
        List<String> found = alternatives(lookahead != null ? lookahead : rest);
        if (found.isEmpty() || found.stream().anyMatch(String::isEmpty)) {
            return Optional.empty();
        }
        List<String> normalised = ignoreCase
                ? found.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList()
                : List.copyOf(found);
        return Optional.of(new LeadingLiterals(normalised, ignoreCase));
    }

    /**
     * Whether the text may hold a match. {@code lowerText} is the text in lower case, needed only
     * when the expression ignores case (ASCII-safe folding: a literal with letters whose case
     * folding differs by locale still matches conservatively, since both sides fold the same way).
     */
    boolean mayMatch(String text, String lowerText) {
        String haystack = ignoreCase ? lowerText : text;
        for (String literal : literals) {
            if (haystack.contains(literal)) {
                return true;
            }
        }
        return false;
    }

    List<String> literals() {
        return literals;
    }

    /** The literal starts of {@code (?:A|B|C)…} or of {@code ABC…}; an empty string for a branch with none. */
    private static List<String> alternatives(String expression) {
        if (expression.startsWith("(?:")) {
            int close = closingParen(expression, 0);
            if (close < 0 || quantified(expression, close + 1)) {
                return List.of();
            }
            List<String> starts = new ArrayList<>();
            for (String branch : topLevelBranches(expression.substring(3, close))) {
                starts.add(literalStart(branch));
            }
            return starts;
        }
        if (expression.startsWith("(")) {
            return List.of();
        }
        return List.of(literalStart(expression));
    }

    private static String literalStart(String branch) {
        int end = 0;
        while (end < branch.length() && META.indexOf(branch.charAt(end)) < 0) {
            end++;
        }
        if (quantified(branch, end) && end > 0) {
            end--; // the last letter is optional or repeated: only what comes before it is certain
        }
        return branch.substring(0, end);
    }

    private static boolean quantified(String s, int at) {
        return at < s.length() && "?*+{".indexOf(s.charAt(at)) >= 0;
    }

    /** The branches of an alternation, split at its own {@code |}, not those of nested groups. */
    private static List<String> topLevelBranches(String alternation) {
        List<String> branches = new ArrayList<>();
        boolean[] syntax = syntax(alternation);
        int depth = 0;
        int from = 0;
        for (int i = 0; i < alternation.length(); i++) {
            if (!syntax[i]) {
                continue;
            }
            char c = alternation.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == '|' && depth == 0) {
                branches.add(alternation.substring(from, i));
                from = i + 1;
            }
        }
        branches.add(alternation.substring(from));
        return branches;
    }

    /** Index of the parenthesis closing the one at {@code open}; -1 if none. */
    private static int closingParen(String s, int open) {
        boolean[] syntax = syntax(s);
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (syntax[i] && s.charAt(i) == '(') {
                depth++;
            } else if (syntax[i] && s.charAt(i) == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Which characters are regex syntax: not escaped, not an escaping backslash, not inside a [class]. */
    private static boolean[] syntax(String s) {
        boolean[] syntax = new boolean[s.length()];
        boolean inClass = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else {
                syntax[i] = true;
            }
        }
        return syntax;
    }
}
