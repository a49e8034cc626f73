package org.relecture.rules.untranslated;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.relecture.findings.Finding;
import org.relecture.rules.RulesHome;
import org.relecture.rules.files.RuleLibrary;
import org.relecture.testing.TestDocuments;
import org.relecture.text.Document;
import org.relecture.text.WordCounter;

/**
 * Issue 4's evaluation: the detector on {@code eval/untranslated/testset.jsonl} (real Italian,
 * English and Spanish fragments spliced into real French prose, and clean French paragraphs; see
 * {@code eval/untranslated/SOURCES.md}). A fragment is found when a finding of its language
 * overlaps it; a finding that overlaps no fragment is a false alarm. The targets are asserted on
 * the test split (the dev split is for tuning); both are written to
 * {@code target/untranslated-eval.txt}, with every miss and false alarm.
 */
class UntranslatedEvaluationTest {
    private static final Path TEST_SET = Path.of("eval/untranslated/testset.jsonl");
    private static final Path REPORT = Path.of("target/untranslated-eval.txt");
    private static final List<String> LENGTHS = List.of("1", "2", "3-5", "6+");
    private static final List<String> LANGUAGES = List.of("it", "en", "es");

    private record Gold(String item, String split, String language, String length, int start, int end, String text) {
        boolean longFragment() {
            return length.equals("3-5") || length.equals("6+");
        }
    }

    private record Hit(String item, String split, boolean correct, boolean onFragment, String language, String text) {
    }

    private static final List<Gold> GOLD = new ArrayList<>();
    private static final List<Gold> FOUND = new ArrayList<>();
    private static final List<Hit> HITS = new ArrayList<>();
    private static final Map<String, Integer> CLEAN_WORDS = new TreeMap<>();

    @BeforeAll
    static void evaluate() throws Exception {
        RuleLibrary library = RuleLibrary.load(List.of(RulesHome.locate().orElseThrow()));
        UntranslatedDetector detector = new UntranslatedDetector(library);
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(TEST_SET, StandardCharsets.UTF_8)) {
            JsonNode item = json.readTree(line);
            String id = item.get("id").asText();
            String split = item.get("split").asText();
            String text = item.get("text").asText();
            List<Gold> gold = new ArrayList<>();
            int foreignWords = 0;
            for (JsonNode f : item.get("fragments")) {
                gold.add(new Gold(id, split, f.get("language").asText(), f.get("length").asText(),
                        f.get("start").asInt(), f.get("end").asInt(), f.get("text").asText()));
                foreignWords += f.get("words").asInt();
            }
            GOLD.addAll(gold);
            CLEAN_WORDS.merge(split, WordCounter.count(text) - foreignWords, Integer::sum);
            Document document = TestDocuments.read(id, text);
            List<Finding> findings = detector.check(document);
            for (Gold g : gold) {
                if (findings.stream().anyMatch(f -> overlaps(f, g) && f.attributes().get("language").equals(g.language()))) {
                    FOUND.add(g);
                }
            }
            for (Finding f : findings) {
                // A finding is right only when it names the fragment's language, as recall requires; one
                // on no fragment at all is a false alarm on French.
                boolean correct = gold.stream().anyMatch(g -> overlaps(f, g) && f.attributes().get("language").equals(g.language()));
                boolean onFragment = gold.stream().anyMatch(g -> overlaps(f, g));
                HITS.add(new Hit(id, split, correct, onFragment, f.attributes().get("language"),
                        document.slice(f.start(), f.end())));
            }
        }
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report(), StandardCharsets.UTF_8);
    }

    private static boolean overlaps(Finding f, Gold g) {
        return f.start() < g.end() && g.start() < f.end();
    }

    private static String report() {
        StringBuilder out = new StringBuilder();
        for (String split : List.of("test", "dev")) {
            out.append("== ").append(split).append(" split\n");
            out.append(String.format(Locale.ROOT, "%-8s %-6s %8s %8s%n", "language", "length", "found", "recall"));
            for (String language : LANGUAGES) {
                for (String length : LENGTHS) {
                    out.append(String.format(Locale.ROOT, "%-8s %-6s %8s %7.0f%%%n", language, length,
                            ratio(split, g -> g.language().equals(language) && g.length().equals(length)),
                            100 * recall(split, g -> g.language().equals(language) && g.length().equals(length))));
                }
            }
            out.append(String.format(Locale.ROOT, "recall, 3 words or more: %.1f%% (%s)%n",
                    100 * recall(split, Gold::longFragment), ratio(split, Gold::longFragment)));
            out.append(String.format(Locale.ROOT, "recall, 1 or 2 words: %.1f%% (%s)%n",
                    100 * recall(split, g -> !g.longFragment()), ratio(split, g -> !g.longFragment())));
            for (String language : LANGUAGES) {
                long all = HITS.stream().filter(h -> h.split().equals(split) && h.language().equals(language)).count();
                long good = HITS.stream().filter(h -> h.split().equals(split) && h.language().equals(language) && h.correct()).count();
                out.append(String.format(Locale.ROOT, "precision %s: %d/%d%n", language, good, all));
            }
            out.append(String.format(Locale.ROOT, "precision: %.1f%% (%d/%d)%n", 100 * precision(split),
                    HITS.stream().filter(h -> h.split().equals(split) && h.correct()).count(),
                    HITS.stream().filter(h -> h.split().equals(split)).count()));
            out.append(String.format(Locale.ROOT, "false alarms: %d in %d words of French, %.2f per 1,000 words%n",
                    falseAlarms(split), CLEAN_WORDS.get(split), perThousand(split)));
            GOLD.stream().filter(g -> g.split().equals(split) && !FOUND.contains(g))
                    .forEach(g -> out.append("missed ").append(g.item()).append(" ").append(g.language())
                            .append(" «").append(g.text()).append("»\n"));
            HITS.stream().filter(h -> h.split().equals(split) && h.onFragment() && !h.correct())
                    .forEach(h -> out.append("wrong language ").append(h.item()).append(" ").append(h.language())
                            .append(" «").append(h.text()).append("»\n"));
            HITS.stream().filter(h -> h.split().equals(split) && !h.onFragment())
                    .forEach(h -> out.append("false alarm ").append(h.item()).append(" ").append(h.language())
                            .append(" «").append(h.text()).append("»\n"));
        }
        return out.toString();
    }

    private static String ratio(String split, java.util.function.Predicate<Gold> which) {
        long all = GOLD.stream().filter(g -> g.split().equals(split) && which.test(g)).count();
        long found = FOUND.stream().filter(g -> g.split().equals(split) && which.test(g)).count();
        return found + "/" + all;
    }

    private static double recall(String split, java.util.function.Predicate<Gold> which) {
        long all = GOLD.stream().filter(g -> g.split().equals(split) && which.test(g)).count();
        long found = FOUND.stream().filter(g -> g.split().equals(split) && which.test(g)).count();
        return all == 0 ? 1 : (double) found / all;
    }

    private static double precision(String split) {
        long all = HITS.stream().filter(h -> h.split().equals(split)).count();
        long good = HITS.stream().filter(h -> h.split().equals(split) && h.correct()).count();
        return all == 0 ? 1 : (double) good / all;
    }

    private static long falseAlarms(String split) {
        return HITS.stream().filter(h -> h.split().equals(split) && !h.onFragment()).count();
    }

    private static double perThousand(String split) {
        return 1000.0 * falseAlarms(split) / CLEAN_WORDS.get(split);
    }

    @Test
    void findsNineInTenFragmentsOfThreeWordsOrMore() {
        assertTrue(recall("test", Gold::longFragment) >= 0.90, "recall, 3 words or more: " + ratio("test", Gold::longFragment));
    }

    @Test
    void findsSixInTenSingleWordsAndPairs() {
        assertTrue(recall("test", g -> !g.longFragment()) >= 0.60,
                "recall, 1 or 2 words: " + ratio("test", g -> !g.longFragment()));
    }

    @Test
    void ninetyFivePercentOfFindingsAreRight() {
        assertTrue(precision("test") >= 0.95, "precision " + precision("test"));
    }

    @Test
    void atMostOneFalseAlarmIn5000WordsOfFrench() {
        assertTrue(perThousand("test") <= 0.2, falseAlarms("test") + " false alarms in " + CLEAN_WORDS.get("test") + " words");
    }
}
