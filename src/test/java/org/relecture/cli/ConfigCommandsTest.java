package org.relecture.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relecture.testing.TestFiles;
import org.relecture.config.ConfigLoader;

/** {@code relecture.yaml} as the commands use it (relecture's own rules only, so no LanguageTool start-up). */
class ConfigCommandsTest {
    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return TestFiles.write(dir, name, text);
    }

    private static List<String> rules(JsonNode report) {
        List<String> rules = new ArrayList<>();
        report.get("documents").get(0).get("findings").forEach(f -> rules.add(f.get("rule").asText() + " "
                + f.get("severity").asText()));
        return rules;
    }

    @Test
    void severityOverridesShowInReportsAndInTheRuleList() throws IOException {
        Path config = file("relecture.yaml", "severity:\n  MISSING_SPACE_AFTER_PUNCTUATION: major\n  typography: neutral\n");
        Path doc = file("a.txt", "Le maire a parlé hier.Il a dit \"non\" au projet de la ville.\n");
        CliRun check = CliRun.run("check", "--format", "json", "--config", config.toString(),
                "--enable-only", "spacing,typography", doc.toString());
        assertEquals(0, check.exitCode(), check.err());
        assertEquals(List.of("MISSING_SPACE_AFTER_PUNCTUATION major", "QUOTES_NOT_FRENCH neutral"), rules(check.json()));

        CliRun list = CliRun.run("rules", "--format", "json", "--config", config.toString(),
                "--enable-only", "MISSING_SPACE_AFTER_PUNCTUATION,GUILLEMET_SPACING");
        assertEquals(0, list.exitCode(), list.err());
        List<String> severities = new ArrayList<>();
        list.json().get("rules").forEach(r -> severities.add(r.get("id").asText() + " " + r.get("severity").asText()));
        assertEquals(List.of("GUILLEMET_SPACING neutral", "MISSING_SPACE_AFTER_PUNCTUATION major"), severities);
    }

    @Test
    void theTypographyPolicyTurnsRulesOff() throws IOException {
        Path doc = file("a.txt", "Il a dit \"non\" au projet. Etats et régions ont voté.\n");
        CliRun standard = CliRun.run("check", "--format", "json", "--enable-only", "typography", doc.toString());
        assertEquals(List.of("QUOTES_NOT_FRENCH minor", "CAPITAL_WITHOUT_ACCENT minor"), rules(standard.json()));
        Path config = file("relecture.yaml", "typography:\n  quotes: any\n  accented-capitals: false\n");
        CliRun relaxed = CliRun.run("check", "--format", "json", "--config", config.toString(),
                "--enable-only", "typography", doc.toString());
        assertEquals(0, relaxed.exitCode(), relaxed.err());
        assertEquals(List.of(), rules(relaxed.json()));
    }

    @Test
    void anAllowlistedNameIsNotAVariant() throws IOException {
        Path doc = file("a.txt", "Jean-Marc Dupuis a signé. Jean Marc Dupuis et son associé, selon Jean-Marc Dupuis "
                + "lui-même, partent demain.\n");
        assertEquals(List.of("NAME_VARIANTS minor"),
                rules(CliRun.run("check", "--format", "json", "--enable-only", "NAME_VARIANTS", doc.toString()).json()));
        Path config = file("relecture.yaml", "names:\n  - Jean Marc Dupuis\n");
        CliRun run = CliRun.run("check", "--format", "json", "--config", config.toString(), "--enable-only",
                "NAME_VARIANTS", doc.toString());
        assertEquals(List.of(), rules(run.json()));
    }

    @Test
    void anUnknownRuleInTheFileIsExitTwoWithItsLine() throws IOException {
        Path config = file("relecture.yaml", "rules:\n  disable:\n    - NO_SUCH_RULE\n");
        CliRun run = CliRun.run("check", "--config", config.toString(), file("a.txt", "Bonjour.\n").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(config + ": line 3: rules.NO_SUCH_RULE: no rule or category is called NO_SUCH_RULE"),
                run.err());
        Path severity = file("other.yaml", "severity:\n  NOPE: major\n");
        CliRun list = CliRun.run("rules", "--config", severity.toString());
        assertEquals(2, list.exitCode());
        assertTrue(list.err().contains("line 2: severity.NOPE"), list.err());
    }

    @Test
    void aBadFileIsExitTwoBeforeAnythingIsChecked() throws IOException {
        Path config = file("relecture.yaml", "gate:\n  colour: red\n");
        CliRun run = CliRun.run("rank", "--config", config.toString(), file("a.txt", "Bonjour.\n").toString());
        assertEquals(2, run.exitCode());
        assertEquals("relecture: " + config + ": line 2: unknown key 'colour'\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void initWritesTheDefaultsAndNeverOverwrites() throws IOException {
        Path target = dir.resolve(ConfigLoader.FILE_NAME);
        CliRun first = CliRun.run("init", target.toString());
        assertEquals(0, first.exitCode(), first.err());
        assertEquals(ConfigLoader.template(), Files.readString(target, StandardCharsets.UTF_8));

        Files.writeString(target, "gate:\n  min-score: 80\n", StandardCharsets.UTF_8);
        CliRun second = CliRun.run("init", target.toString());
        assertEquals(2, second.exitCode());
        assertTrue(second.err().contains("already exists"), second.err());
        assertEquals("gate:\n  min-score: 80\n", Files.readString(target, StandardCharsets.UTF_8));
    }
}
