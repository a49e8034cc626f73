package org.relecture.rules.spacing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.findings.Severity;
import org.relecture.rules.RuleInfo;
import org.relecture.text.Document;

class MissingSpaceDetectorTest {
    private static MissingSpaceDetector detector;

    @BeforeAll
    static void load() throws Exception {
        detector = new MissingSpaceDetector(SpacingFixtures.library());
    }

    @Test
    void reportsTheGluedSentenceWithTheSpaceInserted() {
        Document doc = SpacingFixtures.document("Le conseil a voté le budget.Les travaux commenceront en mai.");
        List<Finding> findings = detector.check(doc);
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("budget.Les", doc.slice(f.start(), f.end()));
        assertEquals(List.of("budget. Les"), f.suggestions());
        assertEquals(MissingSpaceDetector.RULE, f.rule());
        assertEquals(Category.SPACING, f.category());
        assertEquals(Severity.MINOR, f.severity());
        assertEquals(RuleInfo.BUILTIN, f.source());
        assertTrue(f.message().contains("« . »"), f.message());
    }

    @Test
    void anOpeningQuoteGetsTheSpaceBeforeIt() {
        Document doc = SpacingFixtures.document("Le ministre s'est tu.« Je ne dirai rien », a-t-il ajouté.");
        Finding f = detector.check(doc).get(0);
        assertEquals("tu.«", doc.slice(f.start(), f.end()));
        assertEquals(List.of("tu. «"), f.suggestions());
    }

    @Test
    void exclamationWithoutSpaceBeforeGetsTheFrenchSpacingFirst() {
        Document doc = SpacingFixtures.document("Enfin!Les résultats sont là.");
        Finding f = detector.check(doc).get(0);
        assertEquals(List.of("Enfin\u00a0! Les", "Enfin! Les"), f.suggestions());
        Document spaced = SpacingFixtures.document("Enfin !Les résultats sont là.");
        assertEquals(List.of("Enfin !Les"), detector.check(spaced).stream()
                .map(x -> spaced.slice(x.start(), x.end())).toList());
        assertEquals(List.of("Enfin ! Les"), detector.check(spaced).get(0).suggestions());
    }

    @Test
    void markdownMarkupIsNotProse() {
        Document doc = SpacingFixtures.markdown("Voir [le rapport](https://exemple.org/Rapport.Final) et `Config.Load` ici.\n");
        assertEquals(List.of(), detector.check(doc));
    }

    @Test
    void cleanProseGivesNothing() {
        Document doc = SpacingFixtures.document("M. Garnier est arrivé à 9 h 30. Il a salué Mme Roux ; puis il est reparti !"
                + " Le site exemple.fr l'annonce… Pourquoi ? Personne ne sait.");
        assertEquals(List.of(), detector.check(doc));
    }
}
