package org.relecture.rules.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relecture.rules.RulesHome;
import org.relecture.rules.files.RuleLibrary;
import org.relecture.testing.TestDocuments;
import org.relecture.text.Document;

class OfficialNameTruncatedDetectorTest {
    private final OfficialNameTruncatedDetector detector = new OfficialNameTruncatedDetector(List.of(
            "Nations unies", "Organisation des Nations unies", "Union européenne", "Conseil de sécurité",
            "Agence internationale de l'énergie atomique", "Croix-Rouge", "Banque mondiale",
            "Cour de justice de l'Union européenne"));

    private List<String> flagged(String text) {
        Document document = TestDocuments.read("test", text);
        return detector.check(document).stream()
                .map(f -> document.slice(f.start(), f.end()) + " -> " + f.suggestions().get(0))
                .toList();
    }

    @Test
    void aLastWordCutShortIsReportedWithTheFullName() {
        assertEquals(List.of("Banque Mon -> Banque mondiale"), flagged("Un prêt de la Banque Mon pour le pays."));
        assertEquals(List.of("Union europ -> Union européenne"), flagged("Les pays de l'Union europ, réunis hier."));
        assertEquals(List.of("Conseil de sécur -> Conseil de sécurité"), flagged("Le Conseil de sécur a voté."));
        assertEquals(List.of("Croix-Rou -> Croix-Rouge"), flagged("La Croix-Rou a envoyé une équipe."));
    }

    @Test
    void theLongerNameIsReportedOnce() {
        assertEquals(List.of("Cour de justice de l'Union europ -> Cour de justice de l'Union européenne"),
                flagged("Un arrêt de la Cour de justice de l'Union europ paraît demain."));
    }

    @Test
    void apostrophesAndSpacesMayBeWrittenAnyWay() {
        assertEquals(List.of("Agence internationale de l’énergie atom -> Agence internationale de l’énergie atomique"),
                flagged("L'Agence internationale de l’énergie atom a publié un rapport."));
    }

    @Test
    void fullNamesAndOtherContinuationsAreNotReported() {
        assertEquals(List.of(), flagged("Les Nations unies, les Nations Unies et l'Union européenne ont voté. "
                + "Le Conseil de sécurité aussi ; la Croix-Rouge était là, la Banque mondiale aussi."));
        assertEquals(List.of(), flagged("Dans toutes les nations un peu de méfiance demeure."));
        assertEquals(List.of(), flagged("La banque mon amie me l'a dit ; l'union eu égard aux faits est restée."));
        assertEquals(List.of(), flagged("Le Conseil de sécurités nationales n'existe pas."));
    }

    @Test
    void theShippedListHasSeveralDozenNames() throws Exception {
        RuleLibrary library = RuleLibrary.load(List.of(RulesHome.locate().orElseThrow()));
        List<String> names = library.dataList(OfficialNameTruncatedDetector.LIST);
        assertTrue(names.size() >= 40, "names: " + names.size());
        assertTrue(names.contains("Nations unies"));
    }
}
