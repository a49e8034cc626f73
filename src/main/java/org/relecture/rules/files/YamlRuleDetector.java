package org.relecture.rules.files;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relecture.findings.Finding;
import org.relecture.findings.Severity;
import org.relecture.rules.Detector;
import org.relecture.rules.RuleInfo;
import org.relecture.text.Document;

/**
 * A YAML rule at work: one file, whose name is its id, filling in one of the kinds of
 * {@link YamlKind}, each a subclass. Patterns match whole words (never inside a longer word) and
 * never inside markup. Immutable, so one instance serves every worker.
 */
public abstract sealed class YamlRuleDetector implements Detector
        permits ExistenceDetector, SubstitutionDetector, ConsistencyDetector {
    private static final String WORD_END = "(?![\\p{L}\\p{N}])";
    /** How long a rule may take on one document, far more than any sound expression needs. */
    public static final long TIME_BUDGET_SECONDS = 5;
    /** Attribute of the finding of a rule that could not be applied (value: why). */
    public static final String RULE_FAILURE = "ruleFailure";

    private final RuleInfo info;
    private final String message;

    YamlRuleDetector(RuleInfo info, String message) {
        this.info = info;
        this.message = message;
    }

    @Override
    public final List<RuleInfo> rules() {
        return List.of(info);
    }

    public final RuleInfo info() {
        return info;
    }

    /**
     * The rule's findings, its expressions matched within {@link #TIME_BUDGET_SECONDS} seconds: an
     * expression that backtracks without end ({@code (.*a){15}z} on a line of a's) would hold the
     * whole run. Past the budget the rule gives one finding that says so, of no weight in the
     * score, and the other rules and documents are checked as usual. An interrupted check (a server
     * past its time limit) stops the same way and leaves the checker to end it.
     */
    @Override
    public final List<Finding> check(Document document) {
        BudgetedText text = new BudgetedText(document.text(), TimeUnit.SECONDS.toNanos(TIME_BUDGET_SECONDS));
        try {
            return find(document, text);
        } catch (BudgetedText.Exceeded e) {
            if (Thread.currentThread().isInterrupted()) {
                return List.of();
            }
            return List.of(new Finding(info.id(), info.category(), Severity.NEUTRAL, 0, 0,
                    "La règle " + info.id() + " a dépassé son temps (" + TIME_BUDGET_SECONDS + " s) sur ce document"
                            + " et n'a pas été appliquée : une de ses expressions régulières est trop coûteuse"
                            + " (voir relecture rules --check).",
                    List.of(), info.source(), Map.of(RULE_FAILURE, "timeout")));
        }
    }

    /** The findings, every expression matched on {@code text}, the document's text under a time budget. */
    abstract List<Finding> find(Document document, CharSequence text);

    static int flags(boolean ignoreCase) {
        return Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS | (ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
    }

    /** The expression, ending where a word ends. */
    static Pattern word(String regex, int flags) {
        return Pattern.compile("(?:" + regex + ")" + WORD_END, flags);
    }

    /**
     * The matches that start a word (the pattern itself checks the end). The start is checked here
     * rather than with a lookbehind in the pattern, which would keep Java from searching quickly
     * for the pattern's leading text: with a few hundred patterns, that made a rule file cost a
     * tenth of LanguageTool's time.
     */
    static List<MatchResult> wordMatches(Pattern pattern, CharSequence text) {
        List<MatchResult> matches = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        int from = 0;
        while (from <= text.length() && m.find(from)) {
            int start = m.start();
            if (start > 0 && Character.isLetterOrDigit(Character.codePointBefore(text, start))) {
                from = start + 1;
                continue;
            }
            matches.add(m.toMatchResult());
            from = m.end() > start ? m.end() : start + 1;
        }
        return matches;
    }

    /** A finding of this rule, its message filled in with the matched text and the first suggestion. */
    final Finding finding(int start, int end, String text, List<String> suggestions) {
        String suggestion = suggestions.isEmpty() ? "" : suggestions.get(0);
        String rendered = message.replace("{match}", text).replace("{suggestion}", suggestion);
        return new Finding(info.id(), info.category(), info.severity(), start, end, rendered, suggestions,
                info.source());
    }

    /** The suggestion with the original's initial capital: {@code Grand chat} gives {@code Gros chat}. */
    static String sameInitialCase(String original, String suggestion) {
        if (original.isEmpty() || suggestion.isEmpty()) {
            return suggestion;
        }
        char first = original.charAt(0);
        char proposed = suggestion.charAt(0);
        if (Character.isUpperCase(first) && Character.isLowerCase(proposed)) {
            return Character.toUpperCase(proposed) + suggestion.substring(1);
        }
        return suggestion;
    }
}
