package org.relecture.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.findings.Severity;

/**
 * The plan of one pass over random texts and random findings (overlapping, nested, empty spans,
 * deletions, insertions, several suggestions or none): only the spans of fixable findings change,
 * each into its finding's first suggestion; the text between them is kept character for character;
 * every fixable finding is either applied or reported as a conflict, and a conflict really
 * overlaps an applied edit.
 */
class FixPlanProperties {
    /** A text and findings on it; a finding whose rule is {@code SAFE} is fixable. */
    record Case(String text, List<Finding> findings) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> texts = Arbitraries.strings().withChars("ab .«»\"\n\r\u00a0É").ofMinLength(0).ofMaxLength(40);
        return texts.flatMap(text -> {
            Arbitrary<Finding> finding = Combinators.combine(
                    Arbitraries.integers().between(0, text.length()),
                    Arbitraries.integers().between(0, 6),
                    Arbitraries.of("SAFE", "UNSAFE"),
                    Arbitraries.strings().withChars("xy «»\u00a0").ofMaxLength(4).list().ofMaxSize(2))
                    .as((start, length, rule, suggestions) -> new Finding(rule, Category.TYPOGRAPHY, Severity.MINOR,
                            start, Math.min(text.length(), start + length), "m", suggestions, "test"));
            return finding.list().ofMaxSize(8).map(findings -> new Case(text, findings));
        });
    }

    private static boolean fixable(Finding f) {
        return f.rule().equals("SAFE");
    }

    @Property(tries = 300)
    void onlyTheSpansOfFixableFindingsChange(@ForAll("cases") Case c) {
        FixPlan plan = FixPlan.of(c.text(), c.findings(), FixPlanProperties::fixable);
        // Rebuilt from the start, independently of apply()'s work from the end.
        StringBuilder expected = new StringBuilder();
        int at = 0;
        for (Edit edit : plan.edits()) {
            assertTrue(edit.start() >= at, "edits overlap: " + plan.edits());
            assertTrue(c.findings().stream().anyMatch(f -> fixable(f) && !f.suggestions().isEmpty() && f.start() == edit.start() && f.end() == edit.end()
                    && f.suggestions().get(0).equals(edit.replacement())), "an edit that is no fixable finding: " + edit);
            expected.append(c.text(), at, edit.start()).append(edit.replacement());
            at = edit.end();
        }
        expected.append(c.text().substring(at));
        assertEquals(expected.toString(), plan.apply(c.text()));
    }

    @Property(tries = 300)
    void everyFixableFindingIsAppliedOrAConflict(@ForAll("cases") Case c) {
        FixPlan plan = FixPlan.of(c.text(), c.findings(), FixPlanProperties::fixable);
        List<Finding> handled = new ArrayList<>(plan.conflicts());
        plan.edits().forEach(e -> handled.add(e.finding()));
        for (Finding f : c.findings()) {
            if (!fixable(f) || f.suggestions().isEmpty()) {
                assertTrue(handled.stream().noneMatch(h -> h == f), "not fixable yet handled: " + f);
                continue;
            }
            Edit own = Edit.of(c.text(), f);
            boolean applied = handled.stream().anyMatch(h -> h == f) || plan.edits().stream().anyMatch(own::sameChangeAs);
            assertTrue(applied, "a fixable finding neither applied nor reported: " + f);
        }
        for (Finding conflict : plan.conflicts()) {
            Edit edit = Edit.of(c.text(), conflict);
            assertTrue(plan.edits().stream().anyMatch(edit::clashesWith), "a conflict that overlaps nothing: " + conflict);
        }
    }

    @Property(tries = 300)
    void aTextWithoutFixableFindingsIsUnchanged(@ForAll("cases") Case c) {
        List<Finding> unsafe = c.findings().stream().filter(f -> !fixable(f)).toList();
        FixPlan plan = FixPlan.of(c.text(), unsafe, FixPlanProperties::fixable);
        assertTrue(plan.isEmpty());
        assertEquals(c.text(), plan.apply(c.text()));
        assertEquals("", UnifiedDiff.of("t", c.text(), plan.apply(c.text())));
    }
}
