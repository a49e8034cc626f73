package org.relecture.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relecture.api.Relecture;
import org.relecture.findings.Finding;
import org.relecture.scoring.Gate;
import org.relecture.scoring.ScoredDocument;

/**
 * The job on an embedded Spark ({@code local[2]}): the same findings and scores as the library's
 * own check of the same documents, error rows instead of failed jobs, reruns that replace the output.
 */
class SparkJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SparkSession spark;
    private static JobSetting setting;
    private static Relecture here;

    @BeforeAll
    static void start() throws Exception {
        setting = DefaultSetting.setting();
        here = DefaultSetting.here();
        spark = SparkSession.builder().master("local[2]").appName("relecture-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void filesGiveTheFindingsAndScoresOfTheLibrary(@TempDir Path out) throws IOException {
        JobResult result = run(List.of("seeds"), JobSpec.InputFormat.TEXT, out, Gate.NONE);

        Map<String, String> texts = new TreeMap<>();
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path p : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
                texts.put(p.toAbsolutePath().toString(), Files.readString(p));
            }
        }
        assertEquals(texts.size(), result.summary().documents());
        assertEquals(expected(texts), actual(out));
    }

    @Test
    void jsonLinesRowsGiveTheFindingsOfTheLibraryAndBadRowsBecomeErrors(@TempDir Path out) throws IOException {
        Map<String, String> texts = new TreeMap<>();
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("eval/clean/clean.jsonl")).subList(0, 12)) {
            JsonNode row = JSON.readTree(line);
            texts.put(row.get("id").asText(), row.get("text").asText());
            lines.add(JSON.writeValueAsString(Map.of("doc", row.get("id").asText(), "body", row.get("text").asText())));
        }
        lines.add("{\"doc\": \"no-text\", \"body\": null}");
        Path corpus = Files.writeString(out.resolve("corpus.jsonl"), String.join("\n", lines) + "\n");

        JobSpec spec = new JobSpec(List.of(corpus.toString()), JobSpec.InputFormat.guess(List.of(corpus.toString())),
                "doc", "body", out.resolve("result"), JobSpec.OutputFormat.JSON, 5, 3);
        JobResult result = new SparkJob(spark).run(spec, setting, here, Gate.NONE);

        assertEquals(texts.size(), result.summary().documents());
        assertEquals(1, result.summary().inputFailures());
        assertTrue(result.errors().get(0).startsWith("no-text: "), result.errors().toString());
        assertEquals(expected(texts), actual(out.resolve("result")));
        assertEquals(3, result.worst().size());
    }

    @Test
    void theGateJudgesEveryDocumentAndARerunReplacesTheOutput(@TempDir Path out) throws IOException {
        Gate strict = new Gate(99.9, 99.9, null, null, false);
        JobResult first = run(List.of("seeds"), JobSpec.InputFormat.TEXT, out, strict);
        JobResult again = run(List.of("seeds"), JobSpec.InputFormat.TEXT, out, strict);

        assertFalse(first.passed());
        assertEquals(first.summary().documents(), first.failing().size() + passing(first));
        assertEquals(1, first.corpusFailures().size());
        assertEquals(first.failing(), again.failing());
        assertEquals(first.summary().findings(), lines(out.resolve("findings")).size());
    }

    private static int passing(JobResult result) {
        return result.summary().documents() - result.failing().size();
    }

    private static JobResult run(List<String> inputs, JobSpec.InputFormat format, Path out, Gate gate) {
        JobSpec spec = new JobSpec(inputs, format, "id", "text", out, JobSpec.OutputFormat.JSON, 3, 10);
        return new SparkJob(spark).run(spec, setting, here, gate);
    }

    /** Each document's score and each finding, as the library gives them. */
    static Set<String> expected(Map<String, String> texts) {
        Relecture here = DefaultSetting.here();
        Set<String> all = new TreeSet<>();
        for (Map.Entry<String, String> t : texts.entrySet()) {
            ScoredDocument scored = here.check(here.document(t.getKey(), t.getValue()));
            all.add(t.getKey() + " score " + scored.score().score());
            for (Finding f : scored.findings()) {
                all.add(t.getKey() + " " + f.rule() + " " + f.start() + "-" + f.end() + " " + f.message() + " "
                        + f.suggestions());
            }
        }
        return all;
    }

    /** The same, as the job wrote them. */
    static Set<String> actual(Path out) throws IOException {
        Set<String> all = new TreeSet<>();
        for (JsonNode d : lines(out.resolve("documents"))) {
            if (d.get("ok").asBoolean()) {
                all.add(d.get("id").asText() + " score " + d.get("score").asDouble());
            }
        }
        for (JsonNode f : lines(out.resolve("findings"))) {
            List<String> suggestions = new ArrayList<>();
            f.path("suggestions").forEach(s -> suggestions.add(s.asText()));
            all.add(f.get("id").asText() + " " + f.get("rule").asText() + " " + f.get("start").asInt() + "-"
                    + f.get("end").asInt() + " " + f.get("message").asText() + " " + suggestions);
        }
        return all;
    }

    static List<JsonNode> lines(Path folder) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        try (Stream<Path> parts = Files.list(folder)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        rows.add(JSON.readTree(line));
                    }
                }
            }
        }
        return rows;
    }
}
