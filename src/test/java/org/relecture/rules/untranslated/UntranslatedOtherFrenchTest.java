package org.relecture.rules.untranslated;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.languagetool.rules.CorrectExample;
import org.languagetool.rules.Rule;
import org.relecture.findings.Finding;
import org.relecture.rules.RulesHome;
import org.relecture.rules.files.RuleLibrary;
import org.relecture.testing.BareLanguageTool;
import org.relecture.testing.ClaimFloors;
import org.relecture.testing.ReadmeSection;
import org.relecture.testing.TestDocuments;
import org.relecture.text.Document;
import org.relecture.text.TextDecoder;
import org.relecture.text.WordCounter;

/**
 * The untranslated-fragment detector on French that is not part of its test set: the correct
 * examples of LanguageTool's French rules (each distinct sentence checked alone), and the seeds.
 * Whether a finding on the examples is text that really is not French or a false alarm is a
 * reader's judgement, recorded in {@code eval/untranslated/languagetool-examples-review.tsv}
 * (verdict {@code foreign} or {@code false-alarm}, language, flagged text, sentence); a finding
 * no one has judged yet counts as a false alarm. README's paragraph is generated here, and false
 * alarms may not grow ({@code claims/untranslated-other-french.properties}); every finding is
 * written to {@code target/untranslated-other-french.txt} with its verdict.
 */
class UntranslatedOtherFrenchTest {
    private static final Path REVIEW = Path.of("eval/untranslated/languagetool-examples-review.tsv");
    private static final Path REPORT = Path.of("target/untranslated-other-french.txt");

    record Flagged(String language, String text, String sentence, String verdict) {
        boolean falseAlarm() {
            return !verdict.equals("foreign");
        }
    }

    private static List<String> sentences;
    private static int words;
    private static List<Flagged> flagged;
    private static Map<String, Integer> onSeeds;

    @BeforeAll
    static void measure() throws Exception {
        UntranslatedDetector detector = new UntranslatedDetector(RuleLibrary.load(List.of(RulesHome.locate().orElseThrow())));
        Map<String, String> verdicts = readReview();
        Set<String> distinct = new LinkedHashSet<>();
        for (Rule rule : BareLanguageTool.allRules()) {
            for (CorrectExample example : rule.getCorrectExamples()) {
                distinct.add(example.getExample().replace("<marker>", "").replace("</marker>", ""));
            }
        }
        sentences = List.copyOf(distinct);
        int count = 0;
        List<Flagged> found = new ArrayList<>();
        for (String sentence : sentences) {
            count += WordCounter.count(sentence);
            Document document = TestDocuments.read("example.txt", sentence);
            for (Finding f : detector.check(document)) {
                String text = document.slice(f.start(), f.end());
                found.add(new Flagged(f.attributes().get("language"), text, sentence,
                        verdicts.getOrDefault(sentence + "\t" + text, "not reviewed")));
            }
        }
        words = count;
        flagged = List.copyOf(found);
        Map<String, Integer> seeds = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path seed : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = TextDecoder.decode(Files.readAllBytes(seed), seed.toString());
                seeds.put(seed.getFileName().toString().substring(0, 3),
                        detector.check(TestDocuments.read(seed.toString(), text)).size());
            }
        }
        onSeeds = seeds;
        List<String> report = new ArrayList<>();
        flagged.forEach(f -> report.add(f.verdict() + "\t" + f.language() + "\t" + f.text() + "\t" + f.sentence()));
        Files.createDirectories(REPORT.getParent());
        Files.write(REPORT, report, StandardCharsets.UTF_8);
    }

    /** verdict by sentence and flagged text. */
    private static Map<String, String> readReview() throws IOException {
        Map<String, String> verdicts = new HashMap<>();
        for (String line : Files.readAllLines(REVIEW, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] field = line.split("\t", -1);
            if (field.length != 4 || !Set.of("foreign", "false-alarm").contains(field[0])) {
                throw new IllegalStateException(REVIEW + ": expected verdict (foreign, false-alarm), language, text, "
                        + "sentence separated by tabs: " + line);
            }
            verdicts.put(field[3] + "\t" + field[2], field[0]);
        }
        return verdicts;
    }

    @Test
    void falseAlarmsDoNotGrow() throws IOException {
        ClaimFloors floors = ClaimFloors.load("untranslated-other-french", "UntranslatedOtherFrenchTest: false "
                + "alarms (findings not judged foreign) on LanguageTool's French examples.");
        floors.atMost("examples.false.alarms", flagged.stream().filter(Flagged::falseAlarm).count());
        floors.verify();
    }

    @Test
    void theReadmeParagraphIsTheMeasure() throws IOException {
        List<Flagged> alarms = flagged.stream().filter(Flagged::falseAlarm).toList();
        long unreviewed = flagged.stream().filter(f -> f.verdict().equals("not reviewed")).count();
        long singleWords = alarms.stream().filter(f -> WordCounter.count(f.text()) == 1).count();
        String paragraph = String.format(Locale.ENGLISH, "Other French, not part of the test: %d findings in %,d words "
                        + "of the %,d distinct sentences LanguageTool's French rules give as correct examples (each "
                        + "checked alone), %d of them on text that really is not French and %d false alarms (%.2f per "
                        + "1,000 words%s, %d of them single words): %s. On the seeds, the detector alone finds %s.",
                flagged.size(), words, sentences.size(), flagged.size() - alarms.size(), alarms.size(),
                1000.0 * alarms.size() / words,
                unreviewed == 0 ? "" : "; " + unreviewed + " not reviewed yet, counted as false alarms",
                singleWords, String.join(", ", alarms.stream().map(f -> "`" + f.text() + "` (" + f.language() + ")").toList()),
                String.join(", ", onSeeds.entrySet().stream().map(e -> e.getValue() + " in `seeds/" + e.getKey() + "`").toList()));
        ReadmeSection.check("UntranslatedOtherFrenchTest", ReadmeSection.wrap(paragraph));
    }
}
