package org.relecture.rules.untranslated;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.relecture.rules.FrenchLexicon;
import org.relecture.rules.NameEvidence;
import org.relecture.rules.NameLists;
import org.relecture.rules.spacing.Tokens;
import org.relecture.rules.technical.TechnicalSpans;
import org.relecture.rules.technical.TechnicalText;
import org.relecture.text.Document;
import org.relecture.text.Markup;

/**
 * Cuts a document into words and classifies each ({@link WordToken.Kind}). Names (capitalised in
 * the middle of a sentence, or shown by the document to be names), acronyms and words with inner
 * capitals, exempt phrases and
 * words inside web addresses, code, markup or technical text ({@link TechnicalText}: commands and
 * their arguments, options, identifiers) are neutral; a capitalised word at the start of a
 * sentence is judged in lower case.
 */
final class WordTokenizer {
    private static final String CLAUSE_MARKS = ".!?;:,«»\"“”„()[]{}—–…/|*_";

    private final Lexicons lexicons;
    private final ExemptPhrases exempt;
    private final NameLists nameLists;
    private final TechnicalText technical;

    WordTokenizer(Lexicons lexicons, ExemptPhrases exempt, NameLists nameLists, TechnicalText technical) {
        this.lexicons = lexicons;
        this.exempt = exempt;
        this.nameLists = nameLists;
        this.technical = technical;
    }

    List<WordToken> tokens(Document document) {
        String text = document.text();
        List<int[]> spans = new ArrayList<>();
        for (int start = nextWord(text, 0); start < text.length(); start = nextWord(text, start)) {
            int end = wordEnd(text, start);
            splitElisions(text, start, end, spans);
            start = end;
        }
        List<String> lower = new ArrayList<>(spans.size());
        for (int[] s : spans) {
            lower.add(text.substring(s[0], s[1]).toLowerCase(Locale.ROOT).replace('’', '\''));
        }
        NameEvidence names = NameEvidence.of(document, nameLists);
        WebTokens web = new WebTokens(text);
        TechnicalSpans code = technical.find(document);
        List<WordToken> tokens = new ArrayList<>(spans.size());
        int exemptUntil = -1;
        for (int i = 0; i < spans.size(); i++) {
            int start = spans.get(i)[0];
            int end = spans.get(i)[1];
            int previousEnd = i == 0 ? 0 : spans.get(i - 1)[1];
            WordToken.Gap gap = gap(document, previousEnd, start, i == 0);
            int phrase = exempt.matchAt(lower, i);
            if (phrase > 0) {
                exemptUntil = Math.max(exemptUntil, i + phrase - 1);
            }
            if (i <= exemptUntil || isNotProse(document, web, start, end) || code.shown(start, end)
                    || isName(text, start, end, names)) {
                tokens.add(new WordToken(start, end, lower.get(i), WordToken.Kind.NEUTRAL, null, gap));
                continue;
            }
            WordEvidence evidence = lexicons.of(lower.get(i));
            tokens.add(new WordToken(start, end, lower.get(i), kind(evidence), evidence, gap));
        }
        return neutralNamed(tokens, code);
    }

    /**
     * A word the text only names as technical ({@code la commande while}, {@code noon (midi)}) is
     * neutral unless foreign words go on right after it (a foreign word, or two words French
     * shares with another language): {@code le paquet muore viene} is a passage left in Italian,
     * not a package, but in {@code la commande while pour} only {@code pour} follows.
     */
    private static List<WordToken> neutralNamed(List<WordToken> tokens, TechnicalSpans code) {
        List<WordToken> out = new ArrayList<>(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            WordToken t = tokens.get(i);
            if (t.kind() == WordToken.Kind.NEUTRAL || !code.covers(t.start(), t.end())) {
                continue;
            }
            boolean goesOn = continues(tokens, i + 1, WordToken.Kind.FOREIGN)
                    || continues(tokens, i + 1, WordToken.Kind.SHARED) && (continues(tokens, i + 2, WordToken.Kind.FOREIGN)
                    || continues(tokens, i + 2, WordToken.Kind.SHARED));
            if (!goesOn) {
                out.set(i, new WordToken(t.start(), t.end(), t.lower(), WordToken.Kind.NEUTRAL, null, t.before()));
            }
        }
        return out;
    }

    /** The start of the next word at or after {@code from}: a letter; the text's length when none. */
    private static int nextWord(String text, int from) {
        int i = from;
        while (i < text.length() && !Character.isLetter(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    /**
     * The end of the word starting at {@code start}: letters and marks, with inner hyphens and
     * apostrophes ({@code dell'Ucraina}, {@code c'est-à-dire}) followed by a letter. A scan, since
     * java.util.regex repeats a group by recursion (a stack overflow on a long hyphenated run).
     */
    private static int wordEnd(String text, int start) {
        int i = start;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.ENCLOSING_MARK || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                i += Character.charCount(c);
            } else if ((c == '-' || c == '\'' || c == '’') && i + 1 < text.length() && Character.isLetter(text.codePointAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /**
     * Splits {@code dell'Ucraina} into {@code dell'} and {@code Ucraina}, the elided word keeping its
     * apostrophe; a word French writes with an apostrophe ({@code aujourd'hui}) stays whole.
     */
    private static void splitElisions(String text, int start, int end, List<int[]> out) {
        int from = start;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if ((c == '\'' || c == '’') && !isElidedWord(text, from, end)) {
                out.add(new int[] {from, i + 1});
                from = i + 1;
            }
        }
        out.add(new int[] {from, end});
    }

    private static boolean isElidedWord(String text, int from, int end) {
        return end - from <= Lexicons.LONGEST_WORD && FrenchLexicon.get().isWord(text.substring(from, end).replace('’', '\''));
    }

    /** True when token {@code i} exists, is of that kind and follows the one before it in the same clause. */
    private static boolean continues(List<WordToken> tokens, int i, WordToken.Kind kind) {
        return i < tokens.size() && tokens.get(i).kind() == kind && tokens.get(i).before() == WordToken.Gap.NONE;
    }

    private static WordToken.Kind kind(WordEvidence evidence) {
        if (evidence.foreignOnly()) {
            return WordToken.Kind.FOREIGN;
        }
        if (evidence.shared()) {
            return WordToken.Kind.SHARED;
        }
        return evidence.french() ? WordToken.Kind.FRENCH : WordToken.Kind.NEUTRAL;
    }

    /** Words in web addresses, e-mail addresses, paths, code, markup, or glued to digits. */
    private static boolean isNotProse(Document document, WebTokens web, int start, int end) {
        String text = document.text();
        if (document.touchesMarkup(start, end)) {
            return true;
        }
        if ((start > 0 && isCodeNeighbour(text.charAt(start - 1)))
                || (end < text.length() && isCodeNeighbour(text.charAt(end)))) {
            return true;
        }
        return web.holds(start);
    }

    /**
     * Whether the whitespace-delimited token around a word is an address or code, asked word after
     * word from the start: each token is read once, however many words it holds.
     */
    private static final class WebTokens {
        private final String text;
        private int end = -1;
        private boolean webOrCode;

        WebTokens(String text) {
            this.text = text;
        }

        boolean holds(int offset) {
            if (offset >= end) {
                end = Tokens.end(text, offset);
                webOrCode = Tokens.isWebOrCode(text, Tokens.start(text, offset), end);
            }
            return webOrCode;
        }
    }

    private static boolean isCodeNeighbour(char c) {
        return Character.isDigit(c) || c == '_' || c == '@' || c == '#';
    }

    /**
     * Names, and words written like names: acronyms ({@code NATO}), inner capitals ({@code iPhone},
     * {@code comUne} after a lost space), a capital in the middle of a sentence.
     */
    private static boolean isName(String text, int start, int end, NameEvidence names) {
        String word = text.substring(start, end);
        boolean innerCapital = false;
        for (int i = 1; i < word.length(); i++) {
            innerCapital |= Character.isUpperCase(word.charAt(i)) && Character.isLetter(word.charAt(i - 1));
        }
        if (innerCapital) {
            return true;
        }
        return Character.isUpperCase(word.charAt(0)) && (NameEvidence.midSentence(text, start) || names.isName(word));
    }

    private static WordToken.Gap gap(Document document, int from, int to, boolean first) {
        if (first) {
            return WordToken.Gap.BREAK;
        }
        String text = document.text();
        for (Markup m : document.markup()) {
            if (m.start() < to && from < m.end()) {
                return WordToken.Gap.BREAK;
            }
        }
        WordToken.Gap gap = WordToken.Gap.NONE;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return WordToken.Gap.BREAK;
            }
            if (CLAUSE_MARKS.indexOf(c) >= 0 || (c == '-' && i > from && text.charAt(i - 1) == ' ')) {
                gap = WordToken.Gap.CLAUSE;
            }
        }
        return gap;
    }
}
