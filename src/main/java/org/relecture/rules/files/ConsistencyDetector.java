package org.relecture.rules.files;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.relecture.findings.Finding;
import org.relecture.rules.RuleInfo;
import org.relecture.text.Document;

/**
 * A YAML rule of kind {@code consistency}: each {@code either} entry lists spellings of one word;
 * in a document that uses more than one, the rarer ones are flagged and the commonest suggested.
 */
public final class ConsistencyDetector extends YamlRuleDetector {
    /** Each group of spellings, as patterns in the order given; a spelling also matches its plural in -s (group 1). */
    private final List<List<Pattern>> variants;

    ConsistencyDetector(RuleInfo info, String message, boolean ignoreCase, List<List<String>> either) {
        super(info, message);
        int flags = flags(ignoreCase);
        this.variants = either.stream()
                .map(group -> group.stream().map(v -> word(Pattern.quote(v) + "(s?)", flags)).toList())
                .toList();
    }

    @Override
    List<Finding> find(Document document, CharSequence text) {
        List<Finding> findings = new ArrayList<>();
        for (List<Pattern> group : variants) {
            checkVariants(document, text, group, findings);
        }
        findings.sort(Comparator.comparingInt(Finding::start));
        return findings;
    }

    private void checkVariants(Document document, CharSequence text, List<Pattern> group, List<Finding> findings) {
        List<List<MatchResult>> hits = new ArrayList<>();
        int best = -1;
        int used = 0;
        for (int i = 0; i < group.size(); i++) {
            List<MatchResult> spans = new ArrayList<>();
            for (MatchResult m : wordMatches(group.get(i), text)) {
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
}
