package org.relecture.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.relecture.check.Checker;
import org.relecture.findings.Finding;
import org.relecture.rules.files.RuleLibrary;
import org.relecture.rules.languagetool.LanguageToolDetector;
import org.relecture.testing.TestDocuments;
import org.relecture.text.Document;

/**
 * Runs every example of every rule that is not LanguageTool's own (those are tested by
 * LanguageTool), as strictly as LanguageTool's {@code PatternRuleTest}: a wrong example must give
 * exactly one finding of its rule, on exactly the marked span, whose suggestions are the stated
 * corrections (all of them, in order); a correct example must give none. Each rule runs alone, as
 * {@code --enable-only ID} would run it. Also checks the conventions every rule follows.
 */
class RuleExamplesTest {
    private static RuleLibrary library;
    private static List<RuleInfo> ownRules;

    @BeforeAll
    static void load() throws Exception {
        library = RuleLibrary.load(List.of(RulesHome.locate().orElseThrow()));
        ownRules = Checker.create(new CheckOptions(Level.PICKY), library).rules().stream()
                .filter(r -> !r.source().equals(LanguageToolDetector.SOURCE))
                .toList();
    }

    @TestFactory
    Stream<DynamicTest> everyExampleOfEveryRule() {
        return ownRules.stream().map(rule -> DynamicTest.dynamicTest(rule.id() + " (" + rule.source() + ")", () -> {
            Checker alone = Checker.create(new CheckOptions(Level.PICKY, new RuleSelection(Set.of(), Set.of(rule.id()))), library);
            for (RuleExample example : rule.examples()) {
                Document document = TestDocuments.read("example", example.text());
                List<Finding> findings = alone.check(document).stream().filter(f -> f.rule().equals(rule.id())).toList();
                if (example.isCorrect()) {
                    assertEquals(List.of(), findings, "correct example flagged: " + example.text());
                    continue;
                }
                // As LanguageTool's PatternRuleTest: one finding of the rule, on the marked span, with the
                // expected corrections, all of them and in order.
                String marked = example.text().substring(example.start(), example.end());
                assertEquals(1, findings.size(), "expected exactly one finding, on «" + marked + "», in: "
                        + example.text() + "; found " + spans(document, findings));
                Finding hit = findings.get(0);
                assertEquals(marked, document.slice(hit.start(), hit.end()), "the finding is not on the marked span in: "
                        + example.text());
                assertEquals(example.start(), hit.start(), "the finding starts elsewhere in: " + example.text());
                assertEquals(example.corrections(), hit.suggestions(), "the suggestions are not the expected "
                        + "corrections for: " + example.text());
                assertEquals(true, rule.severities().contains(hit.severity()), hit.severity() + " is not one of "
                        + rule.id() + "'s declared severities " + rule.severities());
            }
        }));
    }

    private static List<String> spans(Document document, List<Finding> findings) {
        return findings.stream().map(f -> "«" + document.slice(f.start(), f.end()) + "»").toList();
    }

    @Test
    void everyRuleHasAWrongAndACorrectExample() {
        List<String> missing = new ArrayList<>();
        for (RuleInfo rule : ownRules) {
            boolean wrong = rule.examples().stream().anyMatch(e -> !e.isCorrect());
            boolean correct = rule.examples().stream().anyMatch(RuleExample::isCorrect);
            if (!wrong || !correct) {
                missing.add(rule.id() + " (" + rule.source() + ")");
            }
        }
        assertEquals(List.of(), missing, "rules without a wrong and a correct example");
    }

    @Test
    void ruleIdsAreUniqueAndWellFormed() throws Exception {
        Map<String, String> seen = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (RuleInfo rule : Checker.create(new CheckOptions(Level.PICKY), library).rules()) {
            String previous = seen.put(rule.id(), rule.source());
            if (previous != null && !(previous.equals(LanguageToolDetector.SOURCE) && rule.source().equals(previous))) {
                problems.add(rule.id() + " in " + previous + " and " + rule.source());
            }
            if (!rule.source().equals(LanguageToolDetector.SOURCE) && !rule.id().matches("[A-Z][A-Z0-9_]*")) {
                problems.add(rule.id() + ": ids are upper case letters, digits and _");
            }
        }
        assertEquals(List.of(), problems);
        assertFalse(ownRules.isEmpty());
    }
}
