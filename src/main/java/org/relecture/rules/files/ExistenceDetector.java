package org.relecture.rules.files;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.relecture.findings.Finding;
import org.relecture.rules.RuleInfo;
import org.relecture.text.Document;

/** A YAML rule of kind {@code existence}: every match of one of its {@code tokens} is a finding. */
public final class ExistenceDetector extends YamlRuleDetector {
    private final WordPatterns tokens;

    ExistenceDetector(RuleInfo info, String message, boolean ignoreCase, List<String> tokens) {
        super(info, message);
        Map<String, String> withoutReplacement = new LinkedHashMap<>();
        tokens.forEach(t -> withoutReplacement.put(t, null));
        this.tokens = new WordPatterns(withoutReplacement, ignoreCase);
    }

    @Override
    List<Finding> find(Document document, CharSequence text) {
        return tokens.hits(document, text).stream()
                .map(hit -> finding(hit.match().start(), hit.match().end(), hit.match().group(), List.of()))
                .sorted(Comparator.comparingInt(Finding::start))
                .toList();
    }
}
