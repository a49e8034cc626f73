package org.relecture.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relecture.findings.Category;
import org.relecture.findings.Severity;
import org.relecture.text.LineColumn;
import org.relecture.text.LineIndex;
import org.relecture.text.TextDecoder;

/** Parses the real JSON output of {@code check seeds/} and holds it to DESIGN.md's contract. */
class JsonContractTest {
    private static CliRun run;
    private static JsonNode report;

    @BeforeAll
    static void checkSeeds() {
        run = CliRun.shared("check", "--format", "json", "seeds/");
        report = run.json();
    }

    @Test
    void exitsZeroWithFindingsAndNothingOnStderr() {
        assertEquals(0, run.exitCode());
        assertEquals("", run.err());
    }

    @Test
    void namesTheTool() {
        assertEquals("relecture", report.path("tool").path("name").asText());
        assertFalse(report.path("tool").path("version").asText().isBlank());
    }

    @Test
    void listsEverySeedInPathOrderWithItsWordCount() {
        List<String> paths = new ArrayList<>();
        for (JsonNode doc : report.path("documents")) {
            paths.add(doc.path("path").asText());
            assertTrue(doc.path("words").asInt() > 400, doc.toString());
        }
        assertEquals(List.of("seeds/000_f638f459ad889777.txt", "seeds/001_6d342fe71a67ec1b.txt",
                "seeds/002_fb6f9d7137e5b3b6.txt", "seeds/003_deaf7d7c7531e0ec.txt",
                "seeds/004_4a89886d9c041d69.txt"), paths);
    }

    @Test
    void everyFindingHasTheContractFieldsAndPointsAtItsText() throws Exception {
        Set<String> categories = Set.of(java.util.Arrays.stream(Category.values()).map(Category::id).toArray(String[]::new));
        Set<String> severities = Set.of(java.util.Arrays.stream(Severity.values()).map(Severity::id).toArray(String[]::new));
        int count = 0;
        for (JsonNode doc : report.path("documents")) {
            String text = TextDecoder.decode(Files.readAllBytes(Path.of(doc.path("path").asText())), "seed");
            LineIndex lines = new LineIndex(text);
            int previousStart = -1;
            for (JsonNode f : doc.path("findings")) {
                count++;
                for (String field : List.of("rule", "category", "severity", "start", "end", "line", "column",
                        "text", "message", "suggestions", "source")) {
                    assertTrue(f.has(field), field + " missing in " + f);
                }
                assertTrue(categories.contains(f.path("category").asText()), f.toString());
                assertTrue(severities.contains(f.path("severity").asText()), f.toString());
                assertTrue(f.path("suggestions").isArray());
                int start = f.path("start").asInt();
                int end = f.path("end").asInt();
                assertEquals(text.substring(start, end), f.path("text").asText());
                assertEquals(new LineColumn(f.path("line").asInt(), f.path("column").asInt()), lines.position(start));
                assertTrue(start >= previousStart, "findings out of order in " + doc.path("path"));
                previousStart = start;
            }
        }
        assertTrue(count > 20, "only " + count + " findings on the seeds");
    }

    @Test
    void everyDocumentCarriesItsMqmScoreComputedFromItsFindings() {
        for (JsonNode doc : report.path("documents")) {
            double penalty = 0;
            for (JsonNode f : doc.path("findings")) {
                int occurrences = f.path("attributes").path("occurrences").asInt(1);
                Severity severity = Severity.valueOf(f.path("severity").asText().toUpperCase(java.util.Locale.ROOT));
                // README, "Scoring": minor punctuation and typography weigh 0.1 by default.
                boolean light = severity == Severity.MINOR
                        && Set.of("punctuation", "typography").contains(f.path("category").asText());
                penalty += severity.multiplier() * (light ? 0.1 : 1) * occurrences;
            }
            int words = doc.path("words").asInt();
            assertEquals(Math.round(penalty * 10) / 10.0, doc.path("penalty").asDouble(), 1e-9, doc.path("path").asText());
            assertEquals(penalty * 1000 / words, doc.path("penaltyPer1000").asDouble(), 0.051, doc.path("path").asText());
            assertEquals(Math.max(0, 100 * (1 - penalty / words)), doc.path("score").asDouble(), 0.051, doc.path("path").asText());
        }
        JsonNode summary = report.path("summary");
        assertTrue(summary.path("minScore").asDouble() <= summary.path("medianScore").asDouble());
        assertTrue(summary.path("medianScore").asDouble() <= 100);
    }

    /** README, "Scoring": 100 − 20·NPT/15 up to twice the tolerance, then 60·exp(−(NPT − 30)/45). */
    @Test
    void everyDocumentAndTheCorpusCarryTheirCalibratedScoreBandAndVerdict() {
        Map<String, Integer> bands = new HashMap<>();
        int passing = 0;
        for (JsonNode doc : report.path("documents")) {
            double perThousand = doc.path("penaltyPer1000").asDouble();
            double expected = perThousand <= 30 ? 100 - 20 * perThousand / 15 : 60 * Math.exp(-(perThousand - 30) / 45);
            String path = doc.path("path").asText();
            assertEquals(expected, doc.path("calibratedScore").asDouble(), 0.15, path);
            String verdict = perThousand <= 15 ? "pass" : "fail";
            assertEquals(verdict, doc.path("verdict").asText(), path);
            passing += verdict.equals("pass") ? 1 : 0;
            assertTrue(Set.of("best", "high", "good", "below-target", "poor").contains(doc.path("band").asText()), path);
            bands.merge(doc.path("band").asText(), 1, Integer::sum);
        }
        JsonNode summary = report.path("summary");
        for (String field : List.of("penaltyPer1000", "calibratedScore", "band", "verdict", "tolerance", "passing")) {
            assertTrue(summary.has(field), field + " missing in " + summary);
        }
        assertEquals(15, summary.path("tolerance").asDouble());
        assertEquals(passing, summary.path("passing").asInt());
        assertTrue(bands.size() >= 3, "the seeds spread over the bands: " + bands);
    }

    @Test
    void endsWithNoErrorsAndASummary() {
        assertEquals(0, report.path("errors").size());
        assertEquals(5, report.path("summary").path("documents").asInt());
    }

    /**
     * The bytes relecture itself writes, not a string the harness decoded: {@link Main} in a JVM
     * whose platform encoding is Latin-1 (LANG=C), as a CI runner or a cron job may be, must still
     * write UTF-8 JSON.
     */
    @Test
    void stdoutIsUtf8JsonWhateverThePlatformEncoding(@TempDir Path dir) throws Exception {
        Path input = Files.writeString(dir.resolve("a.txt"), "La cooperation progresse à Québec.\n");
        Path out = dir.resolve("out.json");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Dfile.encoding=ISO-8859-1", "-Dsun.stdout.encoding=ISO-8859-1",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "check", "--format", "json", "--enable-only", "spelling", input.toString())
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("LANG", "C");
        builder.environment().put("LC_ALL", "C");
        Process process = builder.start();
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "relecture did not finish");
        assertEquals(0, process.exitValue());
        byte[] bytes = Files.readAllBytes(out);
        // Strict decoding: a Latin-1 byte such as 0xE9 for é is an error, not a replacement character.
        String json = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        JsonNode finding = new ObjectMapper().readTree(json).at("/documents/0/findings/0");
        assertEquals("cooperation", finding.path("text").asText());
        assertTrue(finding.path("suggestions").toString().contains("coopération"), finding.toString());
        assertTrue(json.contains("coopération"), "é written as the two UTF-8 bytes C3 A9");
    }
}
