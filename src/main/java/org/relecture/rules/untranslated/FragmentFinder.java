package org.relecture.rules.untranslated;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.relecture.text.Document;
import org.relecture.text.Span;

/**
 * Turns classified words into fragments: foreign words (in another language's dictionary, not in
 * French) a few shared or neutral words apart make one candidate run, which a French-only word, a
 * line break or markup ends. The run takes the language most of its words belong to, grows to its
 * clause's edges when everything up to them fits that language, and is kept when the evidence is
 * strong enough: one foreign word alone must be written in lower case, be long enough and not be a
 * French word that lost its accents; a longer run needs enough foreign words, and OpenNLP's
 * language detector may veto it when it reads the window as French.
 */
final class FragmentFinder {
    /** Shared or neutral words allowed between two foreign words of one run. */
    private static final int MAX_GAP = 2;
    /** A lone foreign word shorter than this is too often an abbreviation, a symbol or a command. */
    private static final int MIN_LONE_LETTERS = 3;
    /** Foreign words a run needs, as a share of its words. */
    private static final double MIN_FOREIGN_SHARE = 0.34;

    private final Lexicons lexicons;
    private final LanguageWindows windows;

    FragmentFinder(Lexicons lexicons, LanguageWindows windows) {
        this.lexicons = lexicons;
        this.windows = windows;
    }

    List<Fragment> find(Document document, List<WordToken> tokens) {
        List<Fragment> fragments = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (tokens.get(i).kind() != WordToken.Kind.FOREIGN) {
                i++;
                continue;
            }
            int last = runEnd(tokens, i);
            Fragment fragment = judge(document, tokens, i, last);
            if (fragment != null) {
                fragments.add(fragment);
                // A run that grew to its clause may have taken the next runs in: they are reported with it.
                while (last + 1 < tokens.size() && tokens.get(last + 1).start() < fragment.end()) {
                    last++;
                }
            }
            i = last + 1;
        }
        return fragments;
    }

    /** The last foreign word of the run that starts at {@code first}. */
    private static int runEnd(List<WordToken> tokens, int first) {
        int last = first;
        int gap = 0;
        for (int j = first + 1; j < tokens.size(); j++) {
            WordToken t = tokens.get(j);
            if (t.before() == WordToken.Gap.BREAK || t.kind() == WordToken.Kind.FRENCH) {
                break;
            }
            if (t.kind() == WordToken.Kind.FOREIGN) {
                last = j;
                gap = 0;
            } else if (++gap > MAX_GAP) {
                break;
            }
        }
        return last;
    }

    private Fragment judge(Document document, List<WordToken> tokens, int first, int last) {
        Language language = language(document, tokens, first, last);
        int foreign = 0;
        boolean unaccentedFrench = true;
        for (int k = first; k <= last; k++) {
            if (tokens.get(k).isForeignIn(language)) {
                foreign++;
                // The accent test costs dozens of dictionary lookups: once one word fails it, skip it.
                unaccentedFrench = unaccentedFrench && !isFunctionWord(tokens.get(k))
                        && lexicons.isFrenchWithoutAccents(tokens.get(k).lower());
            }
        }
        // French written without its accents (de maniere generale) is French.
        if (foreign == 0 || unaccentedFrench) {
            return null;
        }
        // A lone word stays a word; a longer run takes its clause when all of it fits the language.
        int from = foreign == 1 ? first : growLeft(tokens, first, language);
        int to = foreign == 1 ? last : growRight(tokens, last, language);
        int words = to - from + 1;
        if (insideName(document.text(), tokens, first, last)) {
            return null;
        }
        int start = tokens.get(from).start();
        int end = tokens.get(to).end();
        double share = sentenceShare(document, tokens, from, to);
        if (foreign == 1) {
            WordToken lone = loneForeign(tokens, first, last, language);
            if (!acceptsLone(document, lone, language)) {
                return null;
            }
            return new Fragment(start, end, language, words, share, words == 1 ? 0.6 : 0.65);
        }
        // Measured on the run itself: the words it grew by only fit the language, as French ones may.
        if (!twoInOneClause(tokens, first, last, language)) {
            return null;
        }
        double foreignShare = (double) foreign / (last - first + 1);
        if (foreignShare < MIN_FOREIGN_SHARE) {
            return null;
        }
        LanguageWindows.Scores scores = windows.score(document.text().subSequence(start, end));
        double p = scores.of(language);
        if (scores.french() > p && foreignShare < 0.6) {
            return null;
        }
        double confidence = Math.min(0.99, 0.5 * foreignShare + 0.5 * Math.max(p, 1 - scores.french()));
        return new Fragment(start, end, language, words, share, confidence);
    }

    /**
     * The language most foreign words of the run belong to (a function word weighs more); OpenNLP
     * decides between equals.
     */
    private Language language(Document document, List<WordToken> tokens, int first, int last) {
        Map<Language, Double> votes = new EnumMap<>(Language.class);
        for (int k = first; k <= last; k++) {
            WordToken t = tokens.get(k);
            if (t.kind() != WordToken.Kind.FOREIGN) {
                continue;
            }
            for (Language l : t.evidence().known()) {
                votes.merge(l, (t.evidence().function().contains(l) ? 1.5 : 1.0) / t.evidence().known().size(), Double::sum);
            }
        }
        double best = votes.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<Language> leaders = votes.entrySet().stream().filter(e -> e.getValue() >= best - 1e-9)
                .map(Map.Entry::getKey).toList();
        if (leaders.size() == 1) {
            return leaders.get(0);
        }
        LanguageWindows.Scores scores = windows.score(
                document.text().subSequence(tokens.get(first).start(), tokens.get(last).end()));
        Language chosen = leaders.get(0);
        for (Language l : leaders) {
            if (scores.of(l) > scores.of(chosen)) {
                chosen = l;
            }
        }
        return chosen;
    }

    /** Grows the run leftwards to its clause's start when every word on the way fits the language. */
    private static int growLeft(List<WordToken> tokens, int first, Language language) {
        int k = first;
        while (tokens.get(k).before() == WordToken.Gap.NONE && k > 0 && tokens.get(k - 1).fits(language)) {
            k--;
        }
        return tokens.get(k).before() == WordToken.Gap.NONE ? first : k;
    }

    private static int growRight(List<WordToken> tokens, int last, Language language) {
        int k = last;
        while (k + 1 < tokens.size() && tokens.get(k + 1).before() == WordToken.Gap.NONE
                && tokens.get(k + 1).fits(language)) {
            k++;
        }
        boolean clauseEnd = k + 1 >= tokens.size() || tokens.get(k + 1).before() != WordToken.Gap.NONE;
        return clauseEnd ? k : last;
    }

    /**
     * True when two foreign words of the run share a clause: foreign words one to a comma-separated
     * item are a list of terms ({@code depends, recommends, suggests}), not a clause left untranslated.
     */
    private static boolean twoInOneClause(List<WordToken> tokens, int first, int last, Language language) {
        int inClause = 0;
        for (int k = first; k <= last; k++) {
            if (k > first && tokens.get(k).before() != WordToken.Gap.NONE) {
                inClause = 0;
            }
            if (tokens.get(k).isForeignIn(language) && ++inClause == 2) {
                return true;
            }
        }
        return false;
    }

    private static WordToken loneForeign(List<WordToken> tokens, int from, int to, Language language) {
        for (int k = from; k <= to; k++) {
            if (tokens.get(k).isForeignIn(language)) {
                return tokens.get(k);
            }
        }
        throw new IllegalStateException("no foreign word in the run");
    }

    /**
     * True when the run's foreign words are all function words between two capitalised words, with
     * perhaps more function words around them: they belong to a name ({@code Corea del Nord},
     * {@code Software in the Public Interest}).
     */
    private static boolean insideName(String text, List<WordToken> tokens, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (tokens.get(k).kind() == WordToken.Kind.FOREIGN && !isFunctionWord(tokens.get(k))) {
                return false;
            }
        }
        int before = first - 1;
        while (before >= 0 && isFunctionWord(tokens.get(before)) && tokens.get(before + 1).before() == WordToken.Gap.NONE) {
            before--;
        }
        int after = last + 1;
        while (after < tokens.size() && isFunctionWord(tokens.get(after)) && tokens.get(after).before() == WordToken.Gap.NONE) {
            after++;
        }
        return before >= 0 && tokens.get(before + 1).before() == WordToken.Gap.NONE
                && isCapitalisedNeutral(text, tokens.get(before))
                && after < tokens.size() && tokens.get(after).before() == WordToken.Gap.NONE
                && isCapitalisedNeutral(text, tokens.get(after));
    }

    private static boolean isFunctionWord(WordToken t) {
        return t.evidence() != null && !t.evidence().function().isEmpty();
    }

    /**
     * A lone foreign word counts when it is written in lower case (a capitalised one is too often
     * a name or a heading), is a function word of three letters or more, or an Italian or Spanish
     * word of four letters or more (shorter ones are too often commands: {@code tar}), and is not a
     * word of all three languages ({@code come}).
     */
    private boolean acceptsLone(Document document, WordToken lone, Language language) {
        boolean function = lone.evidence().function().contains(language);
        int letters = lone.lower().replace("'", "").length();
        if (letters < (function ? MIN_LONE_LETTERS : MIN_LONE_LETTERS + 1)
                || Character.isUpperCase(document.text().charAt(lone.start()))) {
            return false;
        }
        // A word all three other languages have (come) is international enough to turn up in
        // French; alone, it proves nothing.
        if (lone.evidence().known().size() == Language.values().length) {
            return false;
        }
        // French writes English terms as they are (testing, shareware, root): alone, an English
        // content word is a term far more often than a leftover.
        return function || language != Language.ENGLISH;
    }

    private static boolean isCapitalisedNeutral(String text, WordToken t) {
        return t.kind() == WordToken.Kind.NEUTRAL && Character.isUpperCase(text.charAt(t.start()));
    }

    private static double sentenceShare(Document document, List<WordToken> tokens, int from, int to) {
        int start = tokens.get(from).start();
        List<Span> sentences = document.sentences();
        // Both lists are in text order: binary searches keep a text with many fragments linear.
        int s = firstIndex(sentences.size(), i -> sentences.get(i).end() > start);
        if (s == sentences.size() || sentences.get(s).start() > start) {
            return 1;
        }
        Span sentence = sentences.get(s);
        int firstToken = firstIndex(tokens.size(), i -> tokens.get(i).start() >= sentence.start());
        int pastLast = firstIndex(tokens.size(), i -> tokens.get(i).end() > sentence.end());
        long inSentence = Math.max(0, pastLast - firstToken);
        return inSentence == 0 ? 1 : Math.min(1, (double) (to - from + 1) / inSentence);
    }

    /** The first index in {@code [0, size)} where {@code holds} becomes true (it stays true after), or size. */
    private static int firstIndex(int size, java.util.function.IntPredicate holds) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (holds.test(mid)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
