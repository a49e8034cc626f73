package org.relecture.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 3's acceptance, measured as the issue says: {@code relecture check --format json seeds/}
 * against {@code seeds/gold.jsonl}. A gold entry is found when a finding overlaps it with the same
 * or a close category; a finding that overlaps no gold entry is unmatched. The figures are also
 * written to {@code target/seeds-acceptance.txt}, with every miss and every unmatched finding.
 */
class SeedsAcceptanceTest {
    private static final List<Set<String>> CLOSE = List.of(
            Set.of("grammar", "spelling"),
            Set.of("spacing", "punctuation", "typography"),
            Set.of("debris", "untranslated", "consistency"));

    private record Gold(String file, int start, int end, String category, String tier, String text) {
    }

    private record Found(String file, int start, int end, String category, String rule, String text) {
    }

    private static final List<Gold> GOLD = new ArrayList<>();
    private static final List<Found> FINDINGS = new ArrayList<>();
    private static final Map<String, int[]> TIERS = new HashMap<>();
    private static final List<String> REPORT = new ArrayList<>();
    private static int unmatched;

    @BeforeAll
    static void measure() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(Path.of("seeds/gold.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode g = json.readTree(line);
                GOLD.add(new Gold(g.get("file").asText(), g.get("start").asInt(), g.get("end").asInt(),
                        g.get("category").asText(), g.get("tier").asText(), g.get("text").asText()));
            }
        }
        CliRun run = CliRun.run("check", "--format", "json", "seeds/");
        assertEquals(0, run.exitCode(), run.err());
        for (JsonNode doc : run.json().get("documents")) {
            String file = Path.of(doc.get("path").asText()).getFileName().toString();
            for (JsonNode f : doc.get("findings")) {
                FINDINGS.add(new Found(file, f.get("start").asInt(), f.get("end").asInt(),
                        f.get("category").asText(), f.get("rule").asText(), f.get("text").asText()));
            }
        }
        for (Gold g : GOLD) {
            boolean found = FINDINGS.stream().anyMatch(f -> overlaps(f, g) && close(f.category(), g.category()));
            int[] tier = TIERS.computeIfAbsent(g.tier(), t -> new int[2]);
            tier[1]++;
            if (found) {
                tier[0]++;
            } else {
                REPORT.add("missed " + g.tier() + " " + g.file() + " " + g.start() + " " + g.category() + " «" + g.text() + "»");
            }
        }
        for (Found f : FINDINGS) {
            if (GOLD.stream().noneMatch(g -> overlaps(f, g))) {
                unmatched++;
                REPORT.add("unmatched " + f.file() + " " + f.start() + " " + f.rule() + " " + f.category() + " «" + f.text() + "»");
            }
        }
        REPORT.add(0, String.format("must %d/%d (%.1f%%), stretch %d/%d (%.1f%%), unmatched findings %d, findings %d",
                TIERS.get("must")[0], TIERS.get("must")[1], percent("must"),
                TIERS.get("stretch")[0], TIERS.get("stretch")[1], percent("stretch"), unmatched, FINDINGS.size()));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/seeds-acceptance.txt"), REPORT, StandardCharsets.UTF_8);
    }

    private static boolean overlaps(Found f, Gold g) {
        return f.file().equals(g.file()) && f.start() < g.end() && g.start() < f.end();
    }

    private static boolean close(String a, String b) {
        return a.equals(b) || CLOSE.stream().anyMatch(group -> group.contains(a) && group.contains(b));
    }

    private static double percent(String tier) {
        int[] t = TIERS.get(tier);
        return 100.0 * t[0] / t[1];
    }

    @Test
    void atLeast95PercentOfMustEntriesAreFound() {
        assertTrue(percent("must") >= 95.0, String.join("\n", REPORT));
    }

    @Test
    void atLeastHalfOfStretchEntriesAreFound() {
        assertTrue(percent("stretch") >= 50.0, String.join("\n", REPORT));
    }

    @Test
    void atMostTenFindingsOverlapNoGoldEntry() {
        assertTrue(unmatched <= 10, String.join("\n", REPORT));
    }

    @Test
    void theGoldFileIsTheOneTheIssueDescribes() {
        // Guards the measurement itself: a truncated or replaced gold file would make the figures meaningless.
        assertEquals(83, GOLD.size());
        assertEquals(54, TIERS.get("must")[1]);
    }
}
