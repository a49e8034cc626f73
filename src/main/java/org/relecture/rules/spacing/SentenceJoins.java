package org.relecture.rules.spacing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.relecture.rules.FrenchLexicon;
import org.relecture.rules.RuleLoadException;
import org.relecture.rules.files.RuleLibrary;

/**
 * Finds the spots where a space is missing after a sentence punctuation mark, as machine
 * translation leaves them when it glues sentences back together: {@code budget.Les},
 * {@code fin!Puis}, {@code silence.«}, {@code deux;trois}, and {@code M.Durand}.
 *
 * <p>The strong signal is a capital right after {@code . ! ? …} with at least two letters before
 * the mark. Not reported, because the text is written that way on purpose: web and e-mail
 * addresses, hashtags and handles, paths and code ({@link Tokens}); dotted names ({@code
 * java.util.List}, {@code U.S.A.}, {@code Ph.D.}); domain names and file names whose last part is
 * a known suffix ({@code Exemple.Com}, {@code Rapport.PDF}, list {@value #SUFFIXES}); abbreviations
 * that take a full stop ({@code Dr.}, {@code St.}, list {@value #ABBREVIATIONS}); decimals and
 * times; camel-case identifiers ({@code Console.WriteLine}); names and identifiers joined by a
 * dot to a word that does not open sentences ({@code System.Out}, {@code README.Debian}); an
 * ellipsis opening a quote ({@code «…Et}).
 *
 * <p>Pure and immutable; the same decision serves {@link MissingSpaceDetector} and whoever needs
 * to read those spots with a space (LanguageTool tokenizes {@code budget.Les} as one word, so it
 * misses the elision in {@code de avions.Les}).
 */
public final class SentenceJoins {
    public static final String ABBREVIATIONS = "spacing-abbreviations.txt";
    public static final String SUFFIXES = "spacing-dot-suffixes.txt";

    private static final String SENTENCE_END = ".!?…";
    /** Closing marks that may stand between a word and the full stop ({@code (OTAN).Le}). */
    private static final String CLOSERS_BEFORE = ")]»”\"’'";
    /** Closing marks that may follow the full stop before the next sentence ({@code oui.»Le}). */
    private static final String CLOSERS_AFTER = "»”)";
    private static final String BREAKS_BEFORE = ",;:.!?…";

    /** What kind of mark lacks the space after it. */
    public enum Kind {
        /** {@code . ! ? …} (or a run of them) followed by the next sentence. */
        SENTENCE,
        /**
         * {@code . ! ? …} glued to a lower-case French word: the sentence goes on
         * ({@code espace?manquant}, {@code hésita…puis}) or the next one lost its capital
         * ({@code parti.il}).
         */
        LOWER_CASE,
        /** {@code ;} followed by a word. */
        SEMICOLON,
        /** The abbreviation {@code M.} (monsieur) followed by a name. */
        HONORIFIC
    }

    /**
     * One missing space.
     *
     * @param start       start of the word before the mark (the span a report shows)
     * @param punctuation offset of the (first) punctuation mark
     * @param insertAt    where the space goes: after the mark and any closing quote or bracket
     * @param end         end of the word (or opening quote) after the mark
     */
    public record Join(int start, int punctuation, int insertAt, int end, Kind kind) {
    }

    private final Set<String> abbreviations;
    private final Set<String> suffixes;

    private SentenceJoins(Collection<String> abbreviations, Collection<String> suffixes) {
        this.abbreviations = Set.copyOf(abbreviations);
        this.suffixes = suffixes.stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** With the abbreviations and dot suffixes of the rules folders' data lists. */
    public static SentenceJoins of(RuleLibrary library) throws RuleLoadException {
        return new SentenceJoins(library.dataList(ABBREVIATIONS), library.dataList(SUFFIXES));
    }

    /** With the given lists: abbreviations as written ({@code Dr}), suffixes in any case ({@code com}). */
    public static SentenceJoins of(Collection<String> abbreviations, Collection<String> suffixes) {
        return new SentenceJoins(abbreviations, suffixes);
    }

    /** Every missing space in the text, in text order. */
    public List<Join> find(String text) {
        List<Join> joins = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Join join = null;
            if (SENTENCE_END.indexOf(c) >= 0 && (i == 0 || SENTENCE_END.indexOf(text.charAt(i - 1)) < 0)) {
                int runEnd = i;
                while (runEnd < text.length() && SENTENCE_END.indexOf(text.charAt(runEnd)) >= 0) {
                    runEnd++;
                }
                join = afterSentenceEnd(text, i, runEnd);
                i = runEnd - 1;
            } else if (c == ';') {
                join = afterSemicolon(text, i);
            }
            if (join != null) {
                joins.add(join);
            }
        }
        return joins;
    }

    /** Offsets where a space must be inserted, in text order. */
    public int[] insertionPoints(String text) {
        return find(text).stream().mapToInt(Join::insertAt).toArray();
    }

    private Join afterSentenceEnd(String text, int mark, int runEnd) {
        boolean singleStop = runEnd == mark + 1 && text.charAt(mark) == '.';
        int beforeEnd = beforeEnd(text, mark);
        int k = beforeEnd;
        while (k > 0 && beforeEnd - k < 2 && CLOSERS_BEFORE.indexOf(text.charAt(k - 1)) >= 0) {
            k--;
        }
        int lettersStart = k;
        while (lettersStart > 0 && isLetter(text.charAt(lettersStart - 1))) {
            lettersStart--;
        }
        int letters = k - lettersStart;
        boolean closed = k < beforeEnd;
        Kind kind = Kind.SENTENCE;
        String before;
        if (letters >= 2) {
            before = text.substring(lettersStart, k);
        } else if (letters == 1 && !closed && singleStop && isHonorific(text, lettersStart)) {
            kind = Kind.HONORIFIC;
            before = "M";
        } else if (letters == 0 && !closed && singleStop && isYear(text, k)) {
            before = text.substring(k - 4, k);
        } else {
            return null;
        }

        int p = runEnd;
        while (kind == Kind.SENTENCE && p < text.length() && p - runEnd < 2 && CLOSERS_AFTER.indexOf(text.charAt(p)) >= 0) {
            p++;
        }
        int insertAt = p;
        if (p >= text.length()) {
            return null;
        }
        int start = wordStart(text, beforeEnd);
        char next = text.charAt(p);
        if (kind == Kind.SENTENCE && p == runEnd && next == '«') {
            // An opening French quote right after the full stop starts the next sentence.
            boolean opens = p + 1 < text.length() && (Tokens.isSpace(text.charAt(p + 1)) || isLetter(text.charAt(p + 1)));
            return opens && !excludedToken(text, beforeEnd, mark) ? new Join(start, mark, insertAt, p + 1, kind) : null;
        }
        int wordStart = p;
        if (kind == Kind.SENTENCE && p == runEnd && next == '“') {
            wordStart = p + 1;
        }
        int wordEnd = capitalWordEnd(text, wordStart);
        if (wordEnd < 0) {
            return kind == Kind.SENTENCE && p == runEnd ? lowerCaseJoin(text, start, beforeEnd, mark, p, before, singleStop) : null;
        }
        String after = text.substring(wordStart, wordEnd);
        if (excludedToken(text, beforeEnd, mark)) {
            return null;
        }
        if (kind == Kind.SENTENCE) {
            if (singleStop && abbreviations.contains(before)) {
                return null;
            }
            if (singleStop && suffixes.contains(after.toLowerCase(Locale.ROOT)) && endsToken(text, wordEnd)) {
                return null;
            }
            if (isCamelCase(after) || !plausibleSentenceStart(before, after)) {
                return null;
            }
        } else if (after.length() < 2 || isCamelCase(after)) {
            return null;
        }
        return new Join(start, mark, insertAt, wordEnd, kind);
    }

    /**
     * A lower-case word right after the mark. Only two dictionary words on either side make it a
     * missing space, so file names ({@code fichier.txt}), domains ({@code exemple.org}), code
     * ({@code objet.valeur()}), abbreviations ({@code cf.}) and dotted paths stay alone.
     */
    private Join lowerCaseJoin(String text, int start, int beforeEnd, int mark, int wordStart, String before, boolean singleStop) {
        int wordEnd = wordStart;
        while (wordEnd < text.length() && (isLetter(text.charAt(wordEnd)) || (text.charAt(wordEnd) == '-'
                && wordEnd + 1 < text.length() && isLetter(text.charAt(wordEnd + 1))))) {
            wordEnd++;
        }
        String after = text.substring(wordStart, wordEnd);
        if (after.length() < 2 || !Character.isLowerCase(after.charAt(0))
                || (wordEnd < text.length() && (Character.isLetterOrDigit(text.charAt(wordEnd))
                        || "([".indexOf(text.charAt(wordEnd)) >= 0))) {
            return null;
        }
        boolean abbreviation = singleStop && abbreviations.contains(before);
        if (abbreviation || !isLowerCaseFrench(before) || !FrenchLexicon.get().isWord(after)
                || suffixes.contains(after.toLowerCase(Locale.ROOT)) || excludedToken(text, beforeEnd, mark)) {
            return null;
        }
        return new Join(start, mark, wordStart, wordEnd, Kind.LOWER_CASE);
    }

    private Join afterSemicolon(String text, int mark) {
        int beforeEnd = beforeEnd(text, mark);
        int lettersStart = beforeEnd;
        while (lettersStart > 0 && isLetter(text.charAt(lettersStart - 1))) {
            lettersStart--;
        }
        if (beforeEnd - lettersStart < 2) {
            return null;
        }
        int wordEnd = mark + 1;
        while (wordEnd < text.length() && isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        if (wordEnd - (mark + 1) < 2 || (wordEnd < text.length() && Character.isDigit(text.charAt(wordEnd)))) {
            return null;
        }
        String token = text.substring(Tokens.start(text, mark), Tokens.end(text, mark));
        if (token.indexOf(';') != token.lastIndexOf(';') || excludedToken(text, beforeEnd, mark)) {
            return null;
        }
        return new Join(wordStart(text, beforeEnd), mark, mark + 1, wordEnd, Kind.SEMICOLON);
    }

    /**
     * The end of the word before the mark: the mark itself, or the space French puts before
     * {@code ! ? ;} ({@code Enfin !Les}).
     */
    private static int beforeEnd(String text, int mark) {
        boolean spacedMark = "!?;".indexOf(text.charAt(mark)) >= 0;
        if (spacedMark && mark >= 2 && " \u00a0\u202f\u2009".indexOf(text.charAt(mark - 1)) >= 0
                && !Tokens.isSpace(text.charAt(mark - 2))) {
            return mark - 1;
        }
        return mark;
    }

    /** Addresses, code, dotted names and times are written without spaces on purpose. */
    private static boolean excludedToken(String text, int beforeEnd, int mark) {
        int tokenStart = Tokens.start(text, Math.max(0, beforeEnd - 1));
        int tokenEnd = Tokens.end(text, mark);
        String token = text.substring(tokenStart, tokenEnd);
        return Tokens.isWebOrCode(text, tokenStart, tokenEnd) || Tokens.hasOtherInnerDot(token, mark - tokenStart)
                || Tokens.hasInnerColon(token);
    }

    /** {@code M.} standing alone (not the last of several initials) is « monsieur ». */
    private static boolean isHonorific(String text, int letter) {
        return text.charAt(letter) == 'M' && (letter == 0 || Tokens.isSpace(text.charAt(letter - 1))
                || "(«“\"'’".indexOf(text.charAt(letter - 1)) >= 0);
    }

    /** Four digits standing alone before the full stop: a year ({@code en 2022.Le}), not a list number. */
    private static boolean isYear(String text, int end) {
        if (end < 4) {
            return false;
        }
        for (int i = end - 4; i < end; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return end == 4 || Tokens.isSpace(text.charAt(end - 5)) || "(«“\"".indexOf(text.charAt(end - 5)) >= 0;
    }

    /**
     * The end of the capitalised word starting at {@code i} ({@code Le}, {@code C'est},
     * {@code Peut-être}, {@code À}), or -1 when no such word starts there.
     */
    static int capitalWordEnd(String text, int i) {
        if (i >= text.length() || !Character.isUpperCase(text.charAt(i))) {
            return -1;
        }
        char first = text.charAt(i);
        boolean next = i + 1 < text.length();
        boolean lowerNext = next && Character.isLowerCase(text.charAt(i + 1));
        boolean elided = next && isApostrophe(text.charAt(i + 1)) && i + 2 < text.length() && isLetter(text.charAt(i + 2));
        boolean aloneWord = (first == 'À' || first == 'Ô') && (!next || Tokens.isSpace(text.charAt(i + 1)));
        if (!lowerNext && !elided && !aloneWord) {
            return -1;
        }
        int e = i + 1;
        while (e < text.length()) {
            char c = text.charAt(e);
            boolean joinsNext = (c == '-' || isApostrophe(c)) && e + 1 < text.length() && isLetter(text.charAt(e + 1));
            if (isLetter(c) || joinsNext) {
                e++;
            } else {
                break;
            }
        }
        return e;
    }

    /** The start of the word ending at {@code end}: back to a space or a clause punctuation mark. */
    private static int wordStart(String text, int end) {
        int s = end;
        while (s > 0 && !Tokens.isSpace(text.charAt(s - 1)) && BREAKS_BEFORE.indexOf(text.charAt(s - 1)) < 0) {
            s--;
        }
        while (s < end && (text.charAt(s) == '-' || isApostrophe(text.charAt(s)))) {
            s++;
        }
        return s;
    }

    /** True when nothing but closing punctuation follows the word in its token ({@code Exemple.Com,}). */
    private static boolean endsToken(String text, int end) {
        for (int i = end; i < text.length() && !Tokens.isSpace(text.charAt(i)); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A capital after the first letter, not all capitals: {@code WriteLine}, {@code McKinsey}. */
    private static boolean isCamelCase(String word) {
        if (word.indexOf('\'') >= 0 || word.indexOf('’') >= 0 || word.indexOf('-') >= 0) {
            return false;
        }
        boolean innerUpper = false;
        boolean anyLower = false;
        for (int i = 1; i < word.length(); i++) {
            innerUpper |= Character.isUpperCase(word.charAt(i));
            anyLower |= Character.isLowerCase(word.charAt(i));
        }
        return innerUpper && anyLower;
    }

    /**
     * How sure the next word starts a sentence depends on the word before the full stop: after a
     * lower-case French word, any capitalised word does ({@code signées.Marcel}); after a
     * dictionary word with a capital, a common word must follow ({@code Espagne.Les}, not
     * {@code README.Debian}); after a word the dictionary does not know (a name, a year, an
     * identifier), only a word that typically opens a sentence ({@code Zelensky.Le}, not
     * {@code System.Out}).
     */
    private static boolean plausibleSentenceStart(String before, String after) {
        if (isLowerCaseFrench(before)) {
            return true;
        }
        return FrenchLexicon.get().isWord(before) ? isCommonFrench(after) : isSentenceOpener(after);
    }

    /** Determiners, pronouns, conjunctions, adverbs, prepositions, elided words: {@code Le}, {@code Mais}, {@code C'est}. */
    private static boolean isSentenceOpener(String word) {
        if (word.indexOf('\'') >= 0 || word.indexOf('’') >= 0 || word.length() == 1) {
            return true;
        }
        FrenchLexicon lexicon = FrenchLexicon.get();
        return Stream.concat(lexicon.tags(word).stream(), lexicon.tags(word.toLowerCase(Locale.FRENCH)).stream())
                .anyMatch(t -> "DRCAP".indexOf(t.charAt(0)) >= 0);
    }

    /**
     * An elided word ({@code C'est}), a lone {@code À}, or a word the French dictionary knows as
     * something else than a proper noun: {@code Les} is, {@code Debian} (of {@code README.Debian})
     * is not.
     */
    private static boolean isCommonFrench(String word) {
        if (word.indexOf('\'') >= 0 || word.indexOf('’') >= 0 || word.length() == 1) {
            return true;
        }
        String first = word.indexOf('-') > 0 ? word.substring(0, word.indexOf('-')) : word;
        return hasCommonTag(word) || hasCommonTag(first);
    }

    private static boolean hasCommonTag(String word) {
        FrenchLexicon lexicon = FrenchLexicon.get();
        return lexicon.tags(word).stream().anyMatch(t -> !t.startsWith("Z"))
                || lexicon.tags(word.toLowerCase(Locale.FRENCH)).stream().anyMatch(t -> !t.startsWith("Z"));
    }

    private static boolean isLowerCaseFrench(String word) {
        return Character.isLowerCase(word.charAt(0)) && FrenchLexicon.get().isWord(word);
    }

    static boolean isLetter(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }
}
