package org.relecture.rules;

import java.util.List;
import java.util.Objects;

/**
 * A sentence that documents and tests a rule, as LanguageTool's {@code <example>} does. A wrong
 * example marks the error with {@code <marker>...</marker>} and gives the expected corrections
 * (an empty correction means "delete"); a correct example must give no finding of the rule.
 *
 * @param text        the sentence without the marker tags
 * @param start       start of the marked error, or -1 for a correct example
 * @param end         end of the marked error, or -1 for a correct example
 * @param corrections what the rule should suggest for the marked span, best first
 */
public record RuleExample(String text, int start, int end, List<String> corrections) {
    private static final String OPEN = "<marker>";
    private static final String CLOSE = "</marker>";

    public RuleExample {
        Objects.requireNonNull(text, "text");
        corrections = List.copyOf(corrections);
    }

    /** A sentence with the error between {@code <marker>} tags. */
    public static RuleExample wrong(String marked, String... corrections) {
        return wrong(marked, List.of(corrections));
    }

    public static RuleExample wrong(String marked, List<String> corrections) {
        int open = marked.indexOf(OPEN);
        int close = marked.indexOf(CLOSE);
        if (open < 0 || close < open || marked.indexOf(OPEN, open + 1) >= 0) {
            throw new IllegalArgumentException("a wrong example needs exactly one <marker>...</marker>: " + marked);
        }
        String text = marked.substring(0, open) + marked.substring(open + OPEN.length(), close)
                + marked.substring(close + CLOSE.length());
        return new RuleExample(text, open, close - OPEN.length(), corrections);
    }

    public static RuleExample correct(String text) {
        if (text.contains(OPEN)) {
            throw new IllegalArgumentException("a correct example has no marker: " + text);
        }
        return new RuleExample(text, -1, -1, List.of());
    }

    public boolean isCorrect() {
        return start < 0;
    }
}
