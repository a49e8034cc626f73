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
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relecture.testing.ReadmeSection;

/**
 * Issue 5's acceptance for {@code relecture rank}: on seeds/ the order agrees with the reviewer's
 * (seeds/gold-ranking.json, where a group may come in any order), and the score does not depend on
 * length: every seed repeated twice in one file scores as it does once.
 */
class RankCommandTest {
    private static JsonNode seeds;

    @BeforeAll
    static void rankSeeds() {
        CliRun run = CliRun.run("rank", "--format", "json", "seeds/");
        assertEquals(0, run.exitCode(), run.err());
        seeds = run.json();
    }

    @Test
    void theOrderAgreesWithTheGoldRanking() throws IOException {
        JsonNode gold = new ObjectMapper().readTree(Path.of("seeds/gold-ranking.json").toFile()).get("best_to_worst");
        Map<String, Integer> group = new HashMap<>();
        for (int g = 0; g < gold.size(); g++) {
            for (JsonNode file : gold.get(g)) {
                group.put(file.asText(), g);
            }
        }
        List<Integer> groups = new ArrayList<>();
        StringBuilder table = new StringBuilder();
        for (JsonNode place : seeds.get("ranking")) {
            String file = Path.of(place.get("path").asText()).getFileName().toString();
            groups.add(group.get(file));
            table.append(place.get("rank").asInt()).append(' ').append(file).append(' ')
                    .append(place.get("score").asDouble()).append('\n');
        }
        List<Integer> sorted = new ArrayList<>(groups);
        sorted.sort(null);
        assertEquals(group.size(), groups.size(), table.toString());
        assertEquals(sorted, groups, "ranking against gold groups:\n" + table);
    }

    @Test
    void theJsonHasEveryFieldOfTheContract() {
        JsonNode first = seeds.get("ranking").get(0);
        for (String field : List.of("rank", "path", "score", "words", "findings", "byCategory", "worst",
                "penaltyPer1000", "calibratedScore", "band", "verdict")) {
            assertTrue(first.has(field), field);
        }
        JsonNode summary = seeds.get("summary");
        for (String field : List.of("count", "mean", "median", "min", "max", "distribution", "calibratedScore", "band",
                "verdict", "passing")) {
            assertTrue(summary.has(field), field);
        }
        assertEquals(5, summary.get("count").asInt());
        Map<String, Integer> perBand = new HashMap<>();
        for (JsonNode place : seeds.get("ranking")) {
            perBand.merge(place.get("band").asText(), 1, Integer::sum);
        }
        List<String> bands = new ArrayList<>();
        for (JsonNode band : summary.get("distribution")) {
            bands.add(band.get("band").asText());
            assertEquals(perBand.getOrDefault(band.get("band").asText(), 0), band.get("documents").asInt(), band.toString());
        }
        assertEquals(List.of("poor", "below-target", "good", "high", "best"), bands);
        double previous = 101;
        for (JsonNode place : seeds.get("ranking")) {
            assertTrue(place.get("calibratedScore").asDouble() <= previous, "best first");
            previous = place.get("calibratedScore").asDouble();
        }
    }

    /**
     * Issue 20: the poor machine translation (003) reads as poor and fails, the two good
     * translations (002, 004) as good or better and pass; the order is the reviewer's (above).
     */
    @Test
    void theSeedsReadAsTheReviewerJudgedThem() {
        Map<String, JsonNode> byFile = new HashMap<>();
        for (JsonNode place : seeds.get("ranking")) {
            byFile.put(Path.of(place.get("path").asText()).getFileName().toString(), place);
        }
        JsonNode poor = byFile.get("003_deaf7d7c7531e0ec.txt");
        assertEquals("poor", poor.get("band").asText(), poor.toString());
        assertEquals("fail", poor.get("verdict").asText(), poor.toString());
        for (String good : List.of("002_fb6f9d7137e5b3b6.txt", "004_4a89886d9c041d69.txt")) {
            JsonNode place = byFile.get(good);
            assertTrue(List.of("good", "high", "best").contains(place.get("band").asText()), place.toString());
            assertEquals("pass", place.get("verdict").asText(), place.toString());
        }
    }

    /** README, "Ranking a corpus": the seeds' figures, generated here. */
    @Test
    void theReadmeShowsTheSeedsFigures() throws IOException {
        StringBuilder table = new StringBuilder("| rank | seed | quality | band | verdict | penalty points per 1,000 words "
                + "| raw MQM score | words | findings |\n|---|---|---|---|---|---|---|---|---|\n");
        for (JsonNode place : seeds.get("ranking")) {
            table.append(String.format(Locale.ROOT, "| %d | `%s` | %.1f | %s | %s | %.1f | %.1f | %,d | %d |%n",
                    place.get("rank").asInt(), Path.of(place.get("path").asText()).getFileName(),
                    place.get("calibratedScore").asDouble(), place.get("band").asText().replace('-', ' '),
                    place.get("verdict").asText(), place.get("penaltyPer1000").asDouble(), place.get("score").asDouble(),
                    place.get("words").asInt(), place.get("findings").asInt()));
        }
        JsonNode summary = seeds.get("summary");
        List<String> bands = new ArrayList<>();
        for (JsonNode band : summary.get("distribution")) {
            bands.add(band.get("band").asText().replace('-', ' ') + " " + band.get("documents").asInt());
        }
        table.append('\n').append(ReadmeSection.wrap(String.format(Locale.ROOT,
                "The corpus: quality %.1f (%s, %s), %.1f penalty points per 1,000 words; %d of %d seeds pass; per band: %s.",
                summary.get("calibratedScore").asDouble(), summary.get("band").asText().replace('-', ' '),
                summary.get("verdict").asText(), summary.get("penaltyPer1000").asDouble(), summary.get("passing").asInt(),
                summary.get("count").asInt(), String.join(", ", bands))));
        ReadmeSection.check("RankCommandTest", table.toString());
    }

    @Test
    void anArticleRepeatedTwiceScoresAsOnce(@TempDir Path dir) throws IOException {
        Map<String, Double> once = scores(seeds);
        try (var files = Files.list(Path.of("seeds"))) {
            for (Path seed : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                String text = Files.readString(seed, StandardCharsets.UTF_8);
                Files.writeString(dir.resolve(seed.getFileName()), text + "\n\n" + text, StandardCharsets.UTF_8);
            }
        }
        CliRun run = CliRun.run("rank", "--format", "json", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        Map<String, Double> twice = scores(run.json());
        assertEquals(once.keySet(), twice.keySet());
        // 0.1 point of raw score plus the rounding of the report to one decimal; the same 0.15 is 1.5 penalty
        // points per 1,000 words, which the calibrated score counts 20/15 each.
        once.forEach((key, score) -> assertEquals(score, twice.get(key), key.endsWith("/score") ? 0.15 : 2.0, key));
    }

    @Test
    void otherFormatsReportTheDocumentsBestFirst() {
        CliRun run = CliRun.run("rank", "--format", "checkstyle", "--enable-only", "debris", "seeds/");
        assertEquals(0, run.exitCode(), run.err());
        List<String> order = new ArrayList<>();
        for (String part : run.out().split("<file name=\"")) {
            if (part.startsWith("seeds/")) {
                order.add(part.substring(0, part.indexOf('"')));
            }
        }
        assertEquals(5, order.size(), run.out());
        assertTrue(order.indexOf("seeds/001_6d342fe71a67ec1b.txt") > order.indexOf("seeds/004_4a89886d9c041d69.txt"), order.toString());
    }

    private static Map<String, Double> scores(JsonNode ranking) {
        Map<String, Double> scores = new HashMap<>();
        for (JsonNode place : ranking.get("ranking")) {
            String file = Path.of(place.get("path").asText()).getFileName().toString();
            scores.put(file + "/score", place.get("score").asDouble());
            scores.put(file + "/calibratedScore", place.get("calibratedScore").asDouble());
        }
        return scores;
    }
}
