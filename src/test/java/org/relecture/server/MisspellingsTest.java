package org.relecture.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The warm-up's misspellings: the same at every start, of every kind (names in lower case too), about one long word in six, nothing else touched. */
class MisspellingsTest {
    private static final List<String> SYLLABLES = List.of("ba", "ce", "di", "fo", "gu", "la", "mi", "no", "pe",
            "ri", "so", "tu", "va");
    /** Distinct long words, consonant and vowel in turn: no doubled letter, hyphen, apostrophe or capital of their own. */
    private static final List<String> WORDS = SYLLABLES.stream()
            .flatMap(a -> SYLLABLES.stream().flatMap(b -> SYLLABLES.stream().map(c -> a + b + c + "re")))
            .toList();
    private static final String TEXT = String.join(" ", WORDS);
    private static final List<String> NAMES = List.of("GitHub", "Linux", "PDF");

    private static Misspellings misspellings(long seed) {
        return new Misspellings(seed, NAMES);
    }

    @Test
    void theSameSeedMisspellsTheSameWaysAndAnotherOtherwise() {
        assertEquals(misspellings(13).misspell(TEXT), misspellings(13).misspell(TEXT));
        assertNotEquals(misspellings(13).misspell(TEXT), misspellings(14).misspell(TEXT));
    }

    @Test
    void aboutOneLongWordInSixIsMisspeltAndNothingElse() {
        // Numbers between the words: never edited, they show where each word was.
        String numbered = IntStream.range(0, WORDS.size()).mapToObj(i -> i + " " + WORDS.get(i))
                .collect(Collectors.joining(" ", "", " " + WORDS.size()));
        String[] out = misspellings(13).misspell(numbered).split(" ?\\b\\d+\\b ?", -1);
        assertEquals(WORDS.size() + 2, out.length, "every number kept, in its place");
        int misspelt = 0;
        for (int i = 0; i < WORDS.size(); i++) {
            misspelt += out[i + 1].equals(WORDS.get(i)) ? 0 : 1;
        }
        double rate = misspelt / (double) WORDS.size();
        assertTrue(rate > 0.10 && rate < 0.22, "misspelt: " + rate);
    }

    @Test
    void shortWordsAndPunctuationAreLeftAsTheyAre() {
        String text = "Le chat, la souris et le chien ! Où vont-ils ? Là-bas, à 10 h.";
        assertEquals(text, misspellings(13).misspell(text));
    }

    @Test
    void everyKindOfMisspellingAppears() {
        List<String> out = List.of(misspellings(13).misspell(TEXT).split(" "));
        Set<String> words = Set.copyOf(WORDS);
        Predicate<String> runTogether = w -> IntStream.range(0, WORDS.size() - 1)
                .anyMatch(i -> w.equals(WORDS.get(i) + WORDS.get(i + 1)));
        assertTrue(out.stream().anyMatch(w -> w.matches(".*(.)\\1.*")), "a letter doubled");
        assertTrue(out.stream().anyMatch(w -> w.matches("\\p{Ll}*eau\\p{Ll}*")), // no typo makes three vowels in a row
                "a sound spelt another way");
        assertTrue(out.stream().anyMatch(w -> w.matches("\\p{Ll}+\\p{Lu}\\p{Ll}*")), "a capital inside a word");
        assertTrue(out.stream().anyMatch(w -> w.matches("\\p{L}+-\\p{L}+")), "a hyphen inside a word");
        assertTrue(out.stream().anyMatch(w -> w.matches("[ld]'\\p{L}+") && !words.contains(w.substring(2))),
                "an elided article before a misspelt word");
        assertTrue(out.stream().anyMatch(runTogether), "two words run together");
        Set<String> names = Set.of("github", "linux", "pdf");
        assertTrue(out.stream().anyMatch(names::contains), "a name in lower case");
        assertTrue(out.stream().anyMatch(w -> w.matches("\\p{Ll}+") && !words.contains(w) && !runTogether.test(w)
                && !w.matches(".*(.)\\1.*") && !names.contains(w) && !w.matches(".*(au|ph|qu|k|th).*")),
                "a letter changed, added, dropped or swapped");
    }
}
