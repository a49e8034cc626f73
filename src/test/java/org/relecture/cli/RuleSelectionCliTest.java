package org.relecture.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code relecture rules}, {@code --rules DIR}, {@code --disable} and {@code --enable-only}. */
class RuleSelectionCliTest {
    private static final String TEXT = "La cooperation progresse. Il faut sauver du temps.\n";

    @TempDir
    Path dir;

    private List<String> rulesFound(CliRun run) {
        List<String> rules = new ArrayList<>();
        for (JsonNode f : run.json().path("documents").get(0).path("findings")) {
            rules.add(f.path("rule").asText());
        }
        return rules;
    }

    @Test
    void rulesListsLanguageToolBuiltInAndRuleFileRulesWithTheirMetadata() {
        CliRun run = CliRun.run("rules", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode rules = run.json().path("rules");
        JsonNode calques = null;
        boolean languageTool = false;
        for (JsonNode r : rules) {
            languageTool |= r.path("source").asText().equals("languagetool");
            if (r.path("id").asText().equals("CALQUES_ANGLAIS")) {
                calques = r;
            }
        }
        assertTrue(languageTool);
        assertEquals("style", calques.path("category").asText());
        assertEquals("minor", calques.path("severity").asText());
        assertEquals("rules/CALQUES_ANGLAIS.yaml", calques.path("source").asText());
        assertTrue(calques.path("examples").asInt() >= 2);
    }

    @Test
    void rulesAsATableHasAHeaderAndACount() {
        CliRun run = CliRun.run("rules", "--enable-only", "style");
        String[] lines = run.out().split("\n");
        assertTrue(lines[0].matches("ID +CATEGORY +SEVERITY +LEVEL +FIX +SOURCE +DESCRIPTION"), lines[0]);
        assertTrue(lines[lines.length - 1].matches("\\d+ rules"), lines[lines.length - 1]);
        assertTrue(run.out().contains("CALQUES_ANGLAIS"));
    }

    @Test
    void enableOnlyAndDisableSelectByIdOrCategory() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), TEXT);
        assertEquals(List.of("FR_SPELLING_RULE", "CALQUES_ANGLAIS"), rulesFound(CliRun.run("check", "--format", "json", file.toString())));
        assertEquals(List.of("CALQUES_ANGLAIS"), rulesFound(CliRun.run("check", "--format", "json", "--enable-only", "style", file.toString())));
        assertEquals(List.of("FR_SPELLING_RULE"), rulesFound(CliRun.run("check", "--format", "json", "--disable", "calques_anglais", file.toString())));
        assertEquals(List.of(), rulesFound(CliRun.run("check", "--format", "json", "--disable", "spelling,style", file.toString())));
    }

    @Test
    void anUnknownRuleOrCategoryIsAUsageError() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), TEXT);
        CliRun run = CliRun.run("check", "--disable", "NO_SUCH_RULE", file.toString());
        assertEquals(ExitCode.USAGE_OR_INPUT, run.exitCode());
        assertTrue(run.err().contains("NO_SUCH_RULE"), run.err());
    }

    @Test
    void aFolderGivenWithRulesAddsItsRules() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("house"));
        Files.writeString(rules.resolve("MAISON_COURRIEL.yaml"), """
                kind: substitution
                category: style
                severity: minor
                description: Courriel plutôt que e-mail
                message: "Maison : « {suggestion} »."
                swap:
                  "e-mails?": courriel
                examples:
                  - wrong: "Envoyez un <marker>e-mail</marker>."
                    correction: courriel
                  - correct: "Envoyez un courriel."
                """);
        Path file = Files.writeString(dir.resolve("a.txt"), "Envoyez-moi un e-mail demain.\n");
        CliRun run = CliRun.run("check", "--format", "json", "--rules", rules.toString(), file.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode finding = run.json().path("documents").get(0).path("findings").get(0);
        assertEquals("MAISON_COURRIEL", finding.path("rule").asText());
        assertEquals("courriel", finding.path("suggestions").get(0).asText());
        assertEquals("house/MAISON_COURRIEL.yaml", finding.path("source").asText());
    }

    @Test
    void aBrokenRuleFileIsNamedWithItsLineAndNothingIsChecked() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(rules.resolve("MAUVAISE.yaml"), """
                kind: existence
                category: style
                severity: minor
                description: test
                message: test
                tokens: [abc]
                colour: red
                examples: []
                """);
        Path file = Files.writeString(dir.resolve("a.txt"), TEXT);
        CliRun run = CliRun.run("check", "--rules", rules.toString(), file.toString());
        assertEquals(ExitCode.USAGE_OR_INPUT, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains("MAUVAISE.yaml: line 7: unknown key 'colour'"), run.err());
    }
}
