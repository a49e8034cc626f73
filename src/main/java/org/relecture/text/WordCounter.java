package org.relecture.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts words for the MQM evaluated word count. A word is a run of letters, digits and marks;
 * hyphenated compounds ({@code porte-parole}) count once and elided forms ({@code l'Ukraine})
 * twice, as French word counters in translation tools do.
 */
public final class WordCounter {
    private static final Pattern WORD =
            Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:[-‐‑][\\p{L}\\p{N}\\p{M}]+)*");

    private WordCounter() {
    }

    public static int count(CharSequence text) {
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
