package org.relecture.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
 * LanguageTool): a wrong example must give a finding of its rule on exactly the marked span,
 * suggesting the stated correction; a correct example must give none. Each rule runs alone, as
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
                Finding hit = findings.stream()
                        .filter(f -> f.start() == example.start() && f.end() == example.end())
                        .findFirst()
                        .orElseGet(() -> fail("no finding on «" + example.text().substring(example.start(), example.end())
                                + "» in: " + example.text() + "; found " + spans(document, findings)));
                if (example.corrections().isEmpty()) {
                    assertTrue(hit.suggestions().isEmpty(), "the example must state the expected correction: "
                            + example.text() + " -> " + hit.suggestions());
                } else {
                    assertTrue(hit.suggestions().contains(example.corrections().get(0)),
                            "expected the correction «" + example.corrections().get(0) + "» in " + hit.suggestions()
                                    + " for: " + example.text());
                }
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
