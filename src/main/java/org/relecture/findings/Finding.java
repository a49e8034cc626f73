package org.relecture.findings;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One problem found in one document. Immutable: built once by a detector, never changed after.
 * {@code start}/{@code end} are absolute UTF-16 offsets into the decoded document text; line and
 * column are derived only when a report is rendered.
 *
 * @param rule        stable rule id, e.g. {@code FR_SPELLING_RULE} or {@code MISSING_SPACE_AFTER_PERIOD}
 * @param source      who produced it: {@code languagetool}, {@code relecture}, or a rule file's name
 * @param attributes  detector-specific facts (a detected language, a confidence), may be empty
 */
public record Finding(
        String rule,
        Category category,
        Severity severity,
        int start,
        int end,
        String message,
        List<String> suggestions,
        String source,
        Map<String, String> attributes) {

    /**
     * Attribute of a finding that stands for several occurrences of one problem (reported once so
     * the report stays readable): how many. The scorer counts each occurrence, as MQM does.
     */
    public static final String OCCURRENCES = "occurrences";

    /**
     * Attribute of a finding whose rule's fixes are safe but whose own suggestion is a guess among
     * several (two words glued where an elided article may have gone): value {@value #REVIEW}.
     * {@code relecture fix} leaves it to a human.
     */
    public static final String FIX = "fix";
    public static final String REVIEW = "review";

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(source, "source");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end + " for " + rule);
        }
        suggestions = suggestions instanceof LazySuggestions ? suggestions : List.copyOf(suggestions);
        attributes = Map.copyOf(attributes);
    }

    public Finding(String rule, Category category, Severity severity, int start, int end,
                   String message, List<String> suggestions, String source) {
        this(rule, category, severity, start, end, message, suggestions, source, Map.of());
    }

    /**
     * This finding with its suggestions computed, if they were {@link LazySuggestions}: what a
     * checker hands on, so that no finding needs LanguageTool after it leaves the checker's thread.
     */
    public Finding withComputedSuggestions() {
        if (suggestions instanceof LazySuggestions lazy) {
            return new Finding(rule, category, severity, start, end, message, lazy.values(), source, attributes);
        }
        return this;
    }

    /**
     * This finding {@code by} characters further on (its suggestions as they are, lazy or not):
     * a finding made on a piece of a document, placed in the whole.
     */
    public Finding shifted(int by) {
        return by == 0 ? this : new Finding(rule, category, severity, start + by, end + by, message, suggestions, source,
                attributes);
    }

    /** True when this finding's suggestion needs a human even if its rule's fixes are safe. */
    public boolean needsReview() {
        return REVIEW.equals(attributes.get(FIX));
    }

    /** How many occurrences of its problem this finding stands for: 1 unless it says more. */
    public int occurrences() {
        String n = attributes.get(OCCURRENCES);
        return n == null ? 1 : Math.max(1, Integer.parseInt(n));
    }
}
