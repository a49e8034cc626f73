package org.relecture.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.relecture.eval.EvalCheckers.Hit;
import org.relecture.eval.EvalCheckers.Tool;
import org.relecture.findings.Category;
import org.relecture.text.WordCounter;

/**
 * Issue 16's false-alarm measure: bare LanguageTool and relecture on {@code eval/clean/clean.jsonl},
 * French published by people (technical, literary, press-like; see {@code eval/clean/SOURCES.md}),
 * where every finding is taken as a false alarm, and, for comparison, on the seed articles
 * (translated news, with real errors). Writes, per set and tool, findings per 1,000
 * words in all, untranslated and spelling, by category and by rule, and each finding with its
 * text, to {@code target/clean-eval.txt}. Opt-in (about 45,000 words through two checkers):
 * {@code mvn -o test -Dtest=CleanFrenchEvaluationTest -Drelecture.eval=true}.
 */
@EnabledIfSystemProperty(named = "relecture.eval", matches = "true")
class CleanFrenchEvaluationTest {
    private static final Path SETS = Path.of("eval/clean/clean.jsonl");
    private static final Path REPORT = Path.of("target/clean-eval.txt");
    private static final List<String> SET_NAMES = List.of("technical", "literary", "press", "seeds");
    /** The seed articles, counted as a set of their own: not clean, but the news relecture is for. */
    private static final Path SEEDS = Path.of("seeds");

    @Test
    void reportsFindingsPerThousandWords() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> published = Files.readAllLines(SETS, StandardCharsets.UTF_8).stream().map(line -> {
            try {
                return json.readTree(line);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        List<JsonNode> documents = new java.util.ArrayList<>(published);
        try (var files = Files.list(SEEDS)) {
            for (Path seed : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                documents.add(json.createObjectNode().put("id", seed.getFileName().toString().replace(".txt", ""))
                        .put("set", "seeds").put("text", Files.readString(seed, StandardCharsets.UTF_8)));
            }
        }
        EvalCheckers checkers = new EvalCheckers();
        StringBuilder summary = new StringBuilder("Clean French, findings per 1,000 words (every finding is taken as a false alarm)\n\n");
        summary.append(String.format(Locale.ROOT, "%-10s %7s %-13s %9s %13s %9s%n", "set", "words", "tool", "findings", "untranslated", "spelling"));
        StringBuilder details = new StringBuilder();
        for (String set : SET_NAMES) {
            List<JsonNode> docs = documents.stream().filter(d -> d.get("set").asText().equals(set)).toList();
            int words = docs.stream().mapToInt(d -> WordCounter.count(d.get("text").asText())).sum();
            for (Tool tool : Tool.values()) {
                Tally byRule = new Tally();
                Tally byCategory = new Tally();
                StringBuilder listed = new StringBuilder();
                for (JsonNode doc : docs) {
                    String text = doc.get("text").asText();
                    for (Hit hit : checkers.check(tool, doc.get("id").asText(), text)) {
                        byRule.add(hit.rule());
                        byCategory.add(hit.category().name().toLowerCase(Locale.ROOT));
                        listed.append(String.format(Locale.ROOT, "  %s %s %s «%s»%n", doc.get("id").asText(), hit.rule(),
                                hit.category().name().toLowerCase(Locale.ROOT), text.substring(hit.start(), hit.end()).replace('\n', ' ')));
                    }
                }
                summary.append(String.format(Locale.ROOT, "%-10s %7d %-13s %9.2f %13.2f %9.2f%n", set, words, tool,
                        rate(byRule.total(), words), rate(byCategory.get(name(Category.UNTRANSLATED)), words),
                        rate(byCategory.get(name(Category.SPELLING)), words)));
                details.append("== ").append(set).append(", ").append(tool).append(": ").append(docs.size()).append(" documents, ")
                        .append(words).append(" words, ").append(byRule.total()).append(" findings\n");
                details.append("  by category (count, per 1,000 words):\n").append(byCategory.top(20, words));
                details.append("  by rule (count, per 1,000 words):\n").append(byRule.top(40, words));
                details.append("  findings:\n").append(listed).append("\n");
                assertTrue(words > 3000, set + ": only " + words + " words");
            }
        }
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, summary + "\n" + details, StandardCharsets.UTF_8);
    }

    private static String name(Category category) {
        return category.name().toLowerCase(Locale.ROOT);
    }

    private static double rate(int count, int words) {
        return 1000.0 * count / words;
    }
}
