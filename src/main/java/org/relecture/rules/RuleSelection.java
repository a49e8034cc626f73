package org.relecture.rules;

import java.util.Locale;
import java.util.TreeSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.relecture.findings.Category;

/**
 * Which rules run, from {@code --disable} and {@code --enable-only}. Each entry is a rule id
 * (any case) or a relecture category ({@code spelling}, {@code debris}, ...).
 */
public record RuleSelection(Set<String> disabled, Set<String> enabledOnly) {
    public RuleSelection {
        disabled = normalise(disabled);
        enabledOnly = normalise(enabledOnly);
    }

    public static RuleSelection all() {
        return new RuleSelection(Set.of(), Set.of());
    }

    public boolean accepts(RuleInfo rule) {
        if (matches(disabled, rule)) {
            return false;
        }
        return enabledOnly.isEmpty() || matches(enabledOnly, rule);
    }

    /** Entries that name no rule and no category among those given. */
    public Set<String> unknown(Iterable<RuleInfo> rules) {
        Set<String> unknown = new TreeSet<>(disabled);
        unknown.addAll(enabledOnly);
        for (Category c : Category.values()) {
            unknown.remove(c.id().toUpperCase(Locale.ROOT));
        }
        for (RuleInfo rule : rules) {
            unknown.remove(rule.id().toUpperCase(Locale.ROOT));
        }
        return unknown;
    }

    private static boolean matches(Set<String> entries, RuleInfo rule) {
        return entries.contains(rule.id().toUpperCase(Locale.ROOT))
                || entries.contains(rule.category().id().toUpperCase(Locale.ROOT));
    }

    private static Set<String> normalise(Set<String> entries) {
        return entries.stream()
                .map(e -> e.trim().toUpperCase(Locale.ROOT))
                .filter(e -> !e.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
