package org.relecture.rules;

import java.util.Objects;
import java.util.Set;

/**
 * What a check should report: the rule level, which rules are selected, the project's severities
 * and the names it knows to be right.
 *
 * @param names      writings of names never reported as misspellings or as variants of another writing
 * @param everyLevel LanguageTool sub-rules kept for the picky level that the project's typography
 *                   policy asks for at every level ({@code HEURES[1]} for {@code times: spaced})
 */
public record CheckOptions(Level level, RuleSelection selection, SeverityOverrides severities, Set<String> names,
                           Set<String> everyLevel) {
    public CheckOptions {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(severities, "severities");
        names = Set.copyOf(names);
        everyLevel = Set.copyOf(everyLevel);
    }

    public CheckOptions(Level level, RuleSelection selection, SeverityOverrides severities, Set<String> names) {
        this(level, selection, severities, names, Set.of());
    }

    public CheckOptions(Level level, RuleSelection selection) {
        this(level, selection, SeverityOverrides.NONE, Set.of());
    }

    public CheckOptions(Level level) {
        this(level, RuleSelection.all());
    }

    public static CheckOptions defaults() {
        return new CheckOptions(Level.DEFAULT);
    }

    /** True when the rule is selected and its level is active. */
    public boolean active(RuleInfo rule) {
        return (rule.level() == Level.DEFAULT || level == Level.PICKY) && selection.accepts(rule);
    }
}
