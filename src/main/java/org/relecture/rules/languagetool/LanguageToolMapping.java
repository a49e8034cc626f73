package org.relecture.rules.languagetool;

import java.util.Map;
import org.languagetool.rules.ITSIssueType;
import org.languagetool.rules.Rule;
import org.relecture.findings.Category;
import org.relecture.findings.Severity;

/**
 * The one place where LanguageTool's classification of a rule becomes relecture's category and
 * severity.
 *
 * <p>LanguageTool gives every rule a category id (French uses its own, such as
 * {@code CAT_GRAMMAIRE} or {@code CAT_TYPOGRAPHIE}) and an ITS 2.0 issue type. The category id is
 * the more precise of the two for French (most French rules have the issue type
 * {@code uncategorized}), so it is looked up first; the issue type decides when the category id is
 * generic ({@code MISC}) or unknown, and always wins for whitespace, because relecture reports
 * spacing separately from typography.
 *
 * <table>
 *   <caption>LanguageTool category id to relecture category</caption>
 *   <tr><th>LanguageTool category</th><th>relecture</th></tr>
 *   <tr><td>TYPOS, MULTITOKEN_SPELLING</td><td>spelling</td></tr>
 *   <tr><td>GRAMMAR, AGREEMENT, CAT_GRAMMAIRE, CAT_ELISION, CAT_HOMONYMES_PARONYMES,
 *       CONFUSED_WORDS</td><td>grammar</td></tr>
 *   <tr><td>PUNCTUATION, PONCTUATION_POINT, PONCTUATION_VIRGULE, PONCTUATION_STYLE_OS</td>
 *       <td>punctuation</td></tr>
 *   <tr><td>TYPOGRAPHY, CAT_TYPOGRAPHIE, CASING, CAT_MAJUSCULES</td><td>typography</td></tr>
 *   <tr><td>STYLE, CAT_CALQUES, CAT_ANGLICISMES_FOREIGN_TERMS, CAT_PLEONASMES, CAT_ARCHAISMES,
 *       CAT_REGIONALISMES, CAT_REGLES_DE_BASE, CAT_TOURS_CRITIQUES, CAT_MARQUES_DE_COMMERCE,
 *       REDUNDANCY, REPETITIONS_STYLE, REPETITIONS, COLLOQUIALISMS, REGIONALISMS, PLAIN_ENGLISH</td>
 *       <td>style</td></tr>
 *   <tr><td>SEMANTICS, FALSE_FRIENDS</td><td>mistranslation</td></tr>
 * </table>
 *
 * <p>Otherwise the issue type: misspelling to spelling; whitespace to spacing; typographical,
 * characters, formatting, locale-violation and numbers to typography; style and register to style;
 * untranslated to untranslated; mistranslation, omission and addition to mistranslation;
 * inconsistency, terminology and inconsistent-entities to consistency; markup to debris; anything
 * else to grammar.
 *
 * <p>Severity: a LanguageTool match is {@code minor} (MQM: noticeable, meaning intact), except
 * mistranslation and untranslated, which change or withhold meaning and are {@code major}.
 */
public final class LanguageToolMapping {
    private static final Map<String, Category> BY_CATEGORY_ID = Map.ofEntries(
            Map.entry("TYPOS", Category.SPELLING),
            Map.entry("MULTITOKEN_SPELLING", Category.SPELLING),
            Map.entry("GRAMMAR", Category.GRAMMAR),
            Map.entry("AGREEMENT", Category.GRAMMAR),
            Map.entry("CAT_GRAMMAIRE", Category.GRAMMAR),
            Map.entry("CAT_ELISION", Category.GRAMMAR),
            Map.entry("CAT_HOMONYMES_PARONYMES", Category.GRAMMAR),
            Map.entry("CONFUSED_WORDS", Category.GRAMMAR),
            Map.entry("PUNCTUATION", Category.PUNCTUATION),
            Map.entry("PONCTUATION_POINT", Category.PUNCTUATION),
            Map.entry("PONCTUATION_VIRGULE", Category.PUNCTUATION),
            Map.entry("PONCTUATION_STYLE_OS", Category.PUNCTUATION),
            Map.entry("TYPOGRAPHY", Category.TYPOGRAPHY),
            Map.entry("CAT_TYPOGRAPHIE", Category.TYPOGRAPHY),
            Map.entry("CASING", Category.TYPOGRAPHY),
            Map.entry("CAT_MAJUSCULES", Category.TYPOGRAPHY),
            Map.entry("STYLE", Category.STYLE),
            Map.entry("CAT_CALQUES", Category.STYLE),
            Map.entry("CAT_ANGLICISMES_FOREIGN_TERMS", Category.STYLE),
            Map.entry("CAT_PLEONASMES", Category.STYLE),
            Map.entry("CAT_ARCHAISMES", Category.STYLE),
            Map.entry("CAT_REGIONALISMES", Category.STYLE),
            Map.entry("CAT_REGLES_DE_BASE", Category.STYLE),
            Map.entry("CAT_TOURS_CRITIQUES", Category.STYLE),
            Map.entry("CAT_MARQUES_DE_COMMERCE", Category.STYLE),
            Map.entry("REDUNDANCY", Category.STYLE),
            Map.entry("REPETITIONS_STYLE", Category.STYLE),
            Map.entry("REPETITIONS", Category.STYLE),
            Map.entry("COLLOQUIALISMS", Category.STYLE),
            Map.entry("REGIONALISMS", Category.STYLE),
            Map.entry("PLAIN_ENGLISH", Category.STYLE),
            Map.entry("SEMANTICS", Category.MISTRANSLATION),
            Map.entry("FALSE_FRIENDS", Category.MISTRANSLATION));

    private LanguageToolMapping() {
    }

    public static Category category(Rule rule) {
        return category(rule.getCategory().getId().toString(), rule.getLocQualityIssueType());
    }

    public static Category category(String categoryId, ITSIssueType issueType) {
        if (issueType == ITSIssueType.Whitespace) {
            return Category.SPACING;
        }
        Category byId = BY_CATEGORY_ID.get(categoryId);
        return byId != null ? byId : byIssueType(issueType);
    }

    private static Category byIssueType(ITSIssueType type) {
        if (type == null) {
            return Category.GRAMMAR;
        }
        switch (type) {
            case Misspelling:
                return Category.SPELLING;
            case Typographical:
            case Characters:
            case Formatting:
            case LocaleViolation:
            case LocaleSpecificContent:
            case Numbers:
                return Category.TYPOGRAPHY;
            case Style:
            case Register:
                return Category.STYLE;
            case Untranslated:
                return Category.UNTRANSLATED;
            case Mistranslation:
            case Omission:
            case Addition:
                return Category.MISTRANSLATION;
            case Inconsistency:
            case Terminology:
            case InconsistentEntities:
                return Category.CONSISTENCY;
            case Markup:
                return Category.DEBRIS;
            default:
                return Category.GRAMMAR;
        }
    }

    public static Severity severity(Category category) {
        return category == Category.MISTRANSLATION || category == Category.UNTRANSLATED
                ? Severity.MAJOR
                : Severity.MINOR;
    }
}
