package org.relecture.rules.files;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relecture.findings.Finding;
import org.relecture.rules.RuleInfo;
import org.relecture.text.Document;

/**
 * A YAML rule of kind {@code substitution}: every match of a {@code swap} key is a finding that
 * suggests its value, {@code $1}..{@code $9} filled in from the match's groups and the initial
 * capital kept.
 */
public final class SubstitutionDetector extends YamlRuleDetector {
    private static final Pattern GROUP_REFERENCE = Pattern.compile("\\$(\\d)");

    private final Map<String, String> swap;
    private final WordPatterns patterns;

    SubstitutionDetector(RuleInfo info, String message, boolean ignoreCase, Map<String, String> swap) {
        super(info, message);
        this.swap = Collections.unmodifiableMap(new LinkedHashMap<>(swap));
        this.patterns = new WordPatterns(swap, ignoreCase);
    }

    /** Each expression with its replacement (null when the file gives none), in the file's order. */
    public Map<String, String> swap() {
        return swap;
    }

    @Override
    List<Finding> find(Document document, CharSequence text) {
        return patterns.hits(document, text).stream()
                .map(hit -> {
                    MatchResult m = hit.match();
                    return finding(m.start(), m.end(), m.group(), hit.replacement() == null ? List.<String>of()
                            : List.of(sameInitialCase(m.group(), expand(m, hit.replacement()))));
                })
                .sorted(Comparator.comparingInt(Finding::start))
                .toList();
    }

    /** The replacement for one match, with $1..$9 filled in from the match's groups. */
    private static String expand(MatchResult match, String replacement) {
        return GROUP_REFERENCE.matcher(replacement).replaceAll(ref -> {
            String group = match.group(Integer.parseInt(ref.group(1)));
            return Matcher.quoteReplacement(group == null ? "" : group);
        });
    }
}
