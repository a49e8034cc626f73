package org.relecture.rules.typography;

import java.util.List;
import java.util.Map;
import org.relecture.findings.Finding;
import org.relecture.rules.RuleInfo;

/** One concern of French typography, with the rules it reports; run by {@link TypographyDetector}. */
interface TypographyCheck {
    List<RuleInfo> rules();

    /** Adds its findings on the document to {@code out}. */
    void check(Prose prose, Quotes quotes, List<Finding> out);

    static Finding finding(RuleInfo rule, int start, int end, String message, List<String> suggestions) {
        return finding(rule, start, end, message, suggestions, Map.of());
    }

    static Finding finding(RuleInfo rule, int start, int end, String message, List<String> suggestions,
                           Map<String, String> attributes) {
        return new Finding(rule.id(), rule.category(), rule.severity(), start, end, message, suggestions,
                RuleInfo.BUILTIN, attributes);
    }
}
