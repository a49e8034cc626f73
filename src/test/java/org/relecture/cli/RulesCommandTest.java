package org.relecture.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relecture.testing.TestFiles;

/** {@code relecture rules} shows each rule's true severities: one, or every grade of a rule that grades. */
class RulesCommandTest {
    @TempDir
    Path dir;

    private static List<String> severities(JsonNode rule) {
        List<String> all = new ArrayList<>();
        rule.get("severities").forEach(s -> all.add(s.asText()));
        return all;
    }

    private static JsonNode rule(CliRun run, String id) {
        for (JsonNode rule : run.json().get("rules")) {
            if (rule.get("id").asText().equals(id)) {
                return rule;
            }
        }
        throw new AssertionError(id + " not listed:\n" + run.out());
    }

    @Test
    void aRuleThatGradesItsFindingsListsEveryGrade() {
        CliRun json = CliRun.run("rules", "--format", "json", "--enable-only", "UNTRANSLATED_EN,GLUED_WORDS");
        assertEquals(0, json.exitCode(), json.err());
        JsonNode untranslated = rule(json, "UNTRANSLATED_EN");
        assertEquals("major", untranslated.get("severity").asText());
        assertEquals(List.of("minor", "major", "critical"), severities(untranslated));
        assertEquals(List.of("minor"), severities(rule(json, "GLUED_WORDS")));

        CliRun table = CliRun.run("rules", "--enable-only", "UNTRANSLATED_EN");
        assertTrue(table.out().lines().anyMatch(l -> l.startsWith("UNTRANSLATED_EN") && l.contains(" minor,major,critical ")),
                table.out());
    }

    @Test
    void aProjectSeverityReplacesTheGrades() throws IOException {
        Path config = TestFiles.write(dir, "relecture.yaml", "severity:\n  UNTRANSLATED_EN: critical\n");
        CliRun json = CliRun.run("rules", "--format", "json", "--config", config.toString(),
                "--enable-only", "UNTRANSLATED_EN");
        assertEquals(List.of("critical"), severities(rule(json, "UNTRANSLATED_EN")));
        assertEquals("critical", rule(json, "UNTRANSLATED_EN").get("severity").asText());
    }

    @Test
    void eachRuleSaysWhetherFixAppliesItsSuggestion() {
        CliRun json = CliRun.run("rules", "--format", "json");
        assertEquals(0, json.exitCode(), json.err());
        for (String safe : List.of("MISSING_SPACE_AFTER_PUNCTUATION", "GUILLEMET_SPACING", "QUOTES_NOT_FRENCH",
                "CAPITAL_WITHOUT_ACCENT", "GLUED_WORDS", "DEBRIS_BOILERPLATE_BLOCK", "EXONYMES")) {
            assertEquals("safe", rule(json, safe).get("fix").asText(), safe);
        }
        for (String review : List.of("FR_SPELLING_RULE", "UNTRANSLATED_EN", "CALQUES_ANGLAIS", "DEBRIS_URL",
                "NAME_VARIANTS")) {
            assertEquals("review", rule(json, review).get("fix").asText(), review);
        }
        List<String> safeLanguageTool = new ArrayList<>();
        for (JsonNode rule : json.json().get("rules")) {
            if (rule.get("source").asText().equals("languagetool") && rule.get("fix").asText().equals("safe")) {
                safeLanguageTool.add(rule.get("id").asText());
            }
        }
        assertEquals(List.of(), safeLanguageTool, "LanguageTool's own rules are never safe by default");

        CliRun table = CliRun.run("rules", "--enable-only", "GLUED_WORDS,CALQUES_ANGLAIS");
        assertTrue(table.out().lines().findFirst().orElseThrow().contains(" FIX "), table.out());
        assertTrue(table.out().lines().anyMatch(l -> l.startsWith("GLUED_WORDS") && l.contains(" safe ")), table.out());
        assertTrue(table.out().lines().anyMatch(l -> l.startsWith("CALQUES_ANGLAIS") && l.contains(" review ")), table.out());
    }
}
