package org.relecture.rules.languagetool;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.languagetool.rules.Rule;
import org.languagetool.rules.patterns.AbstractPatternRule;
import org.relecture.rules.CheckOptions;
import org.relecture.rules.Level;
import org.relecture.rules.files.LanguageToolTuning;

/**
 * LanguageTool reports some matches under another id than the rule it registered: its compound
 * and simple-replace rules name each entry ({@code FR_COMPOUNDS_COFFRE_FORT} for the rule
 * {@code FR_COMPOUNDS}, {@code FR_SIMPLE_REPLACE_SIMPLE_CA} for {@code FR_SIMPLE_REPLACE_SIMPLE}),
 * and a pattern rule group numbers its sub-rules ({@code NORD_SUD[1]}). This class finds the
 * registered rule a match belongs to, so it is reported and selected as that rule, and applies the
 * tuning entries that name one sub-rule instead of a whole rule.
 */
final class SubRules {
    private final Set<String> registered;
    private final LanguageToolTuning tuning;

    SubRules(Collection<String> registered, LanguageToolTuning tuning) {
        this.registered = Set.copyOf(registered);
        this.tuning = tuning;
    }

    /**
     * The registered rule a match of {@code rule} belongs to: the rule itself, or the registered
     * rule whose id, followed by {@code _}, begins the match's id (the longest such).
     */
    Optional<String> owner(Rule rule) {
        String id = rule.getId();
        if (registered.contains(id)) {
            return Optional.of(id);
        }
        for (int cut = id.lastIndexOf('_'); cut > 0; cut = id.lastIndexOf('_', cut - 1)) {
            String prefix = id.substring(0, cut);
            if (registered.contains(prefix)) {
                return Optional.of(prefix);
            }
        }
        return Optional.empty();
    }

    /**
     * The sub-rule's own id when a match comes from one: {@code NORD_SUD[2]} for the second rule of
     * a group, the entry's id for a compound or replace rule; empty for a rule reported as itself.
     */
    Optional<String> subRuleId(Rule rule) {
        if (rule instanceof AbstractPatternRule pattern && pattern.getSubId() != null && !pattern.getSubId().isEmpty()) {
            return Optional.of(pattern.getFullId());
        }
        return registered.contains(rule.getId()) ? Optional.empty() : Optional.of(rule.getId());
    }

    /**
     * False when the tuning turns this sub-rule off, or keeps it for the picky level and neither
     * the level nor the project's typography policy asks for it.
     */
    boolean reports(Rule rule, CheckOptions options) {
        Optional<String> sub = subRuleId(rule);
        if (sub.isEmpty()) {
            return true;
        }
        return !tuning.disabled().containsKey(sub.get())
                && (options.level() == Level.PICKY || !tuning.picky().containsKey(sub.get())
                        || options.everyLevel().contains(sub.get()));
    }
}
