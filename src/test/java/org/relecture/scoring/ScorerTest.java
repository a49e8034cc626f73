package org.relecture.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.findings.Severity;

class ScorerTest {
    private static Finding finding(Category category, Severity severity) {
        return new Finding("R", category, severity, 0, 1, "m", List.of(), "test");
    }

    @Test
    void penaltyIsTheSumOfSeverityMultipliersPerWord() {
        List<Finding> findings = List.of(finding(Category.SPACING, Severity.MINOR),
                finding(Category.DEBRIS, Severity.MAJOR), finding(Category.UNTRANSLATED, Severity.CRITICAL),
                finding(Category.STYLE, Severity.NEUTRAL));
        DocumentScore score = Scorer.defaults().score(findings, 500);
        assertEquals(31, score.penalty(), 1e-9);
        assertEquals(62, score.penaltyPer1000(), 1e-9);
        assertEquals(100 * (1 - 31.0 / 500), score.score(), 1e-9);
    }

    @Test
    void categoryWeightsMultiplyThePenalty() {
        Scorer scorer = new Scorer(Map.of(Category.TYPOGRAPHY, 0.5, Category.DEBRIS, 2.0));
        List<Finding> findings = List.of(finding(Category.TYPOGRAPHY, Severity.MAJOR),
                finding(Category.DEBRIS, Severity.MINOR), finding(Category.GRAMMAR, Severity.MINOR));
        assertEquals(2.5 + 2 + 1, scorer.score(findings, 100).penalty(), 1e-9);
    }

    @Test
    void aFindingStandingForSeveralOccurrencesCostsEachOfThem() {
        Finding summary = new Finding("Q", Category.TYPOGRAPHY, Severity.MINOR, 0, 1, "m", List.of(), "test",
                Map.of(Finding.OCCURRENCES, "4"));
        assertEquals(4, Scorer.defaults().score(List.of(summary), 100).penalty(), 1e-9);
    }

    @Test
    void theScoreDependsOnDensityNotLength() {
        List<Finding> once = List.of(finding(Category.GRAMMAR, Severity.MAJOR), finding(Category.SPACING, Severity.MINOR));
        List<Finding> twice = new java.util.ArrayList<>(once);
        twice.addAll(once);
        assertEquals(Scorer.defaults().score(once, 300).score(), Scorer.defaults().score(twice, 600).score(), 1e-9);
    }

    @Test
    void theScoreIsFlooredAtZeroAndAnEmptyDocumentIsJudgedByItsFindings() {
        List<Finding> critical = List.of(finding(Category.UNTRANSLATED, Severity.CRITICAL));
        assertEquals(0, Scorer.defaults().score(critical, 20).score());
        assertEquals(100, Scorer.defaults().score(List.of(), 0).score());
        assertEquals(0, Scorer.defaults().score(critical, 0).score());
    }

    @Test
    void aNegativeOrMissingWeightIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Scorer(Map.of(Category.STYLE, -1.0)));
        assertThrows(IllegalArgumentException.class, () -> new Scorer(Map.of(Category.STYLE, Double.NaN)));
    }
}
