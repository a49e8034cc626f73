package org.relecture.rules.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relecture.rules.FrenchLexicon;
import org.relecture.rules.NameEvidence;
import org.relecture.text.Document;

/**
 * Finds the candidate names of a document: capitalised words, and runs of them separated by one
 * space ({@code Lee Kuan Yew}, {@code Nouvelle-Zélande}, {@code Al-Qaïda}). What is left out, and why:
 * <ul>
 *   <li>a word capitalised only because it starts a sentence ({@code Le}, {@code Après}): the
 *       first word of a run is dropped when it starts a sentence, is a French word in lower case,
 *       is never written with a capital inside a sentence of the document, and the whole run is
 *       not a name of several words found elsewhere;</li>
 *   <li>acronyms ({@code ONU}, {@code ETATS-UNIS} in a headline): upper case carries no accents by
 *       custom, so comparing it with the running text would only report the custom;</li>
 *   <li>elided articles ({@code l'Équateur}, {@code L'Équateur}): the apostrophe ends a word, so the
 *       name is {@code Équateur};</li>
 *   <li>markup.</li>
 * </ul>
 */
final class CapitalisedRuns {
    private static final String HYPHEN = "\\-\\u2010\\u2011";
    /** A capitalised word with its hyphenated parts of either case ({@code Kuan-yew}), not inside a longer word. */
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}" + HYPHEN + "])"
            + "\\p{Lu}[\\p{L}\\p{M}]*+(?:[" + HYPHEN + "][\\p{L}\\p{M}]++)*+(?![\\p{N}" + HYPHEN + "])");
    private static final Pattern LOWER = Pattern.compile("\\p{Ll}");
    /** Names shorter than this (once reduced to their letters) are too short to compare: {@code A}/{@code À}. */
    private static final int MIN_LETTERS = 3;

    private final FrenchLexicon lexicon;

    CapitalisedRuns(FrenchLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<NameRun> find(Document document) {
        String text = document.text();
        List<int[]> words = new ArrayList<>();
        Set<String> capitalisedInside = new HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (isAcronym(m.group()) || document.touchesMarkup(m.start(), m.end())) {
                continue;
            }
            words.add(new int[] {m.start(), m.end()});
            if (NameEvidence.midSentence(text, m.start())) {
                capitalisedInside.add(m.group());
            }
        }
        List<NameRun> runs = new ArrayList<>();
        List<NameRun[]> doubtful = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        int i = 0;
        while (i < words.size()) {
            int j = i;
            while (j + 1 < words.size() && oneSpace(text, words.get(j)[1], words.get(j + 1)[0])) {
                j++;
            }
            NameRun whole = run(text, words.get(i)[0], words.get(j)[1]);
            String firstWord = text.substring(words.get(i)[0], words.get(i)[1]);
            if (!NameEvidence.midSentence(text, words.get(i)[0]) && !capitalisedInside.contains(firstWord)
                    && isCommonWord(firstWord)) {
                doubtful.add(new NameRun[] {whole, i < j ? run(text, words.get(i + 1)[0], words.get(j)[1]) : null});
            } else {
                runs.add(whole);
                keys.add(NameForms.key(whole.text()));
            }
            i = j + 1;
        }
        // A sentence-initial common word is kept when it starts a run of several words that is a
        // name seen elsewhere (Jean Marc Dupuis, where the document also writes Jean-Marc Dupuis),
        // dropped otherwise; alone it is just a word (Dès, even where a title writes Des).
        for (NameRun[] choice : doubtful) {
            if (choice[1] != null && keys.contains(NameForms.key(choice[0].text()))) {
                runs.add(choice[0]);
            } else if (choice[1] != null) {
                runs.add(choice[1]);
            }
        }
        runs.removeIf(r -> NameForms.key(r.text()).length() < MIN_LETTERS);
        runs.sort(Comparator.comparingInt(NameRun::start));
        return runs;
    }

    private static NameRun run(String text, int start, int end) {
        return new NameRun(start, end, text.substring(start, end));
    }

    boolean isCommonWord(String word) {
        return !lexicon.tags(word.toLowerCase(Locale.FRENCH)).isEmpty();
    }

    /** Two letters or more and none in lower case. */
    private static boolean isAcronym(String word) {
        return word.codePoints().filter(Character::isLetter).count() >= 2 && !LOWER.matcher(word).find();
    }

    private static boolean oneSpace(String text, int end, int nextStart) {
        if (nextStart != end + 1) {
            return false;
        }
        char c = text.charAt(end);
        return c == ' ' || c == '\u00a0' || c == '\u202f';
    }


}
