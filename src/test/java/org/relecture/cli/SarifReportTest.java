package org.relecture.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relecture.reports.SarifSchema;

/** The SARIF of real runs, held to the official schema and to what code scanning needs. */
class SarifReportTest {
    private static CliRun seeds;
    private static JsonNode report;

    @BeforeAll
    static void checkSeeds() {
        seeds = CliRun.shared("check", "--format", "sarif", "seeds/");
        report = seeds.json();
    }

    @Test
    void theSeedsReportIsValidAgainstTheOfficialSchema() {
        assertEquals(0, seeds.exitCode(), seeds.err());
        assertEquals(List.of(), SarifSchema.violations(report));
    }

    @Test
    void everyResultNamesADeclaredRuleARelativeFileAndAFingerprint() {
        JsonNode run = report.path("runs").get(0);
        JsonNode rules = run.path("tool").path("driver").path("rules");
        Set<String> fingerprints = new HashSet<>();
        int results = 0;
        for (JsonNode result : run.path("results")) {
            results++;
            JsonNode rule = rules.get(result.path("ruleIndex").asInt());
            assertEquals(result.path("ruleId").asText(), rule.path("id").asText());
            String uri = result.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
            assertTrue(uri.startsWith("seeds/"), uri);
            assertTrue(fingerprints.add(result.path("partialFingerprints").path("relectureFinding/v1").asText()),
                    "fingerprints are unique in a run");
        }
        assertTrue(results > 20, results + " results");
        assertTrue(run.path("invocations").get(0).path("executionSuccessful").asBoolean());
    }

    @Test
    void anInputThatCouldNotBeCheckedIsAToolExecutionNotification(@TempDir Path dir) throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), "La cooperation entre les deux pays progresse.\n");
        String missing = dir.resolve("missing.txt").toString();
        CliRun run = CliRun.run("check", "--format", "sarif", missing, good.toString());
        assertEquals(ExitCode.USAGE_OR_INPUT, run.exitCode());
        JsonNode sarif = run.json();
        assertEquals(List.of(), SarifSchema.violations(sarif));
        JsonNode invocation = sarif.at("/runs/0/invocations/0");
        assertFalse(invocation.path("executionSuccessful").asBoolean());
        JsonNode notification = invocation.path("toolExecutionNotifications").get(0);
        assertEquals("error", notification.path("level").asText());
        assertTrue(notification.at("/message/text").asText().contains("no such file or directory"));
        assertTrue(notification.at("/locations/0/physicalLocation/artifactLocation/uri").asText().endsWith("missing.txt"));
        assertEquals(1, sarif.at("/runs/0/results").size());
    }
}
