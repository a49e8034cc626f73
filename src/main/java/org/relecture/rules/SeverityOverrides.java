package org.relecture.rules;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
        return override(rule, category).orElse(standard);
    }

    /** The project's severity for the rule, by id, else by category; empty when it has none. */
    private Optional<Severity> override(String rule, Category category) {
        Severity own = byRule.get(rule.toUpperCase(Locale.ROOT));
        return Optional.ofNullable(own != null ? own : byCategory.get(category));
    }

    /** The rule as the project has it: all its findings at the project's severity, when it sets one. */
    public RuleInfo apply(RuleInfo rule) {
        return override(rule.id(), rule.category()).map(rule::at).orElse(rule);
    }

    public Finding apply(Finding f) {
        Severity severity = severity(f.rule(), f.category(), f.severity());
        return severity == f.severity() ? f : new Finding(f.rule(), f.category(), severity, f.start(), f.end(),
                f.message(), f.suggestions(), f.source(), f.attributes());
    }
}
