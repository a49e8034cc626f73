package org.relecture.rules;

import java.util.Objects;

/** What a check should report: the rule level and which rules are selected. */
public record CheckOptions(Level level, RuleSelection selection) {
    public CheckOptions {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(selection, "selection");
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
