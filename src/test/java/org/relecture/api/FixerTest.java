package org.relecture.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.relecture.findings.Finding;
import org.relecture.fix.FixOutcome;
import org.relecture.rules.Level;
import org.relecture.rules.RuleExample;
import org.relecture.rules.RuleInfo;
import org.relecture.text.Document;

/**
 * The facade's fix with every rule of the project: on every example of every rule and on every
 * seed article, a second fix finds nothing left, and what is left is what a fresh check of the
 * fixed text finds. Each safe rule's wrong examples are fixed into their stated correction.
 */
class FixerTest {
    /** At picky level, as RuleExamplesTest runs the examples, so that every rule runs. */
    private static Relecture relecture;
    private static Fixer fixer;

    @BeforeAll
    static void build() throws Exception {
        relecture = Relecture.builder().level(Level.PICKY).workers(1).build();
        fixer = relecture.fixer(List.of());
    }

    private static FixOutcome fix(Fixer with, String label, String text) {
        FixOutcome outcome = with.fix(relecture.document(label, text));
        assertTrue(outcome.ok(), () -> label + ": " + outcome.before().result().failure());
        return outcome;
    }

    /** A second fix on the fixed text finds nothing to do, and the findings left are a fresh check's. */
    private static void assertSettled(String label, FixOutcome outcome) {
        assertTrue(outcome.settled(), label + ": fixes left after " + outcome.passes() + " passes");
        String fixed = outcome.fixedText();
        FixOutcome again = fix(fixer, label, fixed);
        assertEquals(List.of(), again.applied().stream().map(e -> e.finding().rule() + " \"" + e.original() + "\"").toList(),
                label + ": a second fix still changes:\n" + fixed);
        assertEquals(fixed, again.fixedText());
        Document document = relecture.document(label, fixed);
        assertEquals(relecture.check(document).findings(), outcome.after().findings(),
                label + ": the findings left are not those of a fresh check of the fixed text");
    }

    @TestFactory
    Stream<DynamicTest> aSecondFixOfEveryRuleExampleFindsNothing() {
        return relecture.rules().stream().filter(r -> !r.examples().isEmpty())
                .map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
                    int n = 0;
                    for (RuleExample example : rule.examples()) {
                        String label = rule.id() + " example " + ++n;
                        assertSettled(label, fix(fixer, label, example.text()));
                    }
                }));
    }

    /** A safe rule, alone, turns each wrong example into its stated correction, or leaves it when the finding asks for review. */
    @TestFactory
    Stream<DynamicTest> aSafeRuleFixesItsWrongExamplesIntoTheirCorrection() {
        List<RuleInfo> safe = relecture.rules().stream().filter(RuleInfo::safeFix).toList();
        assertTrue(safe.size() >= 8, "safe rules: " + safe);
        return safe.stream().map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
            Relecture alone = Relecture.builder().level(Level.PICKY).enableOnly(Set.of(rule.id())).workers(1).build();
            Fixer only = alone.fixer(List.of());
            for (RuleExample example : rule.examples()) {
                if (example.isCorrect()) {
                    continue;
                }
                String text = example.text();
                FixOutcome outcome = only.fix(alone.document("example", text));
                Finding hit = outcome.before().findings().stream()
                        .filter(f -> f.rule().equals(rule.id()) && f.start() == example.start()).findFirst().orElseThrow();
                String expected = hit.needsReview() ? text
                        : text.substring(0, example.start()) + example.corrections().get(0) + text.substring(example.end());
                assertEquals(expected, outcome.fixedText(), rule.id() + ": " + text);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> aSecondFixOfEverySeedFindsNothing() throws Exception {
        List<Path> seeds;
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        return seeds.stream().map(seed -> DynamicTest.dynamicTest(seed.getFileName().toString(), () -> {
            String text = Files.readString(seed, StandardCharsets.UTF_8);
            assertSettled(seed.toString(), fix(fixer, seed.toString(), text));
        }));
    }

    @Test
    void findingsThatAskForReviewAreLeftForAHuman() {
        String text = "Le premier ministre deIrlande est arrivé hier.";
        FixOutcome outcome = fix(fixer, "t.txt", text);
        List<String> review = new ArrayList<>();
        outcome.before().findings().stream().filter(Finding::needsReview).forEach(f -> review.add(f.rule()));
        assertEquals(List.of("GLUED_WORDS"), review);
        assertEquals(text, outcome.fixedText());
        assertFalse(outcome.changed());
    }

    /** LanguageTool loads a rule file with relecture's {@code fix} attribute, and fix applies the rule. */
    @Test
    void aPatternRuleDeclaredSafeIsFixed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("maison.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rules lang="fr"><category id="CAT_MAISON" name="Maison" type="grammar">
                  <rule id="CHEVAL_PLURIEL" name="chevals" fix="safe">
                    <pattern><token>chevals</token></pattern>
                    <message>Le pluriel est <suggestion>chevaux</suggestion>.</message>
                    <example correction="chevaux">Trois <marker>chevals</marker> broutent.</example>
                    <example>Trois chevaux broutent.</example>
                  </rule>
                </category></rules>
                """);
        Relecture withRule = Relecture.builder().addRules(dir).enableOnly(Set.of("CHEVAL_PLURIEL")).workers(1).build();
        assertTrue(withRule.rules().stream().filter(r -> r.id().equals("CHEVAL_PLURIEL")).findFirst().orElseThrow().safeFix());
        FixOutcome outcome = withRule.fixer(List.of()).fix(withRule.document("t.txt", "Les chevals du pré."));
        assertEquals("Les chevaux du pré.", outcome.fixedText());
    }
}
