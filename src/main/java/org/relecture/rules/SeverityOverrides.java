package org.relecture.rules;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.findings.Severity;

/**
 * A project's own severities: per rule id, else per category, else the rule's default. Applied
 * once, where findings are made, so every report and the score see the same severity.
 *
 * @param byRule     rule id (upper case) to severity
 * @param byCategory category to severity, for the rules not named in {@code byRule}
 */
public record SeverityOverrides(Map<String, Severity> byRule, Map<Category, Severity> byCategory) {
    public static final SeverityOverrides NONE = new SeverityOverrides(Map.of(), Map.of());

    public SeverityOverrides {
        Map<String, Severity> rules = new TreeMap<>();
        byRule.forEach((id, severity) -> rules.put(id.toUpperCase(Locale.ROOT), severity));
        byRule = Map.copyOf(rules);
        byCategory = byCategory.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(byCategory));
    }

    public Severity severity(String rule, Category category, Severity standard) {
        Severity own = byRule.get(rule.toUpperCase(Locale.ROOT));
        return own != null ? own : byCategory.getOrDefault(category, standard);
    }

    public RuleInfo apply(RuleInfo rule) {
        Severity severity = severity(rule.id(), rule.category(), rule.severity());
        return severity == rule.severity() ? rule : new RuleInfo(rule.id(), rule.category(), severity, rule.source(),
                rule.level(), rule.description(), rule.examples());
    }

    public Finding apply(Finding f) {
        Severity severity = severity(f.rule(), f.category(), f.severity());
        return severity == f.severity() ? f : new Finding(f.rule(), f.category(), severity, f.start(), f.end(),
                f.message(), f.suggestions(), f.source(), f.attributes());
    }
}
