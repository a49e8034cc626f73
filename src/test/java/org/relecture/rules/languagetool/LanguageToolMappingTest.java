package org.relecture.rules.languagetool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.ITSIssueType;
import org.languagetool.rules.Rule;
import org.relecture.findings.Category;
import org.relecture.findings.Severity;
import org.relecture.rules.FrenchLexicon;

class LanguageToolMappingTest {
    @ParameterizedTest
    @CsvSource({
        "TYPOS, Misspelling, SPELLING",
        "MULTITOKEN_SPELLING, Misspelling, SPELLING",
        "CAT_GRAMMAIRE, Uncategorized, GRAMMAR",
        "AGREEMENT, Uncategorized, GRAMMAR",
        "CAT_ELISION, Uncategorized, GRAMMAR",
        "CAT_TYPOGRAPHIE, Typographical, TYPOGRAPHY",
        "CAT_MAJUSCULES, Uncategorized, TYPOGRAPHY",
        "PONCTUATION_VIRGULE, Uncategorized, PUNCTUATION",
        "CAT_CALQUES, Style, STYLE",
        "CAT_ANGLICISMES_FOREIGN_TERMS, Style, STYLE",
        "SEMANTICS, Uncategorized, MISTRANSLATION",
        // Whitespace is spacing even inside a typography category.
        "TYPOGRAPHY, Whitespace, SPACING",
        // A generic or unknown category falls back on the issue type.
        "MISC, Misspelling, SPELLING",
        "MISC, Uncategorized, GRAMMAR",
        "SOMETHING_NEW, Untranslated, UNTRANSLATED",
        "SOMETHING_NEW, Inconsistency, CONSISTENCY",
        "SOMETHING_NEW, Markup, DEBRIS",
        "SOMETHING_NEW, LocaleViolation, TYPOGRAPHY",
    })
    void mapsCategoryAndIssueType(String categoryId, ITSIssueType type, Category expected) {
        assertEquals(expected, LanguageToolMapping.category(categoryId, type));
    }

    @Test
    void meaningChangingCategoriesAreMajorTheRestMinor() {
        assertEquals(Severity.MAJOR, LanguageToolMapping.severity(Category.MISTRANSLATION));
        assertEquals(Severity.MAJOR, LanguageToolMapping.severity(Category.UNTRANSLATED));
        assertEquals(Severity.MINOR, LanguageToolMapping.severity(Category.SPELLING));
        assertEquals(Severity.MINOR, LanguageToolMapping.severity(Category.GRAMMAR));
    }

    @Test
    void everyFrenchRuleOfLanguageToolGetsAnExplicitCategory() {
        // An unknown category id would silently fall back on the issue type: new LanguageTool
        // categories must be looked at and added to the table.
        Set<Category> seen = EnumSet.noneOf(Category.class);
        for (Rule rule : new JLanguageTool(FrenchLexicon.french()).getAllRules()) {
            String id = rule.getCategory().getId().toString();
            boolean known = !LanguageToolMapping.category(id, ITSIssueType.Other).equals(Category.GRAMMAR)
                    || Set.of("GRAMMAR", "AGREEMENT", "CAT_GRAMMAIRE", "CAT_ELISION",
                            "CAT_HOMONYMES_PARONYMES", "CONFUSED_WORDS", "MISC").contains(id);
            assertTrue(known, "LanguageTool category " + id + " (rule " + rule.getId() + ") is not mapped");
            seen.add(LanguageToolMapping.category(rule));
        }
        assertTrue(seen.containsAll(EnumSet.of(Category.SPELLING, Category.GRAMMAR, Category.STYLE,
                Category.TYPOGRAPHY, Category.PUNCTUATION, Category.SPACING)), seen.toString());
    }

    @Test
    void suggestionMarkupInMessagesBecomesFrenchQuotes() {
        assertEquals("Écrivez « coopération ».",
                LanguageToolDetector.plainMessage("Écrivez <suggestion>coopération</suggestion>.\n"));
    }
}
