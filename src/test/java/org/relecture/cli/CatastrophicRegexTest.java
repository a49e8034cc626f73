package org.relecture.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.relecture.rules.files.YamlRuleDetector;
import org.relecture.testing.TestFiles;

/**
 * A YAML rule whose expression backtracks without end ({@code (.*a){15}z} on a line of a's) does not
 * hold the run: past its time budget on a document it gives one finding that says so, and the other
 * rules and documents are checked; {@code rules --check} names such expressions with file and line.
 */
class CatastrophicRegexTest {
    private static final String CATASTROPHIC = "(.*a){15}z";

    @TempDir
    Path dir;
    private Path rules;

    @BeforeEach
    void write() throws Exception {
        rules = Files.createDirectories(dir.resolve("rules"));
        TestFiles.write(rules, "LENTE.yaml", rule("Expression lente", CATASTROPHIC));
        TestFiles.write(rules, "ZORGLUB.yaml", rule("Mot inventé", "zorglub"));
    }

    private static String rule(String description, String token) {
        return """
                kind: existence
                category: style
                severity: minor
                description: %s
                message: "« {match} » : à revoir."
                tokens:
                  - "%s"
                examples:
                  - correct: "Le chat est là."
                """.formatted(description, token);
    }

    @Test
    @Timeout(120) // without the budget the run would never end; the budget is 5 s a document
    void theRuleFailsOnItsDocumentAndEverythingElseIsChecked() throws Exception {
        Path hostile = TestFiles.write(dir, "a.txt", "Le zorglub. " + "a".repeat(60) + "\n");
        Path plain = TestFiles.write(dir, "b.txt", "Un autre zorglub.\n");
        CliRun run = CliRun.run("check", "--no-default-rules", "--rules", rules.toString(),
                "--enable-only", "LENTE,ZORGLUB", "--format", "json", hostile.toString(), plain.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> first = rulesOf(run.json().at("/documents/0/findings"));
        assertTrue(first.contains("ZORGLUB") && first.contains("LENTE"), first.toString());
        JsonNode failure = findingOf(run.json().at("/documents/0/findings"), "LENTE");
        assertEquals("neutral", failure.get("severity").asText());
        assertTrue(failure.get("message").asText().contains("a dépassé son temps ("
                + YamlRuleDetector.TIME_BUDGET_SECONDS + " s)"), failure.toString());
        assertEquals(List.of("ZORGLUB"), rulesOf(run.json().at("/documents/1/findings")));
    }

    @Test
    void rulesCheckNamesTheRiskyExpressionWithItsFileAndLine() {
        CliRun run = CliRun.run("rules", "--check", "--no-default-rules", "--rules", rules.toString());
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertEquals(rules.resolve("LENTE.yaml") + ":7: LENTE: '" + CATASTROPHIC + "' may take exponential time: "
                + "a repeated group holds a quantifier (as in (x+)+ or (.*a){15})\n"
                + "1 regular expression may take exponential time\n", run.out());
    }

    @Test
    void rulesCheckWarnsOfNestedQuantifiersAndOverlappingAlternativesOnly() throws Exception {
        List<String> risky = List.of("(x+)+y", "(\\w+\\s?)*$", "(a|ab)*c", "(?:.*,){3}z", "([a-z]+)*=");
        List<String> sound = List.of("zorglub", "(a|b)+", "(?:de|du) (\\w+)", "(x+)?y", "(?>x+)+y", "(x++)+y",
                "[(+*]+", "\\(a+\\)+", "dans les derniers (mois|jours|temps)");
        Path folder = Files.createDirectories(dir.resolve("many"));
        List<String> all = new ArrayList<>(risky);
        all.addAll(sound);
        for (int i = 0; i < all.size(); i++) {
            TestFiles.write(folder, "R" + i + ".yaml", rule("Règle " + i, all.get(i).replace("\\", "\\\\")));
        }
        CliRun run = CliRun.run("rules", "--check", "--no-default-rules", "--rules", folder.toString());
        for (int i = 0; i < all.size(); i++) {
            assertEquals(i < risky.size(), run.out().contains(": R" + i + ": '"), all.get(i) + "\n" + run.out());
        }
        CliRun shipped = CliRun.run("rules", "--check");
        assertEquals(0, shipped.exitCode(), "relecture's own rules: " + shipped.out());
    }

    private static List<String> rulesOf(JsonNode findings) {
        List<String> ids = new ArrayList<>();
        findings.forEach(f -> ids.add(f.get("rule").asText()));
        return ids;
    }

    private static JsonNode findingOf(JsonNode findings, String rule) {
        for (JsonNode f : findings) {
            if (f.get("rule").asText().equals(rule)) {
                return f;
            }
        }
        throw new AssertionError(rule + " not in " + findings);
    }
}
