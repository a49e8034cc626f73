package org.relecture.rules.untranslated;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Spellings French does not use and another language does, for words no dictionary knows (names
 * aside, these are rare inflections and compounds): Italian {@code -zione}, {@code -ità},
 * {@code zz}, final {@code ò}; Spanish {@code ñ}, {@code -ción}, acute accents on a, i, o, u;
 * English {@code -ing}, {@code -ness}, {@code w}, {@code th}. Weak evidence: it supports a span
 * other words started, never starts one.
 */
final class Morphology {
    private static final Map<Language, Pattern> SHAPES = Map.of(
            Language.ITALIAN, Pattern.compile(".*(?:zion[ei]|ità|zz[aeiou]|cch[ieo]|ggi[aou]|gli[aeou]|[òì])"),
            Language.SPANISH, Pattern.compile(".*[ñáíóú].*|.*(?:ci[oó]n|ciones|idad|idades)"),
            Language.ENGLISH, Pattern.compile(".*(?:w|th|sh|ough).*|.*(?:ing|ness|ship|ful)"));

    private Morphology() {
    }

    static Set<Language> of(String lowerWord) {
        Set<Language> languages = EnumSet.noneOf(Language.class);
        SHAPES.forEach((language, shape) -> {
            if (shape.matcher(lowerWord).matches()) {
                languages.add(language);
            }
        });
        return languages;
    }
}
