package org.relecture.rules.spacing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.findings.Severity;
import org.relecture.rules.Detector;
import org.relecture.rules.FrenchLexicon;
import org.relecture.rules.NameEvidence;
import org.relecture.rules.NameLists;
import org.relecture.rules.RuleExample;
import org.relecture.rules.RuleInfo;
import org.relecture.rules.RuleLoadException;
import org.relecture.rules.files.RuleLibrary;
import org.relecture.text.Document;

/**
 * GLUED_WORDS: a lower-case French word followed with no space by a capitalised word, as machine
 * translation leaves them when it drops an elided article ({@code deItalie} for « de l'Italie »,
 * {@code laFrance}).
 *
 * <p>Reported only when the lower-case part is a French word with a vowel (so not a unit such as
 * {@code mm} in {@code mmHg}), the whole is not a word, the capitalised part has a single capital
 * or is all capitals (so {@code leBonCoin}-like brands stay), and the capitalised part is a proper
 * noun of the dictionary, or any dictionary word after a determiner or a preposition
 * ({@code deOTAN}), or a name the document shows ({@link NameEvidence}). Not reported: brands and
 * names written that way (list {@value #CAMEL_CASE}; those starting with a capital or a single
 * lower-case letter, {@code YouTube}, {@code iPhone}, never match), web addresses, hashtags,
 * handles and code.
 */
public final class GluedWordsDetector implements Detector {
    public static final String RULE = "GLUED_WORDS";
    public static final String CAMEL_CASE = "spacing-camel-case.txt";

    /** A lower-case run of two letters or more, then a capital and lower case letters or capitals only. */
    private static final Pattern GLUED = Pattern.compile(
            "(?<![\\p{L}\\p{M}\\p{N}_.])(\\p{Ll}[\\p{Ll}\\p{M}]+)(\\p{Lu}(?:[\\p{Ll}\\p{M}]+|\\p{Lu}+))(?![\\p{L}\\p{M}\\p{N}_(])");
    private static final String VOWELS = "aeiouyàâäéèêëîïôöûùüœæ";
    private static final String ELIDABLE_INITIALS = "AEIOUÂÄÀÉÈÊËÎÏÔÖÛÙÜŒÆ";

    private static final RuleInfo INFO = RuleInfo.builtin(RULE, Category.SPACING, Severity.MINOR,
            "Deux mots collés : un mot français suivi sans espace d'un mot à majuscule (« deItalie »).",
            RuleExample.wrong("Les vins <marker>deBourgogne</marker> se vendent bien.", "de Bourgogne"),
            RuleExample.wrong("Le premier ministre <marker>deIrlande</marker> est arrivé.", "d'Irlande", "de l'Irlande"),
            RuleExample.wrong("Elle a quitté <marker>laBelgique</marker> hier.", "la Belgique"),
            RuleExample.correct("Il a acheté un iPhone sur eBay et regardé YouTube chez McDonald's."),
            RuleExample.correct("Suivez #laCulture et @leJournal sur www.exemple.fr/leMonde."),
            RuleExample.correct("Le physicien Neil deGrasse Tyson présente sur macOS un fichier PowerPoint."),
            RuleExample.correct("La fonction getElementById renvoie null.")).withSafeFix();

    private final Set<String> camelCase;
    private final NameLists nameLists;

    public GluedWordsDetector(RuleLibrary library) throws RuleLoadException {
        this.camelCase = Set.copyOf(library.dataList(CAMEL_CASE));
        this.nameLists = library.nameLists();
    }

    @Override
    public List<RuleInfo> rules() {
        return List.of(INFO);
    }

    @Override
    public List<Finding> check(Document document) {
        String text = document.text();
        List<Finding> findings = new ArrayList<>();
        NameCheck names = new NameCheck(document, nameLists);
        Matcher m = GLUED.matcher(text);
        while (m.find()) {
            String head = m.group(1);
            String tail = m.group(2);
            if (!isGlued(text, m, head, tail, names) || document.touchesMarkup(m.start(), m.end())) {
                continue;
            }
            List<String> suggestions = suggestions(text, head, tail);
            // One split is certain; an elided article that may have gone (deItalie) is a guess.
            findings.add(new Finding(RULE, Category.SPACING, Severity.MINOR, m.start(), m.end(),
                    "Mots collés : « " + head + " » et « " + tail + " » doivent être séparés.",
                    suggestions, RuleInfo.BUILTIN,
                    suggestions.size() > 1 ? Map.of(Finding.FIX, Finding.REVIEW) : Map.of()));
        }
        return findings;
    }

    private boolean isGlued(String text, Matcher m, String head, String tail, NameCheck names) {
        String word = head + tail;
        if (camelCase.contains(word) || !hasVowel(head)) {
            return false;
        }
        int tokenStart = Tokens.start(text, m.start());
        int tokenEnd = Tokens.end(text, m.start());
        if (Tokens.isWebOrCode(text, tokenStart, tokenEnd) || Tokens.hasOtherInnerDot(text.substring(tokenStart, tokenEnd), -1)) {
            return false;
        }
        FrenchLexicon lexicon = FrenchLexicon.get();
        if (!lexicon.isWord(head) || lexicon.isWord(word)) {
            return false;
        }
        List<String> tailTags = lexicon.tags(tail);
        if (tailTags.stream().anyMatch(t -> t.startsWith("Z"))) {
            return true;
        }
        // A determiner or a preposition glued to a known word (deOTAN, laCommission) lost its space;
        // other heads with a common word are code or brands (userAgent, exFAT, openSSH).
        boolean functionHead = lexicon.tags(head).stream().anyMatch(t -> t.startsWith("D") || t.startsWith("P"));
        if (functionHead && !tailTags.isEmpty()) {
            return true;
        }
        boolean capitalThenLower = tail.length() > 1 && Character.isLowerCase(tail.charAt(1));
        return capitalThenLower && names.isName(tail);
    }

    private static boolean hasVowel(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (VOWELS.indexOf(Character.toLowerCase(word.charAt(i))) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The names the document shows ({@link NameEvidence}), worked out only when a candidate needs them. */
    private static final class NameCheck {
        private final Document document;
        private final NameLists lists;
        private NameEvidence evidence;

        NameCheck(Document document, NameLists lists) {
            this.document = document;
            this.lists = lists;
        }

        boolean isName(String word) {
            if (evidence == null) {
                evidence = NameEvidence.of(document, lists);
            }
            return evidence.isName(word);
        }
    }

    /**
     * The two words apart; before a vowel, the elided forms the dropped article most likely had
     * ({@code deItalie}: « d'Italie », « de l'Italie »), in the document's apostrophe.
     */
    private static List<String> suggestions(String text, String head, String tail) {
        String split = head + " " + tail;
        if (ELIDABLE_INITIALS.indexOf(tail.charAt(0)) < 0) {
            return List.of(split);
        }
        String apostrophe = count(text, '’') > count(text, '\'') ? "’" : "'";
        return switch (head) {
            case "de" -> List.of("d" + apostrophe + tail, "de l" + apostrophe + tail);
            case "le", "la" -> List.of("l" + apostrophe + tail);
            case "que" -> List.of("qu" + apostrophe + tail);
            case "du" -> List.of("de l" + apostrophe + tail);
            default -> List.of(split);
        };
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
