package org.relecture.server;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.languagetool.rules.Rule;
import org.relecture.api.Worker;
import org.relecture.findings.Category;
import org.relecture.rules.RuleInfo;

/**
 * Every rule the server knows, described as LanguageTool's clients expect: LanguageTool's rules
 * keep their own category and ITS issue type (clients let users turn categories off by those
 * ids); relecture's rules get their relecture category, upper case, and the issue type closest
 * to it.
 */
final class RuleCatalog {
    /** A rule as the LanguageTool API shows it. */
    record Entry(RuleInfo info, String categoryId, String categoryName, String issueType, int contextForSureMatch) {
    }

    private final Map<String, Entry> byId = new HashMap<>();

    RuleCatalog(Worker worker) {
        Map<String, Rule> languageTool = new HashMap<>();
        for (Rule rule : worker.languageToolRules()) {
            languageTool.putIfAbsent(rule.getId(), rule);
        }
        for (RuleInfo info : worker.rules()) {
            Rule rule = languageTool.get(info.id());
            byId.put(info.id().toUpperCase(Locale.ROOT), rule != null
                    ? new Entry(info, rule.getCategory().getId().toString(), rule.getCategory().getName(),
                            rule.getLocQualityIssueType().toString(), rule.estimateContextForSureMatch())
                    : new Entry(info, info.category().id().toUpperCase(Locale.ROOT), info.category().mqm(),
                            issueType(info.category()), 0));
        }
    }

    Optional<Entry> get(String ruleId) {
        return Optional.ofNullable(byId.get(ruleId.toUpperCase(Locale.ROOT)));
    }

    Entry require(String ruleId) {
        return get(ruleId).orElseThrow(() -> new IllegalStateException("a finding of an unknown rule: " + ruleId));
    }

    /** True when a category entry of a request names this rule's category, in either system. */
    static boolean inCategory(Entry entry, String requested) {
        return requested.equalsIgnoreCase(entry.categoryId())
                || requested.equalsIgnoreCase(entry.info().category().id());
    }

    /** ITS 2.0 issue types, as LanguageTool names them. */
    private static String issueType(Category category) {
        return switch (category) {
            case UNTRANSLATED -> "untranslated";
            case MISTRANSLATION -> "mistranslation";
            case GRAMMAR -> "grammar";
            case SPELLING -> "misspelling";
            case PUNCTUATION, TYPOGRAPHY -> "typographical";
            case SPACING -> "whitespace";
            case CONSISTENCY -> "inconsistency";
            case STYLE -> "style";
            case DEBRIS -> "markup";
        };
    }
}
