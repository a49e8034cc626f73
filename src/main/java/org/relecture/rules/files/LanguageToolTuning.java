package org.relecture.rules.files;

import java.util.HashMap;
import java.util.Map;
import org.relecture.findings.Category;

/**
 * How relecture adjusts LanguageTool's own rules for translated news text, read from
 * {@code languagetool.yaml} in a rules folder, where each entry carries its reason.
 *
 * @param disabled      rule id to the reason it is off
 * @param picky         rule id to the reason it runs only at {@code --level picky}
 * @param recategorized rule id to the relecture category its findings belong to
 */
public record LanguageToolTuning(Map<String, String> disabled, Map<String, String> picky,
                                 Map<String, Category> recategorized) {
    public LanguageToolTuning {
        disabled = Map.copyOf(disabled);
        picky = Map.copyOf(picky);
        recategorized = Map.copyOf(recategorized);
    }

    public static LanguageToolTuning none() {
        return new LanguageToolTuning(Map.of(), Map.of(), Map.of());
    }

    /** Later folders add to and override earlier ones. */
    LanguageToolTuning merge(LanguageToolTuning later) {
        Map<String, String> d = new HashMap<>(disabled);
        d.putAll(later.disabled);
        Map<String, String> p = new HashMap<>(picky);
        p.putAll(later.picky);
        Map<String, Category> c = new HashMap<>(recategorized);
        c.putAll(later.recategorized);
        return new LanguageToolTuning(d, p, c);
    }
}
