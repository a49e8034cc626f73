package org.relecture.rules.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.relecture.findings.Finding;
import org.relecture.rules.RulesHome;
import org.relecture.testing.TestDocuments;
import org.relecture.text.Document;

/**
 * Every substitution of every YAML rule has an example: a sentence made from its own left side
 * ({@link RegexSample}) gives exactly one finding of its rule there, on that text, suggesting the
 * substitution's right side (groups filled in, the initial capital kept). The rule's written
 * examples document it; this proves every swap of it, every name of {@code EXONYMES} included.
 */
class SubstitutionExamplesTest {
    private static final String BEFORE = "Selon nos informations, ";
    private static final String AFTER = " hier soir.";
    private static List<SubstitutionDetector> rules;

    @BeforeAll
    static void load() throws Exception {
        rules = RuleLibrary.load(List.of(RulesHome.locate().orElseThrow())).yamlRules().stream()
                .filter(SubstitutionDetector.class::isInstance).map(SubstitutionDetector.class::cast).toList();
    }

    @TestFactory
    Stream<DynamicTest> everySwapFiresOnItsOwnLeftSide() {
        assertFalse(rules.isEmpty());
        List<DynamicTest> tests = new ArrayList<>();
        for (SubstitutionDetector rule : rules) {
            for (Map.Entry<String, String> swap : rule.swap().entrySet()) {
                tests.add(DynamicTest.dynamicTest(rule.info().id() + " " + swap.getKey(), () -> fires(rule, swap)));
            }
        }
        return tests.stream();
    }

    private static void fires(SubstitutionDetector rule, Map.Entry<String, String> swap) {
        RegexSample sample = RegexSample.of(swap.getKey());
        String text = BEFORE + sample.match() + sample.after() + AFTER;
        int start = BEFORE.length();
        int end = start + sample.match().length();
        // The sample must be what the swap matches, or it proves nothing: then the swap needs a written example.
        Matcher m = YamlRuleDetector.word(swap.getKey(), YamlRuleDetector.flags(false)).matcher(text);
        assertEquals(true, m.find(start) && m.start() == start && m.end() == end,
                "cannot sample «" + swap.getKey() + "» (made «" + sample.match() + "»): give the rule an example of it");
        Document document = TestDocuments.read("swap.txt", text);
        // The text that must follow (a surname after a first name) may be another swap's, reported apart.
        List<Finding> findings = rule.check(document).stream().filter(f -> f.start() < end && start < f.end()).toList();
        assertEquals(List.of(sample.match()), findings.stream().map(f -> document.slice(f.start(), f.end())).toList(),
                "in: " + text);
        assertEquals(start, findings.get(0).start());
        List<String> expected = swap.getValue() == null ? List.of()
                : List.of(YamlRuleDetector.sameInitialCase(m.group(), replacement(m, swap.getValue())));
        assertEquals(expected, findings.get(0).suggestions(), "in: " + text);
    }

    /** The right side with this match's groups, as {@link Matcher#appendReplacement} fills them in. */
    private static String replacement(Matcher m, String right) {
        StringBuilder out = new StringBuilder();
        m.appendReplacement(out, right);
        return out.substring(m.start());
    }
}
