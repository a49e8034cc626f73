package org.relecture.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.spelling.CachingWordListLoader;
import org.languagetool.rules.spelling.SpellingCheckRule;
import org.languagetool.tokenizers.Tokenizer;
import org.languagetool.tokenizers.fr.FrenchWordTokenizer;

/** The tokenizer's shortcut gives the French tokenizer's answer, on every line it is used for. */
class SingleWordTokenizerTest {
    private static final Tokenizer FRENCH = new FrenchWordTokenizer();
    private static final Tokenizer FAST = new SingleWordTokenizer(FRENCH);

    @Test
    void everyLineOfTheSpellingWordListsTokenizesAsTheFrenchTokenizerDoes() {
        SpellingCheckRule rule = FrenchLexicon.french().getDefaultSpellingRule();
        List<String> files = new ArrayList<>(List.of(rule.getSpellingFileName(), "/fr/hunspell/ignore.txt"));
        files.addAll(rule.getAdditionalSpellingFileNames());
        int shortcuts = 0;
        for (String file : files) {
            if (!JLanguageTool.getDataBroker().resourceExists(file)) {
                assertFalse(file.contains("/fr/"), file + " is missing");
                continue;
            }
            for (String line : new CachingWordListLoader().loadWords(file)) {
                if (SingleWordTokenizer.isLatinWord(line)) {
                    assertEquals(FRENCH.tokenize(line), FAST.tokenize(line), line);
                    shortcuts++;
                }
            }
        }
        assertTrue(shortcuts > 10_000, "the shortcut answered for " + shortcuts + " lines");
    }

    @Test
    void anythingButLatinLettersGoesToTheFrenchTokenizer() {
        for (String text : List.of("", "aujourd'hui", "peut-être", "l’homme", "Facebook Ads", "B2B", "é.", "ㅤ", "a\u115fb",
                "www", "Ελλάδα")) {
            assertEquals(FRENCH.tokenize(text), FAST.tokenize(text), text);
        }
        assertTrue(SingleWordTokenizer.isLatinWord("Œdipe"));
        assertFalse(SingleWordTokenizer.isLatinWord("Ελλάδα"));
    }

    @Test
    void relectureAndLanguageToolShareOneSpellingRule() {
        assertSame(Languages.getLanguageForShortCode("fr").getDefaultSpellingRule(),
                FrenchLexicon.french().getDefaultSpellingRule());
    }
}
