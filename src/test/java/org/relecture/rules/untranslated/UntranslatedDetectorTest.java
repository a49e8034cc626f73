package org.relecture.rules.untranslated;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.relecture.findings.Finding;
import org.relecture.findings.Severity;
import org.relecture.rules.RulesHome;
import org.relecture.rules.files.RuleLibrary;
import org.relecture.testing.TestDocuments;
import org.relecture.text.Document;

class UntranslatedDetectorTest {
    private static UntranslatedDetector detector;

    @BeforeAll
    static void load() throws Exception {
        detector = new UntranslatedDetector(RuleLibrary.load(List.of(RulesHome.locate().orElseThrow())));
    }

    private static List<Finding> check(String path, String text) {
        Document document = TestDocuments.read(path, text);
        return detector.check(document);
    }

    private static List<String> spans(String text) {
        return check("t.txt", text).stream().map(f -> text.substring(f.start(), f.end())).toList();
    }

    @Test
    void aSentenceIsOneCriticalFindingWithItsLanguageAndConfidence() {
        String text = "Le texte continue ainsi. Il governo ha deciso di rinviare la riforma delle pensioni. La suite est en français.";
        List<Finding> findings = check("t.txt", text);
        assertEquals(1, findings.size(), findings.toString());
        Finding f = findings.get(0);
        assertEquals("Il governo ha deciso di rinviare la riforma delle pensioni", text.substring(f.start(), f.end()));
        assertEquals("UNTRANSLATED_IT", f.rule());
        assertEquals(Severity.CRITICAL, f.severity());
        assertEquals("it", f.attributes().get("language"));
        double confidence = Double.parseDouble(f.attributes().get("confidence"));
        assertEquals(true, confidence > 0.5 && confidence <= 1, f.attributes().toString());
        assertEquals(List.of(), f.suggestions());
    }

    @Test
    void aRunGrownOverAFrenchLookingWordIsReportedOnce() {
        // "or" is French too: it ends the first run, which then grows over it to the clause's end,
        // taking in the second run, which must not be reported again.
        assertEquals(List.of("They could have told us or have a sign there"),
                spans("They could have told us or have a sign there."));
        assertEquals(List.of("we could have told you or sent a sign there"),
                spans("Il a ajouté : we could have told you or sent a sign there."));
    }

    @Test
    void severityGrowsWithLength() {
        assertEquals(List.of(Severity.MINOR), severities("Les pourparlers ont repris, tuttavia, dans la capitale."));
        assertEquals(List.of(Severity.MAJOR), severities("Le rapport parle aussi del acuerdo commercial signé hier."));
    }

    private static List<Severity> severities(String text) {
        return check("t.txt", text).stream().map(Finding::severity).toList();
    }

    @Test
    void eachLanguageIsNamed() {
        assertEquals(List.of("en"), languages("Le porte-parole a ajouté que the government will not change its plans cette année."));
        assertEquals(List.of("es"), languages("La ministre a répondu que el gobierno no ha firmado el acuerdo avec ses voisins."));
    }

    private static List<String> languages(String text) {
        return check("t.txt", text).stream().map(f -> f.attributes().get("language")).toList();
    }

    @Test
    void wordsFrenchSharesWithAnotherLanguageNeverCountAlone() {
        assertEquals(List.of(), spans("Il a fait le tour de la ville, come prévu, con ses amis, per la première fois à la plage."));
    }

    @Test
    void namesLoanwordsAndLatinStay() {
        assertEquals(List.of(), spans("Le leader de la Lega, Matteo Salvini, a passé le week-end à Milan, a priori en vacances."));
        assertEquals(List.of(), spans("La Corea del Nord et la Casa Blanca sont des noms, comme Bank of America."));
        assertEquals(List.of(), spans("Le sprint final du manager a tourné à la vendetta, de facto."));
    }

    @Test
    void aTitleOrAWordPresentedAsForeignStays() {
        assertEquals(List.of(), spans("Elle a publié un livre intitulé « La guerra dei poveri » en 1962."));
        assertEquals(List.of(), spans("Le groupe a chanté « Sweet Home Alabama » au concert."));
        assertEquals(List.of(), spans("Les Italiens disent *dolce far niente* pour cela."));
        assertEquals(List.of("ma la guerra è finita"), spans("Il a dit : « ma la guerra è finita », puis il est parti."));
    }

    @Test
    void addressesCodeAndMarkupStay() {
        assertEquals(List.of(), spans("Voir https://www.esempio.it/la-guerra-della-repubblica-di-venezia pour la source."));
        assertEquals(List.of(), spans("Le paquet fournit la_funzione_principale et get_the_value_of_it."));
        assertEquals(List.of(), check("t.md", "Le code `the value of it is here` est faux.\n").stream().toList());
    }

    @Test
    void englishTermsAloneStayButEnglishFunctionWordsDoNot() {
        assertEquals(List.of(), spans("La branche testing reçoit les paquets de la branche unstable."));
        assertEquals(List.of("the"), spans("Les délégués ont voté the résolution finale."));
    }

    @Test
    void frenchWithoutItsAccentsIsFrench() {
        assertEquals(List.of(), spans("De maniere generale, la cooperation reste tres bonne."));
    }

    @Test
    void aCueWordBeforeACommaOrColonDoesNotHideAnEnglishClause() {
        assertEquals(List.of("but he never answered the letter from the council"),
                spans("Elle a relu le programme, but he never answered the letter from the council."));
        assertEquals(List.of("we will meet the mayor and then the council"),
                spans("Voici le programme : we will meet the mayor and then the council."));
    }

    @Test
    void anUnderscoreInsideAnIdentifierIsNotItalics() {
        assertEquals(List.of("but the committee has rejected the whole proposal"),
                spans("Le fichier mon_fichier est prêt, but the committee has rejected the whole proposal."));
    }

    @Test
    void aShortQuotedTitleInSentenceCaseAndEstablishedTermsAreLeftAlone() {
        assertEquals(List.of(), spans("Le ténor a chanté l'air « Vesti la giubba » sous les applaudissements."));
        assertEquals(List.of(), spans("La troupe joue la commedia dell'arte depuis vingt ans."));
        assertEquals(List.of(), spans("Le mouvement final, ma non troppo, fut repris mezza voce."));
    }

    @Test
    void commandsAndTheirArgumentsAreNotEnglish() {
        assertEquals(List.of(), spans("Lancez pip install requests, puis la commande while répète la liste."));
        assertEquals(List.of(), spans("Indiquez noon (midi), puis relancez le service avec sudo systemctl restart truc."));
    }

    @Test
    void aWordNamedAfterACueIsStillForeignWhenForeignWordsGoOn() {
        assertEquals(List.of("rimane bloccato"), spans("Si le paquet rimane bloccato, relancez la mise à jour."));
    }
}
