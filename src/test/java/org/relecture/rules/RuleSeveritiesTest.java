package org.relecture.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.relecture.api.Relecture;
import org.relecture.check.Checker;
import org.relecture.findings.Finding;
import org.relecture.findings.Severity;
import org.relecture.rules.files.RuleLibrary;
import org.relecture.scoring.ScoredDocument;

/**
 * A rule's listed severities are the true ones: every finding of relecture's own rules, on every
 * example of every rule and on the seed articles, has one of its rule's severities; and a rule
 * that grades its findings says so (the untranslated rules: minor, major or critical by length).
 */
class RuleSeveritiesTest {
    @Test
    void everyFindingHasOneOfItsRulesSeverities() throws Exception {
        // A selection of relecture's own rules leaves LanguageTool out; its checker still lists them all.
        RuleLibrary library = RuleLibrary.load(List.of(RulesHome.locate().orElseThrow()));
        List<String> own = Checker.create(new CheckOptions(Level.PICKY, new RuleSelection(Set.of(), Set.of("GLUED_WORDS"))),
                library).rules().stream().map(RuleInfo::id).toList();
        Relecture relecture = Relecture.builder().level(Level.PICKY).enableOnly(own).build();
        Map<String, RuleInfo> rules = relecture.rules().stream()
                .collect(Collectors.toMap(RuleInfo::id, Function.identity(), (a, b) -> a));
        List<String> texts = new ArrayList<>();
        rules.values().forEach(r -> r.examples().forEach(e -> texts.add(e.text())));
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(seed));
            }
        }
        List<String> wrong = new ArrayList<>();
        Set<Severity> untranslated = EnumSet.noneOf(Severity.class);
        for (String text : texts) {
            ScoredDocument scored = relecture.check(relecture.document("t.txt", text));
            for (Finding f : scored.findings()) {
                if (!rules.get(f.rule()).severities().contains(f.severity())) {
                    wrong.add(f.rule() + " " + f.severity().id() + " not in " + rules.get(f.rule()).severities());
                }
                if (f.rule().startsWith("UNTRANSLATED_")) {
                    untranslated.add(f.severity());
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(EnumSet.of(Severity.MINOR, Severity.MAJOR, Severity.CRITICAL), untranslated,
                "the texts show every grade the untranslated rules list");
        assertEquals(Set.of(Severity.MINOR, Severity.MAJOR, Severity.CRITICAL), rules.get("UNTRANSLATED_IT").severities());
    }

    @Test
    void aProjectSeverityFixesEveryGrade() {
        RuleInfo graded = RuleInfo.builtin("GRADED", org.relecture.findings.Category.STYLE, Severity.MAJOR, "d")
                .grading(Severity.MINOR, Severity.MAJOR, Severity.CRITICAL);
        RuleInfo fixed = new SeverityOverrides(Map.of("graded", Severity.MAJOR), Map.of()).apply(graded);
        assertEquals(Set.of(Severity.MAJOR), fixed.severities());
        assertEquals(graded, SeverityOverrides.NONE.apply(graded));
    }
}
