package org.relecture.rules.untranslated;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Words and phrases of other languages that French has adopted (loanwords such as
 * {@code week-end}, Latin phrases such as {@code a priori}), read from data lists. Their words count
 * as neither French nor foreign.
 */
final class ExemptPhrases {
    /** Phrases by their first word, each as its words in lower case. */
    private final Map<String, List<String[]>> byFirstWord = new HashMap<>();

    ExemptPhrases(List<String> entries) {
        for (String entry : entries) {
            // Split as the tokenizer splits text: after an elided article too (dell'arte -> dell' arte).
            String[] words = entry.toLowerCase(Locale.ROOT).replace('’', '\'')
                    .replaceAll("(?<=\\p{L}')(?=\\p{L})", " ").trim().split("\\s+");
            byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(words);
        }
    }

    /** The number of words of the longest phrase starting at {@code i}, or 0. */
    int matchAt(List<String> lowerWords, int i) {
        int longest = 0;
        for (String[] phrase : byFirstWord.getOrDefault(lowerWords.get(i), List.of())) {
            if (phrase.length > longest && matches(lowerWords, i, phrase)) {
                longest = phrase.length;
            }
        }
        return longest;
    }

    private static boolean matches(List<String> words, int i, String[] phrase) {
        if (i + phrase.length > words.size()) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            if (!words.get(i + k).equals(phrase[k])) {
                return false;
            }
        }
        return true;
    }
}
