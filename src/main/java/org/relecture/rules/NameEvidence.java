package org.relecture.rules;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relecture.text.Document;

/**
 * The capitalised words a document itself shows to be names: written with a capital in the middle
 * of a sentence (after a word, a comma or an elided article, not after a full stop, a colon or an
 * opening quote), or capitalised at least twice and never in lower case. A dictionary cannot know
 * every person, place and brand of the news; the text around them can.
 */
public final class NameEvidence {
    private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}]*(?:-\\p{Lu}[\\p{L}\\p{M}]*)*");
    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}\\p{M}])\\p{Ll}[\\p{L}\\p{M}]*");

    private final Set<String> names;

    private NameEvidence(Set<String> names) {
        this.names = Set.copyOf(names);
    }

    public static NameEvidence of(Document document) {
        String text = document.text();
        Map<String, Integer> capitalised = new HashMap<>();
        Set<String> names = new HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (m.start() > 0 && Character.isLetter(text.charAt(m.start() - 1))) {
                continue;
            }
            String word = m.group();
            capitalised.merge(word, 1, Integer::sum);
            if (midSentence(text, m.start())) {
                names.add(word);
            }
        }
        Set<String> lower = new HashSet<>();
        Matcher l = LOWER_WORD.matcher(text);
        while (l.find()) {
            lower.add(l.group());
        }
        capitalised.forEach((word, count) -> {
            if (count >= 2 && !lower.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                names.add(word);
            }
        });
        return new NameEvidence(names);
    }

    /**
     * True when the text before the word, on the same line, continues a sentence (a word, a comma,
     * an elided article, a closing bracket); false after a full stop, a colon, a quote, a dash or
     * at the start of a line, where a capital says nothing about the word.
     */
    public static boolean midSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0' || text.charAt(i) == '\u202f'
                || text.charAt(i) == '\t')) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char before = text.charAt(i);
        return Character.isLetterOrDigit(before) || before == ',' || before == '\'' || before == '\u2019'
                || before == ')';
    }

    /** True when the word (possibly hyphenated) is a name in this document. */
    public boolean isName(String word) {
        if (names.contains(word)) {
            return true;
        }
        for (String part : word.split("-")) {
            if (!part.isEmpty() && !names.contains(part)) {
                return false;
            }
        }
        return word.contains("-");
    }
}
