package org.relecture.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.findings.Severity;
import org.relecture.rules.NameLists;
import org.relecture.rules.RuleInfo;
import org.relecture.rules.languagetool.LanguageToolDetector;
import org.relecture.rules.technical.TechnicalText;
import org.relecture.text.Document;

class FindingResolverTest {
    private static final Document DOC = new Document("t", "Le ministre Grebnev parle.Ensuite https://exemple.org/a.", List.of());

    private static Finding finding(String rule, Category category, int start, int end, String source) {
        return new Finding(rule, category, Severity.MINOR, start, end, "m", List.of(), source);
    }

    private static List<String> rules(List<Finding> findings) {
        return FindingResolver.PLAIN.resolve(DOC, findings).stream().map(Finding::rule).toList();
    }

    @Test
    void languageToolGivesWayToOurFindingOfTheSameFamily() {
        Finding lt = finding("LT_POINT", Category.PUNCTUATION, 20, 30, LanguageToolDetector.SOURCE);
        Finding ours = finding("OURS", Category.SPACING, 20, 34, RuleInfo.BUILTIN);
        assertEquals(List.of("OURS"), rules(List.of(lt, ours)));
    }

    @Test
    void languageToolGivesWayToOurFindingWithTheSameFix() {
        Document doc = new Document("t", "Les etats-unis votent.", List.of());
        Finding lt = new Finding("LT_HYPHEN", Category.SPELLING, Severity.MINOR, 4, 14, "m", List.of("états-unis"),
                LanguageToolDetector.SOURCE);
        Finding ours = new Finding("ACCENT", Category.TYPOGRAPHY, Severity.MINOR, 4, 9, "m", List.of("états"), RuleInfo.BUILTIN);
        assertEquals(List.of(ours), FindingResolver.PLAIN.resolve(doc, List.of(lt, ours)));
        Finding other = new Finding("ACCENT", Category.TYPOGRAPHY, Severity.MINOR, 4, 9, "m", List.of("Xtats"), RuleInfo.BUILTIN);
        assertEquals(2, FindingResolver.PLAIN.resolve(doc, List.of(lt, other)).size());
    }

    @Test
    void findingsThatOnlyTouchAreTwoProblems() {
        Finding lt = finding("LT_ARTICLE", Category.GRAMMAR, 24, 40, LanguageToolDetector.SOURCE);
        Finding ours = finding("OURS", Category.SPACING, 20, 30, RuleInfo.BUILTIN);
        assertEquals(List.of("LT_ARTICLE", "OURS"), rules(List.of(lt, ours)));
    }

    @Test
    void languageToolStaysWhenOurFindingIsAboutSomethingElse() {
        Finding lt = finding("LT_GRAMMAR", Category.GRAMMAR, 0, 11, LanguageToolDetector.SOURCE);
        Finding style = finding("CALQUE", Category.STYLE, 0, 11, RuleInfo.BUILTIN);
        assertEquals(List.of("LT_GRAMMAR", "CALQUE"), rules(List.of(lt, style)));
    }

    @Test
    void everythingOverlappingDebrisGoes() {
        Finding debris = finding("URL", Category.DEBRIS, 34, 55, RuleInfo.BUILTIN);
        Finding spelling = finding("LT_SPELL", Category.SPELLING, 40, 47, LanguageToolDetector.SOURCE);
        Finding ours = finding("OURS", Category.SPACING, 26, 40, RuleInfo.BUILTIN);
        assertEquals(List.of("URL"), rules(List.of(debris, spelling, ours)));
    }

    @Test
    void languageToolSpellingOnANameGoesButOnOtherWordsStays() {
        Finding name = finding("FR_SPELLING_RULE", Category.SPELLING, 12, 19, LanguageToolDetector.SOURCE);
        Finding word = finding("FR_SPELLING_RULE", Category.SPELLING, 3, 11, LanguageToolDetector.SOURCE);
        assertEquals(List.of("FR_SPELLING_RULE"), rules(List.of(name, word)));
        assertEquals(3, FindingResolver.PLAIN.resolve(DOC, List.of(name, word)).get(0).start());
    }

    @Test
    void languageToolSpellingAndGrammarInsideAnUntranslatedPassageGo() {
        Document doc = new Document("t", "Il a dit : the war is over, puis il est parti.", List.of());
        Finding passage = finding("UNTRANSLATED_EN", Category.UNTRANSLATED, 11, 26, RuleInfo.BUILTIN);
        Finding spelling = finding("FR_SPELLING_RULE", Category.SPELLING, 15, 18, LanguageToolDetector.SOURCE);
        Finding grammar = finding("LT_AGREEMENT", Category.GRAMMAR, 11, 18, LanguageToolDetector.SOURCE);
        Finding across = finding("LT_COMMA", Category.GRAMMAR, 22, 30, LanguageToolDetector.SOURCE);
        Finding style = finding("LT_STYLE", Category.STYLE, 19, 21, LanguageToolDetector.SOURCE);
        assertEquals(List.of("UNTRANSLATED_EN", "LT_COMMA", "LT_STYLE"),
                FindingResolver.PLAIN.resolve(doc, List.of(passage, spelling, grammar, across, style)).stream()
                        .map(Finding::rule).toList());
    }

    private static Finding spelling(Document doc, String word, String... suggestions) {
        int start = doc.text().indexOf(word);
        return new Finding("FR_SPELLING_RULE", Category.SPELLING, Severity.MINOR, start, start + word.length(), "m",
                List.of(suggestions), LanguageToolDetector.SOURCE);
    }

    private static List<String> kept(FindingResolver resolver, Document doc, Finding... findings) {
        return resolver.resolve(doc, List.of(findings)).stream().map(f -> doc.slice(f.start(), f.end())).toList();
    }

    @Test
    void aCapitalisedWordNoFrenchWordIsCloseToIsANameButATypoOfACommonWordStays() {
        Document doc = new Document("t", "Grebnev a parlé. Aujourd'hiu, il pleut. Gouvernment fatigué. Mardon a dit non.", List.of());
        assertEquals(List.of("Aujourd'hiu", "Gouvernment", "Mardon"), kept(FindingResolver.PLAIN, doc,
                spelling(doc, "Grebnev", "Grèbe", "Brejnev"),
                spelling(doc, "Aujourd'hiu", "Aujourd'hui"),
                spelling(doc, "Gouvernment", "Gouvernement", "Gouvernent"),
                spelling(doc, "Mardon", "Marron", "Pardon")));
    }

    @Test
    void aNameWrittenWithoutItsAccentsIsStillMisspelt() {
        Document doc = new Document("t", "Il aime l'Amerique et Quérigny-sur-Mer.", List.of());
        assertEquals(List.of("Amerique"), kept(FindingResolver.PLAIN, doc,
                spelling(doc, "Amerique", "Amérique", "Amériques"), spelling(doc, "Quérigny", "Guérigny")));
    }

    @Test
    void anAccentSlipGoingOnAForeignNameIsItsOwnersSpellingButNotAfterAFrenchWord() {
        Document doc = new Document("t", "Il conduit une Lada Samara et parle du Senat puis de la Nouvelle Republique.", List.of());
        assertEquals(List.of("Senat", "Republique"), kept(FindingResolver.PLAIN, doc,
                spelling(doc, "Samara", "Samarã"),
                spelling(doc, "Senat", "Sénat"),
                spelling(doc, "Republique", "République")));
    }

    @Test
    void aWordOfANameOfTheAllowlistIsSpeltRight() {
        Document doc = new Document("t", "Mardon a dit non.", List.of());
        Finding finding = spelling(doc, "Mardon", "Marron", "Pardon");
        assertEquals(List.of("Mardon"), kept(FindingResolver.PLAIN, doc, finding));
        assertEquals(List.of(), kept(new FindingResolver(Set.of("Jean Mardon"), NameLists.NONE, TechnicalText.NONE), doc, finding));
    }

    /** Inside a quotation reported for its marks, a missing space between two words is another problem; one at a mark is not. */
    @Test
    void languageToolStaysInsideOurFindingWhereOurFixChangesNothing() {
        Document doc = new Document("t", "Il a dit \"Nous  verrons\" hier.", List.of());
        Finding ours = new Finding("QUOTES", Category.TYPOGRAPHY, Severity.MINOR, 9, 24, "m",
                List.of("«\u00a0Nous  verrons\u00a0»"), RuleInfo.BUILTIN);
        Finding middle = finding("LT_SPACES", Category.TYPOGRAPHY, 13, 15, LanguageToolDetector.SOURCE);
        Finding atTheMark = finding("LT_QUOTE", Category.TYPOGRAPHY, 9, 10, LanguageToolDetector.SOURCE);
        assertEquals(List.of("QUOTES", "LT_SPACES"), FindingResolver.PLAIN.resolve(doc, List.of(ours, middle, atTheMark))
                .stream().map(Finding::rule).toList());
    }
}
