package org.relecture.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.IncorrectExample;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.patterns.AbstractPatternRule;
import org.relecture.check.Checker;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.rules.CheckOptions;
import org.relecture.rules.RulesHome;
import org.relecture.rules.files.LanguageToolTuning;
import org.relecture.rules.files.RuleLibrary;
import org.relecture.rules.languagetool.LanguageToolDetector;
import org.relecture.rules.languagetool.LanguageToolFalseAlarms;
import org.relecture.rules.languagetool.LanguageToolMapping;
import org.relecture.rules.technical.TechnicalText;
import org.relecture.testing.ReadmeSection;
import org.relecture.testing.TestDocuments;

/**
 * Issue 16, item 0: relecture loses nothing LanguageTool finds unless it says why. Bare
 * LanguageTool 6.8 (JLanguageTool French, default rules and level) and relecture (its
 * {@link Checker}, default options, the project's {@code rules/}) check every incorrect example
 * of LanguageTool's own French rules ({@code <example correction=...>} of {@code grammar.xml} and
 * {@code style.xml}, and the Java rules' examples), one sentence a document. Each match of bare
 * LanguageTool must be reported by relecture under its rule (the registered rule for a compound or
 * replace entry) on the same text, or be explained by one of {@link Why}'s reasons; a match no
 * reason explains fails the test.
 *
 * <p>The suite runs every {@value #SUITE_STRIDE}th sentence and every example of the rules the
 * tuning names; {@code -Drelecture.eval=true} runs them all (about 8,700 sentences, most of an
 * hour on a busy machine; {@code -Drelecture.ltexamples.stride=N} takes every Nth) and writes the
 * figures to {@code target/lt-examples.txt}, and with {@code -Drelecture.updateReadme=true} into
 * README.md's generated section.
 */
class LanguageToolExamplesTest {
    private static final int SUITE_STRIDE = 40;
    private static final Path REPORT = Path.of("target/lt-examples.txt");
    static final String README_SECTION = "LanguageToolExamplesTest";

    /** Why a match of bare LanguageTool is not in relecture's report, the accepted reasons first. */
    enum Why {
        KEPT("reported by relecture under its rule"),
        MOVED("reported by relecture under its rule on another span of the sentence (LanguageTool reads relecture's annotated text)"),
        TUNING("turned off, or kept for --level picky, by an entry of rules/languagetool.yaml"),
        REPLACED("reported instead by a relecture rule written for that error, overlapping it (the pairs of REPLACED_BY)"),
        NAME("a spelling match on a word the document shows to be a name (NameEvidence)"),
        UNTRANSLATED("a spelling or grammar match inside a passage relecture reports as untranslated"),
        CODE("a match on what relecture reads as code (TechnicalText: a command, an option, a file name)"),
        COVERED("hidden in relecture's run by a match of another LanguageTool rule over its whole span (of two"
                + " overlapping matches LanguageTool keeps one)"),
        FALSE_ALARM("a false alarm on news relecture drops (LanguageToolFalseAlarms: ELISION before an aspirated h,"
                + " UPPERCASE_SENTENCE_START on a label line)"),
        UNEXPLAINED("lost: no tuning entry or reconciliation rule explains it");

        final String meaning;

        Why(String meaning) {
            this.meaning = meaning;
        }
    }

    /**
     * The reconciliation rules, listed one by one: LanguageTool's rule, then the relecture rules
     * that report the same problem, so that FindingResolver keeps theirs (nested and of the same
     * family, or proposing the same fix, or a debris block to delete).
     */
    static final Map<String, Set<String>> REPLACED_BY = Map.ofEntries(
            Map.entry("POINT", Set.of("MISSING_SPACE_AFTER_PUNCTUATION", "QUOTE_NOT_OPENED")),
            Map.entry("POINTS_SUSPENSIONS_SPACE", Set.of("MISSING_SPACE_AFTER_PUNCTUATION")),
            Map.entry("A_A_ACCENT", Set.of("CAPITAL_WITHOUT_ACCENT")),
            Map.entry("A_INFINITIF", Set.of("CAPITAL_WITHOUT_ACCENT")),
            Map.entry("URL", Set.of("DEBRIS_URL")),
            Map.entry("FR_SPELLING_RULE", Set.of("CAPITAL_WITHOUT_ACCENT", "GLUED_WORDS", "MISSING_SPACE_AFTER_PUNCTUATION")),
            Map.entry("FRENCH_WHITESPACE", Set.of("GUILLEMET_SPACING", "MISSING_SPACE_AFTER_PUNCTUATION")),
            Map.entry("UPPERCASE_SENTENCE_START", Set.of("MISSING_SPACE_AFTER_PUNCTUATION")));

    @Test
    void relectureLosesNoMatchOfLanguageToolsOwnExamplesWithoutAReason() throws Exception {
        boolean all = Boolean.getBoolean("relecture.eval");  // every sentence, unless a stride is given
        RuleLibrary library = RuleLibrary.load(List.of(RulesHome.locate().orElseThrow()));
        LanguageToolTuning tuning = library.tuning();
        LanguageToolFalseAlarms falseAlarms = LanguageToolFalseAlarms.of(library);
        org.relecture.rules.NameLists names = library.nameLists();
        TechnicalText technical = new TechnicalText(library);
        JLanguageTool bare = new JLanguageTool(Languages.getLanguageForShortCode("fr"));
        Checker relecture = Checker.create(CheckOptions.defaults(), library);
        int stride = Integer.getInteger("relecture.ltexamples.stride", all ? 1 : SUITE_STRIDE);
        List<String> sentences = sentences(bare, tuning, stride);

        Map<String, EnumMap<Why, Integer>> byRule = new TreeMap<>();
        List<String> lost = new ArrayList<>();
        Map<String, Integer> replacements = new TreeMap<>();
        int matches = 0;
        // Bare LanguageTool on a thread of its own, relecture on this one: the two take as long.
        java.util.concurrent.ExecutorService other = java.util.concurrent.Executors.newSingleThreadExecutor();
        java.util.concurrent.Future<List<List<RuleMatch>>> bareMatches = other.submit(() -> {
            List<List<RuleMatch>> out = new ArrayList<>();
            for (String sentence : sentences) {
                out.add(bare.check(sentence));
            }
            return out;
        });
        List<List<Finding>> relectureFindings = new ArrayList<>();
        for (String sentence : sentences) {
            relectureFindings.add(relecture.check(TestDocuments.read("example.txt", sentence)));
        }
        List<List<RuleMatch>> bareResults = bareMatches.get();
        other.shutdown();
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i);
            List<Finding> findings = relectureFindings.get(i);
            for (RuleMatch match : bareResults.get(i)) {
                matches++;
                Why why = falseAlarms.isFalseAlarm(match, sentence) ? Why.FALSE_ALARM
                        : why(match, findings, tuning, names, technical, sentence, replacements);
                byRule.computeIfAbsent(match.getRule().getId(), k -> new EnumMap<>(Why.class)).merge(why, 1, Integer::sum);
                if (why == Why.UNEXPLAINED) {
                    lost.add(fullId(match.getRule()) + " «" + sentence.substring(match.getFromPos(), match.getToPos())
                            + "» in: " + sentence + "\n      relecture: " + findings);
                }
            }
        }
        String report = report(sentences.size(), matches, byRule, replacements, stride);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report + "\nLost:\n" + String.join("\n", lost) + "\n", StandardCharsets.UTF_8);
        // Written on demand only: the figures depend on the stride, which the section's first line names.
        if (ReadmeSection.updating()) {
            ReadmeSection.check(README_SECTION, report);
        }
        assertTrue(matches > sentences.size() / 2, "LanguageTool found too little: " + matches);
        assertEquals(List.of(), lost, () -> lost.size() + " matches of LanguageTool lost by relecture");
    }

    /** The incorrect examples, markers removed: every {@code stride}th, and all of the tuned rules'. */
    private static List<String> sentences(JLanguageTool bare, LanguageToolTuning tuning, int stride) {
        Set<String> tuned = new LinkedHashSet<>();
        for (Map<String, ?> entries : List.of(tuning.disabled(), tuning.picky(), tuning.recategorized())) {
            entries.keySet().forEach(k -> tuned.add(k.replaceAll("\\[\\d+]$", "")));
        }
        Set<String> out = new LinkedHashSet<>();
        int n = 0;
        for (Rule rule : bare.getAllRules()) {
            for (IncorrectExample example : rule.getIncorrectExamples()) {
                String sentence = example.getExample().replace("<marker>", "").replace("</marker>", "");
                if (n++ % stride == 0 || tuned.contains(rule.getId())) {
                    out.add(sentence);
                }
            }
        }
        return List.copyOf(out);
    }

    private static Why why(RuleMatch match, List<Finding> findings, LanguageToolTuning tuning,
                           org.relecture.rules.NameLists names, TechnicalText technical, String sentence,
                           Map<String, Integer> replacements) {
        Rule rule = match.getRule();
        String id = rule.getId();
        int from = match.getFromPos();
        int to = match.getToPos();
        for (Finding f : findings) {
            boolean sameRule = f.rule().equals(id) || id.equals(f.attributes().get(LanguageToolDetector.SUB_RULE));
            if (sameRule && f.start() == from && f.end() == to) {
                return Why.KEPT;
            }
        }
        for (String key : List.of(id, fullId(rule))) {
            if (tuning.disabled().containsKey(key) || tuning.picky().containsKey(key)) {
                return Why.TUNING;
            }
        }
        for (Finding f : findings) {
            if ((f.rule().equals(id) || id.equals(f.attributes().get(LanguageToolDetector.SUB_RULE)))
                    && f.source().equals(LanguageToolDetector.SOURCE)) {
                return Why.MOVED;
            }
        }
        Category category = tuning.recategorized().getOrDefault(id, LanguageToolMapping.category(rule));
        for (Finding f : findings) {
            boolean overlaps = f.start() < to && from < f.end();
            if (overlaps && !f.source().equals(LanguageToolDetector.SOURCE)
                    && REPLACED_BY.getOrDefault(id, Set.of()).contains(f.rule())) {
                replacements.merge(id + " -> " + f.rule(), 1, Integer::sum);
                return Why.REPLACED;
            }
        }
        boolean wordLevel = category == Category.SPELLING || category == Category.GRAMMAR;
        if (wordLevel && findings.stream().anyMatch(f -> f.category() == Category.UNTRANSLATED
                && f.start() <= from && to <= f.end())) {
            return Why.UNTRANSLATED;
        }
        if (technical.find(TestDocuments.read("example.txt", sentence)).covers(from, to)) {
            return Why.CODE;
        }
        if (findings.stream().anyMatch(f -> f.source().equals(LanguageToolDetector.SOURCE) && f.start() <= from && to <= f.end())) {
            return Why.COVERED;
        }
        if (category == Category.SPELLING
                && org.relecture.rules.NameEvidence.of(TestDocuments.read("example.txt", sentence), names).isName(sentence.substring(from, to))) {
            return Why.NAME;
        }
        return Why.UNEXPLAINED;
    }

    private static String fullId(Rule rule) {
        return rule instanceof AbstractPatternRule pattern ? pattern.getFullId() : rule.getId();
    }

    /** The figures, as a Markdown section: totals by reason, then the rules with a reason other than KEPT. */
    private static String report(int sentences, int matches, Map<String, EnumMap<Why, Integer>> byRule,
                                 Map<String, Integer> replacements, int stride) {
        boolean all = stride == 1;
        EnumMap<Why, Integer> totals = new EnumMap<>(Why.class);
        byRule.values().forEach(m -> m.forEach((why, n) -> totals.merge(why, n, Integer::sum)));
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s incorrect examples of LanguageTool's French rules (%,d sentences): %,d matches"
                + " of bare LanguageTool 6.8, each accounted for in relecture's report:%n%n",
                all ? "All" : "One in " + stride + " of the", sentences, matches));
        out.append("| LanguageTool's match | count | share |\n|---|---|---|\n");
        for (Why why : Why.values()) {
            int n = totals.getOrDefault(why, 0);
            out.append(String.format(Locale.ROOT, "| %s: %s | %,d | %.1f%% |%n", why.name().toLowerCase(Locale.ROOT),
                    why.meaning, n, 100.0 * n / Math.max(1, matches)));
        }
        out.append("\n| rule | matches | kept | moved | tuning | replaced | name | untranslated | code | covered | false alarm | lost |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        byRule.forEach((rule, counts) -> {
            int sum = counts.values().stream().mapToInt(Integer::intValue).sum();
            if (counts.getOrDefault(Why.KEPT, 0) < sum) {
                out.append(String.format(Locale.ROOT, "| `%s` | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d |%n", rule, sum,
                        counts.getOrDefault(Why.KEPT, 0), counts.getOrDefault(Why.MOVED, 0), counts.getOrDefault(Why.TUNING, 0),
                        counts.getOrDefault(Why.REPLACED, 0), counts.getOrDefault(Why.NAME, 0),
                        counts.getOrDefault(Why.UNTRANSLATED, 0), counts.getOrDefault(Why.CODE, 0),
                        counts.getOrDefault(Why.COVERED, 0), counts.getOrDefault(Why.FALSE_ALARM, 0),
                        counts.getOrDefault(Why.UNEXPLAINED, 0)));
            }
        });
        out.append("\nReplacements (LanguageTool's rule -> relecture's): ");
        List<String> listed = new ArrayList<>();
        replacements.forEach((pair, n) -> listed.add("`" + pair + "` " + n));
        out.append(listed.isEmpty() ? "none" : String.join(", ", listed)).append(".\n");
        return out.toString();
    }
}
