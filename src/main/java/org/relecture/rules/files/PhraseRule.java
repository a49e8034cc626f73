package org.relecture.rules.files;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relecture.findings.Finding;
import org.relecture.rules.Detector;
import org.relecture.rules.RuleInfo;
import org.relecture.text.Document;

/**
 * A YAML rule at work: one {@link PhraseKind} filled in by a file. Patterns match whole words
 * (never inside a longer word) and never inside markup. Immutable, so one instance serves every
 * worker.
 */
public final class PhraseRule implements Detector {
    private static final String WORD_END = "(?![\\p{L}\\p{N}])";

    private final RuleInfo info;
    private final PhraseKind kind;
    private final String message;
    private final List<Swap> patterns;
    private final boolean ignoreCase;
    /**
     * For consistency rules: each group of variant spellings, as patterns in the order given; a
     * variant also matches its plural in -s (group 1 holds the ending).
     */
    private final List<List<Pattern>> variants;

    PhraseRule(RuleInfo info, PhraseKind kind, String message, boolean ignoreCase,
               Map<String, String> patterns, List<List<String>> variants) {
        this.info = info;
        this.kind = kind;
        this.message = message;
        int flags = Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS | (ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
        this.ignoreCase = ignoreCase;
        this.patterns = patterns.entrySet().stream()
                .map(e -> new Swap(word(e.getKey(), flags), e.getValue(),
                        LeadingLiterals.of(e.getKey(), ignoreCase).orElse(null)))
                .toList();
        this.variants = variants.stream()
                .map(group -> group.stream().map(v -> word(Pattern.quote(v) + "(s?)", flags)).toList())
                .toList();
    }

    /**
     * A pattern with its replacement (null for existence rules) and, where the pattern says so, the
     * texts its matches begin with: a cheap test before the pattern is tried over the text.
     */
    private record Swap(Pattern pattern, String replacement, LeadingLiterals literals) {
    }

    private static Pattern word(String regex, int flags) {
        return Pattern.compile("(?:" + regex + ")" + WORD_END, flags);
    }

    @Override
    public List<RuleInfo> rules() {
        return List.of(info);
    }

    public RuleInfo info() {
        return info;
    }

    @Override
    public List<Finding> check(Document document) {
        List<Finding> findings = new ArrayList<>();
        if (kind == PhraseKind.CONSISTENCY) {
            for (List<Pattern> group : variants) {
                checkVariants(document, group, findings);
            }
        } else {
            String text = document.text();
            String lowerText = ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
            for (Swap swap : patterns) {
                if (swap.literals() == null || swap.literals().mayMatch(text, lowerText)) {
                    checkPattern(document, swap.pattern(), swap.replacement(), findings);
                }
            }
        }
        findings.sort(Comparator.comparingInt(Finding::start));
        return findings;
    }

    private void checkPattern(Document document, Pattern pattern, String replacement, List<Finding> findings) {
        for (MatchResult m : wordMatches(pattern, document.text())) {
            if (document.touchesMarkup(m.start(), m.end())) {
                continue;
            }
            List<String> suggestions = replacement == null
                    ? List.of()
                    : List.of(sameInitialCase(m.group(), expand(m, replacement)));
            findings.add(finding(m.start(), m.end(), m.group(), suggestions));
        }
    }

    private void checkVariants(Document document, List<Pattern> group, List<Finding> findings) {
        List<List<MatchResult>> hits = new ArrayList<>();
        int best = -1;
        int used = 0;
        for (int i = 0; i < group.size(); i++) {
            List<MatchResult> spans = new ArrayList<>();
            for (MatchResult m : wordMatches(group.get(i), document.text())) {
                if (!document.touchesMarkup(m.start(), m.end())) {
                    spans.add(m);
                }
            }
            hits.add(spans);
            if (!spans.isEmpty()) {
                used++;
                if (best < 0 || spans.size() > hits.get(best).size()) {
                    best = i;
                }
            }
        }
        if (used < 2) {
            return;
        }
        MatchResult model = hits.get(best).get(0);
        String preferred = model.group().substring(0, model.group().length() - model.group(1).length());
        for (int i = 0; i < group.size(); i++) {
            if (i == best) {
                continue;
            }
            for (MatchResult hit : hits.get(i)) {
                findings.add(finding(hit.start(), hit.end(), hit.group(),
                        List.of(sameInitialCase(hit.group(), preferred + hit.group(1)))));
            }
        }
    }

    /**
     * The matches that start a word (the pattern itself checks the end). The start is checked here
     * rather than with a lookbehind in the pattern, which would keep Java from searching quickly
     * for the pattern's leading text: with a few hundred patterns, that made a rule file cost a
     * tenth of LanguageTool's time.
     */
    private static List<MatchResult> wordMatches(Pattern pattern, String text) {
        List<MatchResult> matches = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        int from = 0;
        while (from <= text.length() && m.find(from)) {
            int start = m.start();
            if (start > 0 && Character.isLetterOrDigit(text.codePointBefore(start))) {
                from = start + 1;
                continue;
            }
            matches.add(m.toMatchResult());
            from = m.end() > start ? m.end() : start + 1;
        }
        return matches;
    }

    private Finding finding(int start, int end, String text, List<String> suggestions) {
        String suggestion = suggestions.isEmpty() ? "" : suggestions.get(0);
        String rendered = message.replace("{match}", text).replace("{suggestion}", suggestion);
        return new Finding(info.id(), info.category(), info.severity(), start, end, rendered, suggestions,
                info.source());
    }

    private static final Pattern GROUP_REFERENCE = Pattern.compile("\\$(\\d)");

    /** The replacement for one match, with $1..$9 filled in from the match's groups. */
    private static String expand(MatchResult match, String replacement) {
        return GROUP_REFERENCE.matcher(replacement).replaceAll(ref -> {
            String group = match.group(Integer.parseInt(ref.group(1)));
            return Matcher.quoteReplacement(group == null ? "" : group);
        });
    }

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
