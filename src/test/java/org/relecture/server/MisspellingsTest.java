package org.relecture.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The warm-up's misspellings: the same at every start, of every kind, about one long word in six, nothing else touched. */
class MisspellingsTest {
    private static final List<String> SYLLABLES = List.of("ba", "ce", "di", "fo", "gu", "la", "mi", "no", "pe",
            "ri", "so", "tu", "va");
    /** Distinct long words, consonant and vowel in turn: no doubled letter, hyphen, apostrophe or capital of their own. */
    private static final List<String> WORDS = SYLLABLES.stream()
            .flatMap(a -> SYLLABLES.stream().flatMap(b -> SYLLABLES.stream().map(c -> a + b + c + "re")))
            .toList();
    private static final String TEXT = String.join(" ", WORDS);

    @Test
    void theSameSeedMisspellsTheSameWaysAndAnotherOtherwise() {
        assertEquals(new Misspellings(13).misspell(TEXT), new Misspellings(13).misspell(TEXT));
        assertNotEquals(new Misspellings(13).misspell(TEXT), new Misspellings(14).misspell(TEXT));
    }

    @Test
    void aboutOneLongWordInSixIsMisspeltAndTheOthersAreLeftInTheirOrder() {
        List<String> out = List.of(new Misspellings(13).misspell(TEXT).split(" "));
        Set<String> words = Set.copyOf(WORDS);
        List<String> kept = out.stream().filter(words::contains).toList();
        double misspelt = 1 - kept.size() / (double) WORDS.size();
        assertTrue(misspelt > 0.12 && misspelt < 0.22, "misspelt: " + misspelt);
        List<String> inOrder = new ArrayList<>(WORDS);
        inOrder.retainAll(kept);
        assertEquals(inOrder, kept);
    }

    @Test
    void shortWordsAndPunctuationAreLeftAsTheyAre() {
        String text = "Le chat, la souris et le chien ! Où vont-ils ? Là-bas, à 10 h.";
        assertEquals(text, new Misspellings(13).misspell(text));
    }

    @Test
    void everyKindOfMisspellingAppears() {
        List<String> out = List.of(new Misspellings(13).misspell(TEXT).split(" "));
        Set<String> words = Set.copyOf(WORDS);
        Predicate<String> runTogether = w -> IntStream.range(0, WORDS.size() - 1)
                .anyMatch(i -> w.equals(WORDS.get(i) + WORDS.get(i + 1)));
        assertTrue(out.stream().anyMatch(w -> w.matches(".*(.)\\1.*")), "a letter doubled");
        assertTrue(out.stream().anyMatch(w -> w.matches("\\p{Ll}+\\p{Lu}\\p{Ll}*")), "a capital inside a word");
        assertTrue(out.stream().anyMatch(w -> w.matches("\\p{L}+-\\p{L}+")), "a hyphen inside a word");
        assertTrue(out.stream().anyMatch(w -> w.matches("[ld]'\\p{L}+") && !words.contains(w.substring(2))),
                "an elided article before a misspelt word");
        assertTrue(out.stream().anyMatch(runTogether), "two words run together");
        assertTrue(out.stream().anyMatch(w -> w.matches("\\p{Ll}+") && !words.contains(w) && !runTogether.test(w)
                && !w.matches(".*(.)\\1.*")), "a letter changed, added, dropped or swapped");
    }
}
