package org.relecture.rules.typography;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.findings.Severity;
import org.relecture.rules.FrenchLexicon;
import org.relecture.rules.RuleExample;
import org.relecture.rules.RuleInfo;
import org.relecture.rules.RuleLoadException;
import org.relecture.rules.files.RuleLibrary;

/**
 * Capitals that lost their accent: French keeps accents on capitals ({@code État}, {@code École},
 * {@code À partir de}). A capitalised word is reported when, as written, it is no French word
 * but with an accent on its first letter it is one; the lexicon decides, so names it knows
 * unaccented ({@code Europe}, {@code Eric}) are left alone, and so are accented forms it knows only
 * as first names or towns ({@code Émile}, {@code Évian}), which people and brands often write
 * without accent. A capital {@code A} alone is reported when it begins a sentence and the next
 * word makes it the preposition ({@code A la veille}), not a letter ({@code A et B}, {@code A-t-il}).
 */
final class CapitalAccentDetector extends TypographyDetector {
    static final String EXCEPTIONS = "typography-capital-accent-exceptions.txt";
    static final String NOT_PREPOSITION = "typography-a-not-preposition.txt";

    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{N}_])([EAOUIC])(\\p{Ll}+)(?![\\p{L}\\p{N}+])");
    private static final Pattern CAPITAL_A = Pattern.compile(
            "(?<![\\p{L}\\p{N}_'’.-])A[ \\u00A0\\u202F]+(\\p{L}[\\p{L}'’-]*)");
    /** Capitalised words right next to another, separated by one space. */
    private static final Pattern PREVIOUS_WORD = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{Lu}\\p{Ll}+) $");
    private static final Pattern NEXT_WORD = Pattern.compile(" (\\p{Lu}\\p{Ll}+)(?![\\p{L}\\p{N}])");
    /** Between a sentence's end and its first word: spaces, opening quotes and brackets, list dashes. */
    private static final String OPENERS = "«“\"([—–-*";
    private static final String SENTENCE_ENDS = ".!?…:\n\r";
    /** A line of this many words that stops mid-sentence is verse or wrapped prose, not a label. */
    private static final int LINE_WORDS = 5;
    /** Accented capitals a French word may begin with, by the letter typed without its accent. */
    private static final Map<Character, String> ACCENTED = Map.of(
            'E', "ÉÈÊ", 'A', "ÀÂ", 'O', "Ô", 'U', "ÛÙ", 'I', "ÎÏ", 'C', "Ç");
    private static final Map<Character, String> LOWER_ACCENTED = Map.of(
            'e', "éèê", 'a', "àâ", 'o', "ô", 'u', "ûù", 'i', "îï", 'c', "ç");
    /** First names and towns, proper nouns that are invariable: {@code Z m sp}, {@code Z e sp}. */
    private static final Pattern NAME_ONLY = Pattern.compile("Z [mfe] sp");

    static final RuleInfo RULE = RuleInfo.builtin("CAPITAL_WITHOUT_ACCENT", Category.TYPOGRAPHY, Severity.MINOR,
            "Capitale sans accent : un mot qui n’existe qu’avec une capitale accentuée (Etat → État, "
                    + "Ecole → École) et la préposition « A » en début de phrase (A partir de → À partir de)",
            RuleExample.wrong("Les <marker>Etats</marker> membres voteront le texte en juin.", "États"),
            RuleExample.wrong("<marker>A</marker> cette époque, le village comptait trois cafés.", "À"),
            RuleExample.wrong("Le débat est clos. <marker>A</marker> qui la faute ?", "À"),
            RuleExample.wrong("Politique\n<marker>A</marker> la veille du vote, les listes se croisent.", "À"),
            RuleExample.wrong("Il a visité l’<marker>Egypte</marker> et la Jordanie.", "Égypte"),
            RuleExample.wrong("Le concert aura lieu dans l’<marker>Eglise</marker> du bourg.", "Église"),
            RuleExample.correct("Eric et Emmanuel ont parcouru l’Europe en train."),
            RuleExample.correct("A-t-il reçu le plan A ou la vitamine A ? Le format A4 suffit."),
            RuleExample.correct("A et B sont deux points du plan. A priori, rien ne change."),
            RuleExample.correct("Le vieux meunier qui chantait sous la treille\nA toujours son moulin et sa chanson pareille."),
            RuleExample.correct("Emile a bu de l’eau d’Evian au Café de la gare.")).withSafeFix();

    private static final int CACHE_LIMIT = 50_000;

    private final FrenchLexicon lexicon = FrenchLexicon.get();
    private final Set<String> exceptions;
    private final Set<String> notPreposition = new HashSet<>();
    /** Lexicon answers per word, for this worker: the same capitals come back in every article. */
    private final Map<String, List<String>> accentedForms = new HashMap<>();

    CapitalAccentDetector(ProseReading reading, RuleLibrary library) throws RuleLoadException {
        super(reading, RULE);
        this.exceptions = Set.copyOf(library.dataList(EXCEPTIONS));
        library.dataList(NOT_PREPOSITION).forEach(w -> notPreposition.add(w.toLowerCase(Locale.FRENCH)));
    }

    @Override
    void find(Prose prose, Quotes quotes, List<Finding> out) {
        Matcher m = CAPITALISED.matcher(prose.text());
        while (m.find()) {
            if (!prose.isProse(m.start()) || exceptions.contains(m.group())) {
                continue;
            }
            if (accentedForms.size() > CACHE_LIMIT) {
                accentedForms.clear(); // a worker's corpus may be large: keep memory bounded
            }
            List<String> forms = accentedForms.computeIfAbsent(m.group(), this::accented);
            if (!forms.isEmpty() && !foreignNeighbour(prose.text(), m.start(), m.end())) {
                out.add(finding(RULE, m.start(), m.end(),
                        "Capitale sans accent : « " + m.group() + " » s’écrit « " + forms.get(0) + " » ; "
                                + "les capitales gardent leurs accents en français.", forms));
            }
        }
        Matcher a = CAPITAL_A.matcher(prose.text());
        while (a.find()) {
            if (prose.isProse(a.start()) && startsSentence(prose, a.start()) && preposition(a.group(1))) {
                out.add(finding(RULE, a.start(), a.start() + 1,
                        "Capitale sans accent : la préposition s’écrit « À » ; "
                                + "les capitales gardent leurs accents en français.", List.of("À")));
            }
        }
    }

    /** The accented spellings of a capitalised word that is not French as written. */
    private List<String> accented(String word) {
        if (lexicon.isWord(word) || accentMissingElsewhere(word)) {
            return List.of();
        }
        List<String> forms = new ArrayList<>();
        String rest = word.substring(1);
        for (char accent : ACCENTED.get(word.charAt(0)).toCharArray()) {
            String form = accent + rest;
            List<String> tags = new ArrayList<>(lexicon.tags(form));
            tags.addAll(lexicon.tags(form.toLowerCase(Locale.FRENCH)));
            if (tags.stream().anyMatch(tag -> !NAME_ONLY.matcher(tag).matches())) {
                forms.add(form);
            }
        }
        return List.copyOf(forms);
    }

    /**
     * {@code Special Edition}, {@code Education First}: next to a capitalised word that is not
     * French, the word is part of a foreign name or title, where French accents have no say.
     */
    private boolean foreignNeighbour(String text, int start, int end) {
        Matcher before = PREVIOUS_WORD.matcher(text).region(Math.max(0, start - 40), start);
        Matcher after = NEXT_WORD.matcher(text).region(end, Math.min(text.length(), end + 40));
        return before.find() && !lexicon.isWord(before.group(1)) || after.lookingAt() && !lexicon.isWord(after.group(1));
    }

    /**
     * {@code Apres} lacks the accent of {@code Après}, not of a capital: when an accent on another
     * letter makes a word, the capital is not the question.
     */
    private boolean accentMissingElsewhere(String word) {
        for (int j = 1; j < word.length(); j++) {
            String accents = LOWER_ACCENTED.getOrDefault(word.charAt(j), "");
            for (char accent : accents.toCharArray()) {
                if (lexicon.isWord(word.substring(0, j) + accent + word.substring(j + 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean startsSentence(Prose prose, int offset) {
        int i = offset - 1;
        while (i >= 0 && (Prose.isSpace(prose.charAt(i)) && !isBreak(prose.charAt(i)) || OPENERS.indexOf(prose.charAt(i)) >= 0)) {
            i--;
        }
        if (i >= 0 && isBreak(prose.charAt(i))) {
            return !continuedLine(prose.text(), i);
        }
        return i < 0 || SENTENCE_ENDS.indexOf(prose.charAt(i)) >= 0;
    }

    /**
     * The line that ends at the break {@code at} goes on in the next one: it stops on a word or a
     * comma, not on a sentence's end, and is a run of words, not a label. Verse opens each line
     * with a capital ({@code ...sous la treille / A toujours son moulin}), where {@code A} is the
     * verb; a heading or a label of a few words ({@code Politique / A la veille du vote}) is not
     * a sentence the next line continues.
     */
    private static boolean continuedLine(String text, int at) {
        int end = at;
        while (end > 0 && Prose.isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end == 0 || text.substring(end, at).indexOf('\n') >= 0) {
            return false; // the start, or a blank line: a new paragraph
        }
        int start = end;
        while (start > 0 && !isBreak(text.charAt(start - 1))) {
            start--;
        }
        String line = text.substring(start, end).strip();
        char last = line.isEmpty() ? '.' : line.charAt(line.length() - 1);
        return (Character.isLetter(last) || last == ',' || last == ';') && line.split("\\s+").length >= LINE_WORDS;
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /** The word after a sentence-initial {@code A} makes it the preposition: a place, or a French word that a letter would not take. */
    private boolean preposition(String next) {
        if (notPreposition.contains(next.toLowerCase(Locale.FRENCH))) {
            return false;
        }
        if (Character.isUpperCase(next.charAt(0))) {
            return next.length() > 1 && Character.isLowerCase(next.charAt(1))
                    && lexicon.tags(next).stream().anyMatch(tag -> tag.startsWith("Z"));
        }
        List<String> tags = lexicon.tags(next);
        // "A fondé", "A reçoit": the verb avoir, its subject left out or misspelt
        boolean verb = tags.stream().anyMatch(t -> t.startsWith("V ppa"))
                || !tags.isEmpty() && tags.stream().allMatch(t -> t.startsWith("V") && !t.contains("inf"));
        return lexicon.isWord(next) && !verb;
    }
}
