package org.relecture.rules.files;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.relecture.text.Document;

/**
 * The expressions of an existence or substitution rule, each with its replacement (none for
 * existence) and, where the expression says so, the texts its matches begin with: a cheap test
 * before the expression is tried over the text.
 */
final class WordPatterns {
    /** A match outside markup, with the replacement of the expression that made it. */
    record Hit(MatchResult match, String replacement) {
    }

    private record Entry(Pattern pattern, String replacement, LeadingLiterals literals) {
    }

    private final List<Entry> entries;
    private final boolean ignoreCase;

    /** @param patterns expression to replacement (null for none), in the file's order */
    WordPatterns(Map<String, String> patterns, boolean ignoreCase) {
        int flags = YamlRuleDetector.flags(ignoreCase);
        this.ignoreCase = ignoreCase;
        this.entries = patterns.entrySet().stream()
                .map(e -> new Entry(YamlRuleDetector.word(e.getKey(), flags), e.getValue(),
                        LeadingLiterals.of(e.getKey(), ignoreCase).orElse(null)))
                .toList();
    }

    /** Every match outside markup, expression by expression, matched on {@code budgeted} (the document's text). */
    List<Hit> hits(Document document, CharSequence budgeted) {
        String text = document.text();
        String lowerText = ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
        List<Hit> hits = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.literals() != null && !entry.literals().mayMatch(text, lowerText)) {
                continue;
            }
            for (MatchResult m : YamlRuleDetector.wordMatches(entry.pattern(), budgeted)) {
                if (!document.touchesMarkup(m.start(), m.end())) {
                    hits.add(new Hit(m, entry.replacement()));
                }
            }
        }
        return hits;
    }
}
