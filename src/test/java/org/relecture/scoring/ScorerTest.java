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
        Scorer scorer = new Scorer(Map.of(Category.TYPOGRAPHY, 0.5, Category.DEBRIS, 2.0), Map.of(), Calibration.DEFAULT);
        List<Finding> findings = List.of(finding(Category.TYPOGRAPHY, Severity.MAJOR),
                finding(Category.DEBRIS, Severity.MINOR), finding(Category.GRAMMAR, Severity.MINOR));
        assertEquals(2.5 + 2 + 1, scorer.score(findings, 100).penalty(), 1e-9);
    }

    @Test
    void aFindingStandingForSeveralOccurrencesCostsEachOfThem() {
        Finding summary = new Finding("Q", Category.SPACING, Severity.MINOR, 0, 1, "m", List.of(), "test",
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
    void minorPunctuationAndTypographyWeighATenthByDefaultAsInWmt() {
        Scorer scorer = Scorer.defaults();
        assertEquals(0.1, scorer.penalty(finding(Category.PUNCTUATION, Severity.MINOR)), 1e-9);
        assertEquals(0.1, scorer.penalty(finding(Category.TYPOGRAPHY, Severity.MINOR)), 1e-9);
        assertEquals(1, scorer.penalty(finding(Category.GRAMMAR, Severity.MINOR)), 1e-9);
        assertEquals(1, scorer.penalty(finding(Category.SPACING, Severity.MINOR)), 1e-9);
        // Only minor findings: an unclosed quotation (major punctuation) costs its full 5.
        assertEquals(5, scorer.penalty(finding(Category.PUNCTUATION, Severity.MAJOR)), 1e-9);
    }

    @Test
    void minorWeightsAreConfigurablePerCategoryAndCombineWithTheCategoryWeight() {
        Scorer scorer = new Scorer(Map.of(Category.TYPOGRAPHY, 2.0), Map.of(Category.TYPOGRAPHY, 0.5, Category.STYLE, 0.25),
                Calibration.DEFAULT);
        assertEquals(1, scorer.penalty(finding(Category.TYPOGRAPHY, Severity.MINOR)), 1e-9);
        assertEquals(10, scorer.penalty(finding(Category.TYPOGRAPHY, Severity.MAJOR)), 1e-9);
        assertEquals(0.25, scorer.penalty(finding(Category.STYLE, Severity.MINOR)), 1e-9);
        assertEquals(1, scorer.penalty(finding(Category.PUNCTUATION, Severity.MINOR)), 1e-9, "not named: 1.0");
    }

    @Test
    void everyScoreCarriesItsCalibratedJudgement() {
        // 8 minor grammar errors in 400 words: 20 points per 1,000 words, over the tolerance of 15.
        List<Finding> findings = java.util.Collections.nCopies(8, finding(Category.GRAMMAR, Severity.MINOR));
        DocumentScore score = Scorer.defaults().score(findings, 400);
        assertEquals(98, score.score(), 1e-9);
        assertEquals(100 - 20 * 20 / 15.0, score.calibratedScore(), 1e-9);
        assertEquals(Band.BELOW_TARGET, score.band());
        assertEquals(Verdict.FAIL, score.verdict());
    }

    @Test
    void aNegativeOrMissingWeightIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Scorer(Map.of(Category.STYLE, -1.0), Map.of(),
                Calibration.DEFAULT));
        assertThrows(IllegalArgumentException.class, () -> new Scorer(Map.of(Category.STYLE, Double.NaN), Map.of(),
                Calibration.DEFAULT));
        assertThrows(IllegalArgumentException.class, () -> new Scorer(Map.of(), Map.of(Category.STYLE, -0.1),
                Calibration.DEFAULT));
    }
}
