package org.relecture.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relecture.rules.FrenchLexicon;
import org.relecture.rules.NameEvidence;
import org.relecture.text.Document;

/**
 * The capitalised words of a corpus, counted: how often each is written, in how many documents,
 * and whether the corpus also writes it in lower case. A word is counted whole ({@code
 * Quérigny-sur-Mer}) and by its capitalised parts ({@code Quérigny}, which is what a spelling
 * checker flags); an elided article before it is left out ({@code l'Okonjo}). Markup is skipped.
 */
public final class NameCensus {
    private static final Pattern ELISION = Pattern.compile("(?i)(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’](?=\\p{L})");

    /** A capitalised word of the corpus with its counts; {@code whole} when it stood as a word of its own. */
    public record Count(String word, int occurrences, int documents, boolean whole) {
    }

    private final Map<String, int[]> counts = new HashMap<>();
    private final Set<String> wholeWords = new HashSet<>();
    private final Set<String> lowerCase = new HashSet<>();
    private int documents;

    public void add(Document document) {
        String text = document.text();
        Set<String> seen = new HashSet<>();
        for (int start = nextToken(text, 0); start < text.length(); start = nextToken(text, start)) {
            int end = tokenEnd(text, start);
            boolean glued = start > 0 && (Character.isDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '_');
            String token = text.substring(start, end);
            start = end;
            if (glued || document.touchesMarkup(start - token.length(), end)) {
                continue;
            }
            if (mayBeElided(token)) {
                Matcher elision = ELISION.matcher(token);
                if (elision.lookingAt()) {
                    token = token.substring(elision.end());
                }
            }
            if (capitalised(token)) {
                count(token, seen);
                wholeWords.add(token);
                if (token.indexOf('-') > 0) {
                    for (String part : token.split("-")) {
                        if (capitalised(part)) {
                            count(part, seen);
                        }
                    }
                }
            } else if (lowerCase(token)) {
                lowerCase.add(token);
                if (token.indexOf('-') > 0) {
                    lowerCase.addAll(List.of(token.split("-")));
                }
            }
        }
        for (String word : seen) {
            counts.get(word)[1]++;
        }
        documents++;
    }

    /**
     * An apostrophe within the first eight characters, where the longest elided word ends: the
     * matcher is tried on those tokens only, since a corpus run counts every token of every
     * document, even when every document's findings come from the cache.
     */
    private static boolean mayBeElided(String token) {
        for (int i = 1; i < Math.min(token.length(), 8); i++) {
            char c = token.charAt(i);
            if (c == '\'' || c == '’') {
                return true;
            }
        }
        return false;
    }

    private static boolean letter(int c) {
        if (c < 0x80) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        }
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.ENCLOSING_MARK || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    /** The start of the next word at or after {@code from}; the text's length when none. */
    private static int nextToken(String text, int from) {
        int i = from;
        while (i < text.length() && !letter(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    /**
     * The end of the word at {@code start}: letters and marks, joined by single hyphens and
     * apostrophes. A scan, since java.util.regex repeats a group by recursion (a stack overflow on
     * a hyphenated run of thousands of characters).
     */
    private static int tokenEnd(String text, int start) {
        int i = start;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (letter(c)) {
                i += Character.charCount(c);
            } else if ((c == '-' || c == '\'' || c == '’') && i + 1 < text.length() && letter(text.codePointAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private void count(String word, Set<String> seen) {
        counts.computeIfAbsent(word, w -> new int[2])[0]++;
        seen.add(word);
    }

    /** A capital first and a lower-case letter after it: acronyms are not counted. */
    private static boolean capitalised(String word) {
        if (word.length() < 2 || !Character.isUpperCase(word.codePointAt(0))) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Written all in lower case: what {@code toLowerCase} leaves as it is, without making a copy for most words. */
    private static boolean lowerCase(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 0x80 && (Character.isSurrogate(c) || Character.toLowerCase(c) != c)) {
                return word.equals(word.toLowerCase(Locale.ROOT));
            }
        }
        return true;
    }

    /**
     * Adds the counts of another census of other documents of the same corpus, so that parts of a
     * corpus can be counted apart.
     */
    public NameCensus merge(NameCensus other) {
        other.counts.forEach((word, c) -> {
            int[] mine = counts.computeIfAbsent(word, w -> new int[2]);
            mine[0] += c[0];
            mine[1] += c[1];
        });
        wholeWords.addAll(other.wholeWords);
        lowerCase.addAll(other.lowerCase);
        documents += other.documents;
        return this;
    }

    public int documents() {
        return documents;
    }

    /** The word's counts, or null when the corpus never writes it capitalised. */
    public Count count(String word) {
        int[] c = counts.get(word);
        return c == null ? null : new Count(word, c[0], c[1], wholeWords.contains(word));
    }

    /** True when the corpus writes the word in lower case somewhere. */
    public boolean inLowerCase(String word) {
        return lowerCase.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The capitalised words written as words of their own that the French dictionary does not
     * know and the corpus never writes in lower case, the most frequent first: what a project
     * would put in its {@code names:} list.
     */
    public List<Count> unknownWords() {
        List<Count> unknown = new ArrayList<>();
        for (String word : wholeWords) {
            if (!inLowerCase(word) && !NameEvidence.isAcronym(word) && !known(word)) {
                unknown.add(count(word));
            }
        }
        unknown.sort(Comparator.comparingInt(Count::occurrences).reversed().thenComparing(Count::word));
        return unknown;
    }

    /** Known to the dictionary whole, or every part of a compound known ({@code Jean-Marc}). */
    private static boolean known(String word) {
        FrenchLexicon lexicon = FrenchLexicon.get();
        if (lexicon.isWord(word)) {
            return true;
        }
        if (word.indexOf('-') < 0) {
            return false;
        }
        for (String part : word.split("-")) {
            if (!lexicon.isWord(part)) {
                return false;
            }
        }
        return true;
    }
}
