package org.relecture.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.findings.Severity;

class FixPlanTest {
    private static Finding finding(String rule, int start, int end, String... suggestions) {
        return new Finding(rule, Category.SPACING, Severity.MINOR, start, end, "m", List.of(suggestions), "test");
    }

    @Test
    void editsAreAppliedFromTheEndSoEveryOffsetHolds() {
        String text = "a.b c.d e.f";
        List<Finding> findings = List.of(finding("R", 0, 3, "a. b"), finding("R", 4, 7, "c. d"), finding("R", 8, 11, "e. f"));
        FixPlan plan = FixPlan.of(text, findings, f -> true);
        assertEquals("a. b c. d e. f", plan.apply(text));
        assertEquals(List.of(), plan.conflicts());
    }

    @Test
    void anOverlappingFixIsSkippedAndReportedNeverMerged() {
        String text = "abcdef";
        Finding later = finding("LATER", 2, 5, "XYZ");
        Finding overlapping = finding("EARLIER", 0, 3, "UVW");
        FixPlan plan = FixPlan.of(text, List.of(overlapping, later), f -> true);
        assertEquals("abXYZf", plan.apply(text));
        assertEquals(List.of(overlapping), plan.conflicts());
    }

    @Test
    void touchingFixesAndAnInsertionAtAnEdgeAreNoConflict() {
        String text = "abcd";
        FixPlan plan = FixPlan.of(text, List.of(finding("A", 0, 2, "AB"), finding("B", 2, 4, "CD"), finding("I", 2, 2, "-")),
                f -> true);
        assertEquals("AB-CD", plan.apply(text));
        assertEquals(List.of(), plan.conflicts());
    }

    @Test
    void twoInsertionsAtOnePlaceOrOneInsideAnotherSpanConflict() {
        String text = "abcd";
        FixPlan plan = FixPlan.of(text, List.of(finding("A", 1, 1, "x"), finding("B", 1, 1, "y"), finding("C", 2, 4, "CD"),
                finding("D", 3, 3, "z")), f -> true);
        assertEquals(2, plan.conflicts().size(), plan.conflicts().toString());
        assertEquals(2, plan.edits().size());
    }

    @Test
    void theSameChangeFromTwoRulesIsMadeOnce() {
        String text = "Etats";
        FixPlan plan = FixPlan.of(text, List.of(finding("A", 0, 5, "États"), finding("B", 0, 5, "États")), f -> true);
        assertEquals("États", plan.apply(text));
        assertEquals(List.of(), plan.conflicts());
    }

    @Test
    void findingsNotFixableOrWithoutSuggestionAreLeftAlone() {
        String text = "ab cd";
        FixPlan plan = FixPlan.of(text, List.of(finding("SAFE", 0, 2, "AB"), finding("UNSAFE", 3, 5, "CD"),
                finding("SAFE", 3, 5)), f -> f.rule().equals("SAFE"));
        assertEquals("AB cd", plan.apply(text));
        assertEquals("ab", plan.edits().get(0).original());
    }

    @Test
    void anEmptySuggestionDeletes() {
        String text = "Texte.\nPartager sur X\nSuite.";
        FixPlan plan = FixPlan.of(text, List.of(finding("D", 7, 21, "")), f -> true);
        assertEquals("Texte.\n\nSuite.", plan.apply(text));
    }
}
