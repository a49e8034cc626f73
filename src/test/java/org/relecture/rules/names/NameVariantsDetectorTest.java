package org.relecture.rules.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relecture.findings.Finding;
import org.relecture.testing.TestDocuments;
import org.relecture.text.Document;

class NameVariantsDetectorTest {
    private final NameVariantsDetector detector = new NameVariantsDetector();

    private List<String> flagged(String text) {
        Document document = TestDocuments.read("test", text);
        return detector.check(document).stream()
                .map(f -> document.slice(f.start(), f.end()) + " -> " + f.suggestions().get(0))
                .toList();
    }

    @Test
    void theRarerWritingIsReportedWithTheCommonerSuggested() {
        assertEquals(List.of("Sun Yat-sen -> Sun Yat Sen"),
                flagged("Le parti de Sun Yat Sen gouverne. Il cite Sun Yat-sen, puis Sun Yat Sen encore, et Sun Yat Sen."));
    }

    @Test
    void onATieTheFirstWritingWins() {
        assertEquals(List.of("Hô-Chi-Minh -> Hô Chi Minh"),
                flagged("La statue de Hô Chi Minh domine la place ; celle de Hô-Chi-Minh est plus petite."));
    }

    @Test
    void accentsHyphensAndSpacesMakeVariantsButCaseAloneDoesNot() {
        assertEquals(List.of("Al-Qaida -> Al-Qaïda"),
                flagged("Les chefs d'Al-Qaïda et d'Al-Qaïda au Maghreb, puis d'Al-Qaida, ont parlé."));
        assertEquals(List.of(), flagged("Le groupe Al-Qaïda est visé. Le rapport cite AL-QAIDA et Al-qaïda."));
    }

    @Test
    void partialNamesAndOtherNamesAreNotVariants() {
        assertEquals(List.of(), flagged("Lee Kuan Yew a reçu son hôte. Lee l'a raccompagné ; Lee Hsien Loong était son fils."));
        assertEquals(List.of(), flagged("Mohamed et Mohammed sont deux frères ; Mohamed est l'aîné."));
    }

    @Test
    void sentenceStartsAndElisionsAreNotNames() {
        assertEquals(List.of(), flagged("Le pays l'a annoncé. Des experts doutent. Dès lundi, des experts partiront vers l'Équateur. "
                + "L'Équateur a répondu, et la Grâce accordée par le président a surpris. Grace Kelly était là."));
    }

    @Test
    void aSentenceInitialFirstNameStillBelongsToTheName() {
        assertEquals(List.of("Jean Marc Dupuis -> Jean-Marc Dupuis"),
                flagged("Selon Jean-Marc Dupuis, tout va bien. Jean Marc Dupuis le répète, comme Jean-Marc Dupuis hier."));
    }

    @Test
    void headlinesInCapitalsAreLeftAlone() {
        assertEquals(List.of(), flagged("LA NOUVELLE-ZELANDE SE RETIRE\nLa Nouvelle-Zélande a annoncé son retrait."));
    }

    @Test
    void aCapitalThatOnlyLacksItsAccentIsLeftToTheTypographyRule() {
        assertEquals(List.of(), flagged("Les Etats-Unis, les États-Unis et encore les États-Unis."));
        assertEquals(List.of("Erythrée -> Érythrée"), flagged("L'Erythrée, l'Érythrée et encore l'Érythrée."));
    }

    @Test
    void aCleanTextGivesNothing() {
        assertEquals(List.of(), flagged("Le président du Pérou a reçu le chef d'État de l'Équateur à Lima. "
                + "Le Pérou et l'Union européenne soutiennent l'Équateur ; Lima l'a redit mardi."));
    }

    @Test
    void findingsAreConsistencyMinorOnTheNameOnly() {
        Document document = TestDocuments.read("test", "Le Perou, le Pérou et encore le Pérou.");
        List<Finding> findings = detector.check(document);
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("NAME_VARIANTS", f.rule());
        assertEquals("consistency", f.category().name().toLowerCase());
        assertEquals("Perou", document.slice(f.start(), f.end()));
    }
}
