package org.relecture.rules.untranslated;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.findings.Severity;
import org.relecture.rules.Detector;
import org.relecture.rules.RuleExample;
import org.relecture.rules.RuleInfo;
import org.relecture.rules.RuleLoadException;
import org.relecture.rules.files.RuleLibrary;
import org.relecture.rules.technical.TechnicalText;
import org.relecture.text.Document;

/**
 * UNTRANSLATED_IT, UNTRANSLATED_EN, UNTRANSLATED_ES: words, clauses and sentences that translation
 * left in Italian, English or Spanish. Evidence is combined, because a language identifier alone is
 * weak on a word or two: each word is looked up in the French dictionary and in the foreign ones
 * (with function-word lists and spelling patterns), foreign words close together make one run, and
 * OpenNLP's language detector reads only those runs ({@link FragmentFinder}). Left alone: names,
 * established loanwords and Latin phrases (data lists), words French shares with the other
 * language, addresses, code and markup, and fragments the text presents as foreign: in italics, or
 * as a title ({@link Presentation}). Severity grows with length: a word is minor, a few words major,
 * a clause or a sentence critical. Findings carry {@code language} and {@code confidence}.
 */
public final class UntranslatedDetector implements Detector {
    public static final String LOANWORDS = "untranslated-loanwords.txt";
    public static final String LATIN = "untranslated-latin.txt";
    public static final String TITLE_CUES = "untranslated-title-cues.txt";
    /** From this many words, or most of its sentence, a fragment is a clause and critical. */
    private static final int CLAUSE_WORDS = 5;
    private static final double MOST_OF_SENTENCE = 0.6;

    private static final List<RuleInfo> RULES = List.of(
            rule(Language.ITALIAN,
                    RuleExample.wrong("Le président est arrivé hier soir, <marker>ma la visita è stata rinviata</marker>."),
                    RuleExample.wrong("Les négociations ont repris, <marker>comunque</marker>, dans la capitale."),
                    RuleExample.correct("Le festival de Venise a fait salle comble pendant le week-end."),
                    RuleExample.correct("Elle a lu le roman intitulé « La storia infinita » pendant l'été."),
                    RuleExample.correct("Il joue de la musique a cappella pour la Casa del Popolo.")),
            rule(Language.ENGLISH,
                    RuleExample.wrong("Le ministre a répondu : <marker>we will not give up the fight</marker>."),
                    RuleExample.wrong("Les délégués ont voté <marker>the</marker> résolution finale."),
                    RuleExample.correct("Le leader du parti a présenté sa start-up a priori rentable."),
                    RuleExample.correct("Le film « The Lord of the Rings » passe ce soir sur https://example.org/watch-now."),
                    RuleExample.correct("Elle préfère le mot *deadline* à celui d'échéance.")),
            rule(Language.SPANISH,
                    RuleExample.wrong("La délégation a rappelé que <marker>el gobierno no ha firmado el acuerdo</marker>."),
                    RuleExample.wrong("Le rapport parle aussi <marker>del acuerdo</marker> commercial."),
                    RuleExample.correct("La vendetta a fait trois morts selon le Diario de Sevilla."),
                    RuleExample.correct("Ils ont dansé le tango et la salsa toute la nuit.")));

    private final WordTokenizer tokenizer;
    private final Presentation presentation;
    private final FragmentFinder finder;

    public UntranslatedDetector(RuleLibrary library) throws RuleLoadException {
        Lexicons lexicons = new Lexicons(library);
        List<String> exempt = new ArrayList<>(library.dataList(LOANWORDS));
        exempt.addAll(library.dataList(LATIN));
        this.tokenizer = new WordTokenizer(lexicons, new ExemptPhrases(exempt), library.nameLists(), new TechnicalText(library));
        this.presentation = new Presentation(library.dataList(TITLE_CUES));
        this.finder = new FragmentFinder(lexicons, new LanguageWindows());
    }

    /**
     * Reads the models a first check reads (OpenNLP's language detector, the foreign dictionaries),
     * if not done yet: a start-up thread calls it so that the first check does not wait for them.
     * Each is read once per JVM whichever thread comes first.
     */
    public static void loadModels() {
        try {
            LanguageWindows.preload();
            ForeignDictionaries.preload();
        } catch (RuntimeException | LinkageError e) {
            // A model that cannot be read is the first check's to report, with its document.
        }
    }

    private static RuleInfo rule(Language language, RuleExample... examples) {
        return RuleInfo.builtin(language.ruleId(), Category.UNTRANSLATED, Severity.MAJOR,
                "Fragment resté en " + language.frenchName() + " dans le texte français (mot, groupe de mots ou phrase).",
                examples).grading(Severity.MINOR, Severity.MAJOR, Severity.CRITICAL);
    }

    @Override
    public List<RuleInfo> rules() {
        return RULES;
    }

    @Override
    public List<Finding> check(Document document) {
        List<Finding> findings = new ArrayList<>();
        for (Fragment fragment : finder.find(document, tokenizer.tokens(document))) {
            if (presentation.presentedAsForeign(document.text(), fragment.start(), fragment.end())) {
                continue;
            }
            Language language = fragment.language();
            findings.add(new Finding(language.ruleId(), Category.UNTRANSLATED, severity(fragment),
                    fragment.start(), fragment.end(), message(fragment), List.of(), RuleInfo.BUILTIN,
                    Map.of("language", language.code(),
                            "confidence", String.format(Locale.ROOT, "%.2f", fragment.confidence()))));
        }
        return findings;
    }

    private static Severity severity(Fragment fragment) {
        if (fragment.words() >= CLAUSE_WORDS || (fragment.words() >= 3 && fragment.sentenceShare() >= MOST_OF_SENTENCE)) {
            return Severity.CRITICAL;
        }
        return fragment.words() == 1 ? Severity.MINOR : Severity.MAJOR;
    }

    private static String message(Fragment fragment) {
        String language = fragment.language().frenchName();
        return fragment.words() == 1
                ? "Mot non traduit : il est en " + language + ", pas en français."
                : "Passage non traduit : il est en " + language + ", pas en français.";
    }
}
