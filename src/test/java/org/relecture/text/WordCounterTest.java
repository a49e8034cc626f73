package org.relecture.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class WordCounterTest {
    /** The definition of a word, as a regular expression: the oracle for short texts. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:[-‐‑][\\p{L}\\p{N}\\p{M}]+)*");

    @Test
    void compoundsCountOnceAndElisionsTwice() {
        assertEquals(5, WordCounter.count("Le porte-parole de l'ONU"));
        assertEquals(5, WordCounter.count("En 2024, « c'est fini » !"));
        assertEquals(0, WordCounter.count(" \n – … "));
    }

    @Test
    void aLongHyphenatedRunIsOneWordWithoutOverflowingTheStack() {
        assertEquals(1, WordCounter.count("a-".repeat(50_000) + "a"));
        assertEquals(3, WordCounter.count("a-‐".repeat(2) + "b"), "two hyphens in a row end a word");
    }

    @Property(tries = 300)
    void countsAsTheRegularExpressionDoes(@ForAll("texts") String text) {
        Matcher m = WORD.matcher(text);
        int expected = 0;
        while (m.find()) {
            expected++;
        }
        assertEquals(expected, WordCounter.count(text), text);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("ab-‐‑ '’.é\u0301²Ⅻ𝐀\uD835".toCharArray()).ofMaxLength(30);
    }
}
