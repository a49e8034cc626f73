package org.relecture.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.relecture.eval.EvalCheckers.Hit;
import org.relecture.eval.EvalCheckers.Tool;

/**
 * Issue 16's grammar evaluation: bare LanguageTool and relecture on {@code eval/grammar/testset.jsonl}
 * (errors injected into published French by documented rules, and as many untouched sentences;
 * see {@code eval/grammar/SOURCES.md}). An error is found when a grammar or spelling finding
 * overlaps its span; a clean sentence is flagged when it gets any finding. Writes recall per
 * class and split, clean sentences flagged, and the rules behind both, to
 * {@code target/grammar-eval.txt}. Opt-in (two checkers over 2,000 sentences take a few minutes):
 * {@code mvn -o test -Dtest=GrammarEvaluationTest -Drelecture.eval=true}.
 */
@EnabledIfSystemProperty(named = "relecture.eval", matches = "true")
class GrammarEvaluationTest {
    private static final Path TEST_SET = Path.of("eval/grammar/testset.jsonl");
    private static final Path REPORT = Path.of("target/grammar-eval.txt");

    private record Item(String id, String split, String kind, String errorClass, int start, int end, String text) {
    }

    /** What one tool did on the set: found errors and flagged clean sentences per split and class. */
    private static final class Score {
        final Tally items = new Tally();
        final Tally found = new Tally();
        final Tally foundBy = new Tally();
        final Tally flaggedBy = new Tally();
        final List<String> flagged = new ArrayList<>();
    }

    @Test
    void scoresLanguageToolAndRelecture() throws Exception {
        List<Item> items = read();
        EvalCheckers checkers = new EvalCheckers();
        StringBuilder report = new StringBuilder();
        report.append("Grammar-error evaluation, ").append(TEST_SET).append(": an error is found when a grammar or spelling\n")
                .append("finding overlaps it; a clean sentence is flagged when it gets any finding.\n\n");
        Score[] scores = {new Score(), new Score()};
        for (Tool tool : Tool.values()) {
            Score score = scores[tool.ordinal()];
            for (Item item : items) {
                List<Hit> hits = checkers.check(tool, item.id(), item.text());
                String key = item.split() + " " + item.errorClass();
                score.items.add(item.split() + " " + item.kind());
                if (item.kind().equals("error")) {
                    score.items.add(key);
                    score.items.add(item.split() + " any " + item.errorClass());
                    score.items.add(item.split() + " any error");
                    List<Hit> on = hits.stream().filter(h -> h.grammarOrSpelling() && h.overlaps(item.start(), item.end())).toList();
                    if (hits.stream().anyMatch(h -> h.overlaps(item.start(), item.end()))) {
                        score.found.add(item.split() + " any " + item.errorClass());
                        score.found.add(item.split() + " any error");
                    }
                    if (!on.isEmpty()) {
                        score.found.add(key);
                        score.found.add(item.split() + " error");
                        on.stream().map(Hit::rule).distinct().forEach(r -> score.foundBy.add(item.split() + " " + r));
                    }
                } else if (!hits.isEmpty()) {
                    score.found.add(item.split() + " clean");
                    hits.stream().map(h -> h.rule() + " (" + h.category().name().toLowerCase(Locale.ROOT) + ")").distinct()
                            .forEach(r -> score.flaggedBy.add(item.split() + " " + r));
                    score.flagged.add(item.id() + " " + hits.stream().map(Hit::rule).distinct().toList() + " " + item.text());
                }
            }
        }
        for (String split : List.of("test", "dev")) {
            report.append("== ").append(split).append(" split\n");
            report.append(String.format(Locale.ROOT, "%-24s %7s %16s %16s%n", "class", "items", "LanguageTool", "relecture"));
            for (String c : classes(items)) {
                report.append(row(c, split + " " + c, scores));
            }
            report.append(row("all errors (recall)", split + " error", scores));
            report.append(row("clean flagged", split + " clean", scores));
            report.append("found by a finding of any category (style included):\n");
            for (String c : classes(items)) {
                report.append(row(c, split + " any " + c, scores));
            }
            report.append(row("all errors (recall)", split + " any error", scores));
            for (Tool tool : Tool.values()) {
                Score score = scores[tool.ordinal()];
                report.append("\n").append(tool).append(", rules that found errors (").append(split).append("):\n")
                        .append(byRule(score.foundBy, split));
                report.append(tool).append(", rules that flagged clean sentences (").append(split).append("):\n")
                        .append(byRule(score.flaggedBy, split));
            }
            report.append("\n");
        }
        for (Tool tool : Tool.values()) {
            report.append("== clean sentences flagged by ").append(tool).append("\n");
            scores[tool.ordinal()].flagged.forEach(line -> report.append(line).append("\n"));
        }
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report, StandardCharsets.UTF_8);
        // The injected errors are real ones: LanguageTool itself must find a fair share of them.
        double recall = (double) scores[0].found.get("test error") / scores[0].items.get("test error");
        assertTrue(recall > 0.3, "LanguageTool's recall on the test split: " + recall);
    }

    private static String row(String label, String key, Score[] scores) {
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-24s %7d", label, scores[0].items.get(key)));
        for (Score score : scores) {
            int n = score.items.get(key);
            row.append(String.format(Locale.ROOT, " %6d (%5.1f%%)", score.found.get(key), n == 0 ? 0 : 100.0 * score.found.get(key) / n));
        }
        return row.append("\n").toString();
    }

    /** Rule counts of one split (keys are "split rule"). */
    private static String byRule(Tally tally, String split) {
        Tally only = new Tally();
        tally.keys().stream().filter(k -> k.startsWith(split + " "))
                .forEach(k -> only.add(k.substring(split.length() + 1), tally.get(k)));
        return only.top(15, 0);
    }

    private static List<String> classes(List<Item> items) {
        return items.stream().filter(i -> i.kind().equals("error")).map(Item::errorClass).distinct().toList();
    }

    private static List<Item> read() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<Item> items = new ArrayList<>();
        for (String line : Files.readAllLines(TEST_SET, StandardCharsets.UTF_8)) {
            JsonNode n = json.readTree(line);
            boolean error = n.get("kind").asText().equals("error");
            items.add(new Item(n.get("id").asText(), n.get("split").asText(), n.get("kind").asText(),
                    error ? n.get("class").asText() : "clean", error ? n.get("start").asInt() : 0,
                    error ? n.get("end").asInt() : 0, n.get("text").asText()));
        }
        return items;
    }
}
