package org.relecture.rules.untranslated;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.relecture.rules.FrenchLexicon;
import org.relecture.rules.RuleLoadException;
import org.relecture.rules.files.RuleLibrary;

/**
 * Asks the French dictionary and the foreign ones about word forms, remembering the answers: a
 * corpus repeats its words, and each answer costs a few dictionary lookups. Not thread-safe (one per
 * detector, so one per worker).
 */
final class Lexicons {
    /** French elided forms, which the tokenizer keeps with their apostrophe ({@code qu'}, {@code l'}). */
    private static final Set<String> FRENCH_ELISIONS = Set.of("l'", "d'", "j'", "m'", "n'", "s'", "t'", "c'",
            "qu'", "jusqu'", "lorsqu'", "puisqu'", "quoiqu'", "presqu'", "quelqu'");
    /** Longer than any French word, compounds included ({@code anticonstitutionnellement} has 25 letters). */
    static final int LONGEST_WORD = 40;
    /** A corpus-wide cache stays bounded: past this many forms it starts again. */
    private static final int CACHE_LIMIT = 200_000;
    private static final String ACCENTABLE = "eaiouc";
    private static final Map<Character, String> ACCENTED = Map.of(
            'e', "éèê", 'a', "àâ", 'i', "îï", 'o', "ô", 'u', "ûù", 'c', "ç");

    private final FrenchLexicon french = FrenchLexicon.get();
    private final Map<Language, Set<String>> functionWords = new EnumMap<>(Language.class);
    private final Map<String, WordEvidence> cache = new HashMap<>();
    private ForeignDictionaries dictionaries;

    Lexicons(RuleLibrary library) throws RuleLoadException {
        for (Language language : Language.values()) {
            functionWords.put(language, Set.copyOf(library.dataList(language.functionWordsFile()).stream()
                    .map(w -> w.toLowerCase(Locale.ROOT)).toList()));
        }
    }

    /** The evidence about a lower-case word form (apostrophes written {@code '}). */
    WordEvidence of(String lower) {
        WordEvidence evidence = cache.get(lower);
        if (evidence == null) {
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            evidence = judge(lower);
            cache.put(lower, evidence);
        }
        return evidence;
    }

    private WordEvidence judge(String lower) {
        boolean isFrench = isFrench(lower);
        Set<Language> known = EnumSet.noneOf(Language.class);
        Set<Language> function = EnumSet.noneOf(Language.class);
        for (Language language : Language.values()) {
            if (functionWords.get(language).contains(lower)) {
                function.add(language);
                known.add(language);
            } else if (!lower.endsWith("'") && isForeign(language, lower)) {
                known.add(language);
            }
        }
        Set<Language> shape = !isFrench && known.isEmpty() ? Morphology.of(lower) : Set.of();
        return new WordEvidence(isFrench, known, function, shape);
    }

    private boolean isFrench(String lower) {
        if (lower.endsWith("'")) {
            return FRENCH_ELISIONS.contains(lower);
        }
        if (french.isWord(lower)) {
            return true;
        }
        return lower.indexOf('-') > 0 && allParts(lower, french::isWord);
    }

    private boolean isForeign(Language language, String lower) {
        ForeignDictionaries d = dictionaries();
        if (d.isWord(language, lower)) {
            return true;
        }
        return lower.indexOf('-') > 0 && allParts(lower, part -> d.isWord(language, part));
    }

    private ForeignDictionaries dictionaries() {
        if (dictionaries == null) {
            dictionaries = new ForeignDictionaries();
        }
        return dictionaries;
    }

    private static boolean allParts(String hyphenated, java.util.function.Predicate<String> test) {
        for (String part : hyphenated.split("-")) {
            if (part.isEmpty() || !test.test(part)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when putting back one or two French accents makes a French word: {@code cooperation},
     * {@code reciproques} are French words that lost their accents, not English or Spanish ones.
     * The tries grow with the square of the accentable letters, so a form longer than any French
     * word ({@value #LONGEST_WORD} letters) is not tried: a 30,000-letter "word" would take hours.
     */
    boolean isFrenchWithoutAccents(String lower) {
        if (lower.length() > LONGEST_WORD) {
            return false;
        }
        List<Integer> spots = new java.util.ArrayList<>();
        for (int i = 0; i < lower.length(); i++) {
            if (ACCENTABLE.indexOf(lower.charAt(i)) >= 0) {
                spots.add(i);
            }
        }
        for (int a = 0; a < spots.size(); a++) {
            for (char ca : ACCENTED.get(lower.charAt(spots.get(a))).toCharArray()) {
                String one = replace(lower, spots.get(a), ca);
                if (french.isWord(one)) {
                    return true;
                }
                for (int b = a + 1; b < spots.size(); b++) {
                    for (char cb : ACCENTED.get(lower.charAt(spots.get(b))).toCharArray()) {
                        if (french.isWord(replace(one, spots.get(b), cb))) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static String replace(String s, int i, char c) {
        return s.substring(0, i) + c + s.substring(i + 1);
    }
}
