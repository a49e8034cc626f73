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
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.relecture.eval.EvalCheckers.Hit;
import org.relecture.eval.EvalCheckers.Tool;
import org.relecture.findings.Category;
import org.relecture.text.WordCounter;

/**
 * Issue 16's false-alarm measure: bare LanguageTool and relecture on {@code eval/clean/clean.jsonl}
 * and {@code eval/technical/technical.jsonl}, French published by people (technical, held-out
 * technical, literary, press-like; see each folder's {@code SOURCES.md}),
 * where every finding is taken as a false alarm, and, for comparison, on the seed articles
 * (translated news, with real errors). Writes, per set and tool, findings per 1,000
 * words in all, untranslated and spelling, by category and by rule, and each finding with its
 * text, to {@code target/clean-eval.txt}, and every count by set, tool and rule to
 * {@code target/clean-eval-rules.tsv}, which {@code eval/compare.py} turns into README tables. Opt-in (about 45,000 words through two checkers):
 * {@code mvn -o test -Dtest=CleanFrenchEvaluationTest -Drelecture.eval=true}.
 */
@EnabledIfSystemProperty(named = "relecture.eval", matches = "true")
class CleanFrenchEvaluationTest {
    private static final List<Path> SETS = List.of(Path.of("eval/clean/clean.jsonl"), Path.of("eval/technical/technical.jsonl"));
    private static final Path REPORT = Path.of("target/clean-eval.txt");
    /** Every count by set, tool and rule, for {@code eval/compare.py}. */
    static final Path RULES_REPORT = Path.of("target/clean-eval-rules.tsv");
    /** The seed articles, counted as a set of their own: not clean, but the news relecture is for. */
    private static final Path SEEDS = Path.of("seeds");
    private static final String SEEDS_SET = "seeds";
    private static final List<String> SET_NAMES = List.of("technical", "technical-heldout", "literary", "press", SEEDS_SET);
    /**
     * Words a set of published French needs for its rates to mean something; the seeds are what
     * they are (about 3,800 words), and a file of them gone missing still fails the test.
     */
    private static final int LEAST_WORDS = 5000;
    private static final int LEAST_SEED_WORDS = 3000;

    @Test
    void reportsFindingsPerThousandWords() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> documents = new ArrayList<>();
        for (Path sets : SETS) {
            for (String line : Files.readAllLines(sets, StandardCharsets.UTF_8)) {
                documents.add(json.readTree(line));
            }
        }
        try (var files = Files.list(SEEDS)) {
            for (Path seed : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                documents.add(json.createObjectNode().put("id", seed.getFileName().toString().replace(".txt", ""))
                        .put("set", SEEDS_SET).put("text", Files.readString(seed, StandardCharsets.UTF_8)));
            }
        }
        StringBuilder tsv = new StringBuilder("set\twords\ttool\trule\tcategory\tcount\n");
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
                Map<String, String> categoryOf = new TreeMap<>();
                StringBuilder listed = new StringBuilder();
                for (JsonNode doc : docs) {
                    String text = doc.get("text").asText();
                    for (Hit hit : checkers.check(tool, doc.get("id").asText(), text)) {
                        byRule.add(hit.rule());
                        categoryOf.put(hit.rule(), name(hit.category()));
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
                int least = set.equals(SEEDS_SET) ? LEAST_SEED_WORDS : LEAST_WORDS;
                assertTrue(words > least, set + ": only " + words + " words");
                for (String rule : byRule.keys()) {
                    tsv.append(String.join("\t", set, String.valueOf(words), tool.name().toLowerCase(Locale.ROOT), rule,
                            categoryOf.get(rule), String.valueOf(byRule.get(rule)))).append('\n');
                }
            }
        }
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, summary + "\n" + details, StandardCharsets.UTF_8);
        Files.writeString(RULES_REPORT, tsv, StandardCharsets.UTF_8);
    }

    private static String name(Category category) {
        return category.name().toLowerCase(Locale.ROOT);
    }

    private static double rate(int count, int words) {
        return 1000.0 * count / words;
    }
}
