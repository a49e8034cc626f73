package org.relecture.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.languagetool.JLanguageTool;
import org.relecture.Version;
import org.relecture.cache.ResultCache;
import org.relecture.findings.Finding;
import org.relecture.rules.FakeDetector;
import org.relecture.scoring.ScoredDocument;
import org.relecture.testing.TestFiles;
import org.relecture.text.Input;
import org.relecture.text.InputCollector;

/**
 * The result cache as the facade uses it: what a rerun checks again, and what invalidates what,
 * counted on the cache's hits and misses and on the checkers built.
 */
class CachedRunsTest {
    private static final List<String> TEXTS = List.of(
            "Le conseil a voté le budget hier soir.La séance a duré trois heures.\n",
            "# Titre\n\nLe maire a dit : \"nous verrons\" . Il est parti.\n",
            "Le projet avance bien et la commune s'en réjouit.\n");

    @TempDir
    Path dir;
    private Path cacheDir;
    private Path rules;
    private List<Input> corpus;

    /** One run: what it found, what the cache answered, how many checkers it built. */
    record Run(List<ScoredDocument> documents, long hits, long misses, int checkersBuilt) {
        List<List<Finding>> findings() {
            return documents.stream().map(ScoredDocument::findings).toList();
        }
    }

    @BeforeEach
    void corpus() throws Exception {
        cacheDir = dir.resolve("cache");
        rules = TestFiles.copyOfRules(dir);
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < TEXTS.size(); i++) {
            paths.add(TestFiles.write(dir, "doc" + i + (i == 1 ? ".md" : ".txt"), TEXTS.get(i)).toString());
        }
        corpus = InputCollector.collect(paths);
    }

    private Run run(UnaryOperator<RelectureBuilder> options) throws Exception {
        try (ResultCache cache = ResultCache.open(cacheDir, ResultCache.DEFAULT_MAX_BYTES, message -> {
            throw new AssertionError(message);
        })) {
            Relecture relecture = options.apply(Relecture.builder().rulesHome(rules).workers(2)).cache(cache).build();
            List<ScoredDocument> documents = new ArrayList<>();
            relecture.check(corpus, documents::add);
            return new Run(documents, cache.hits(), cache.misses(), relecture.checkersBuilt());
        }
    }

    private Run run() throws Exception {
        return run(b -> b);
    }

    private int configs;

    private Path config(String yaml) throws Exception {
        return TestFiles.write(dir, "relecture" + configs++ + ".yaml", yaml);
    }

    @Test
    void aRerunIsAnsweredWholeByTheCacheWithoutBuildingAChecker() throws Exception {
        Run first = run();
        assertEquals(List.of(0L, 3L), List.of(first.hits(), first.misses()));
        assertTrue(first.checkersBuilt() > 0);
        assertTrue(first.findings().stream().mapToInt(List::size).sum() > 2, "findings to cache: " + first.findings());

        Run second = run();
        assertEquals(List.of(3L, 0L), List.of(second.hits(), second.misses()));
        assertEquals(0, second.checkersBuilt(), "no checker, so no LanguageTool");
        assertEquals(first.findings(), second.findings());
        assertEquals(first.documents().stream().map(ScoredDocument::score).toList(),
                second.documents().stream().map(ScoredDocument::score).toList());
    }

    @Test
    void onlyTheEditedDocumentIsCheckedAgain() throws Exception {
        run();
        Files.writeString(dir.resolve("doc2.txt"), TEXTS.get(2).replace("bien", "très bien"));
        Run edited = run();
        assertEquals(List.of(2L, 1L), List.of(edited.hits(), edited.misses()));
        Run again = run();
        assertEquals(List.of(3L, 0L, 0), List.of(again.hits(), again.misses(), again.checkersBuilt()));
    }

    @Test
    void aRenamedOrCopiedTextKeepsItsEntryButNotAsAnotherKindOfFile() throws Exception {
        run();
        Files.move(dir.resolve("doc0.txt"), dir.resolve("renamed.txt"));
        Files.copy(dir.resolve("doc1.md"), dir.resolve("doc1.txt"));
        corpus = InputCollector.collect(List.of(dir.resolve("renamed.txt").toString(), dir.resolve("doc1.txt").toString()));
        Run moved = run();
        assertEquals(List.of(1L, 1L), List.of(moved.hits(), moved.misses()), "a .txt is not read as Markdown");
    }

    @Test
    void configurationEntriesThatDecideFindingsInvalidateEverything() throws Exception {
        Path plain = config("weights: {}\n");
        run(b -> b.configFile(plain));
        for (String entry : List.of("rules:\n  level: picky\n", "rules:\n  disable: [spacing]\n",
                "rules:\n  enable-only: [spacing, typography]\n", "severity:\n  MISSING_SPACE_AFTER_PUNCTUATION: major\n",
                "severity:\n  spacing: critical\n", "typography:\n  quotes: any\n",
                "typography:\n  accented-capitals: false\n", "names: [Dupont]\n")) {
            Path file = config(entry);
            Run changed = run(b -> b.configFile(file));
            assertEquals(List.of(0L, 3L), List.of(changed.hits(), changed.misses()), entry);
            Run again = run(b -> b.configFile(file));
            assertEquals(List.of(3L, 0L), List.of(again.hits(), again.misses()), entry);
        }
    }

    @Test
    void weightsScoringGateAndCommentsInvalidateNothingAndScoresFollowTheWeights() throws Exception {
        Path plain = config("weights: {}\n");
        Run first = run(b -> b.configFile(plain));
        Path other = config("# a comment\nweights:\n  spacing: 7\n  typography: 0\nminor-weights:\n  punctuation: 0.5\n"
                + "scoring:\n  tolerance: 30\ngate:\n  min-score: 50\n");
        Run reweighted = run(b -> b.configFile(other));
        assertEquals(List.of(3L, 0L, 0), List.of(reweighted.hits(), reweighted.misses(), reweighted.checkersBuilt()));
        assertEquals(first.findings(), reweighted.findings());
        assertNotEquals(first.documents().get(0).score(), reweighted.documents().get(0).score());
        List<ScoredDocument> uncached = new ArrayList<>();
        Relecture.builder().rulesHome(rules).configFile(other).build().check(corpus, uncached::add);
        assertEquals(uncached.stream().map(ScoredDocument::score).toList(),
                reweighted.documents().stream().map(ScoredDocument::score).toList());
    }

    @Test
    void theCommandLineSelectionAndLevelAreKeysToo() throws Exception {
        run();
        Run picky = run(b -> b.level(org.relecture.rules.Level.PICKY));
        assertEquals(0L, picky.hits());
        Run narrowed = run(b -> b.disable(List.of("typography")));
        assertEquals(0L, narrowed.hits());
    }

    @Test
    void aChangedRuleFileOrListInvalidatesEverythingAHiddenFileNothing() throws Exception {
        run();
        Files.writeString(rules.resolve(".EXONYMES.yaml.swp"), "an editor's swap file");
        assertEquals(0L, run().misses());

        Path list = rules.resolve("data").resolve("spacing-abbreviations.txt");
        Files.writeString(list, Files.readString(list) + "zzz.\n");
        Run listChanged = run();
        assertEquals(List.of(0L, 3L), List.of(listChanged.hits(), listChanged.misses()));

        Path rule = rules.resolve("EXONYMES.yaml");
        Files.writeString(rule, Files.readString(rule) + "\n# a comment is a change of the file\n");
        Run changed = run();
        assertEquals(List.of(0L, 3L), List.of(changed.hits(), changed.misses()));

        Files.writeString(rules.resolve("NOTES.md"), "a file the rules do not read yet counts: a later version may\n");
        assertEquals(0L, run().hits());
    }

    @Test
    void relectureAndLanguageToolVersionsArePartOfTheSetting() throws Exception {
        Relecture relecture = Relecture.builder().rulesHome(rules).build();
        assertTrue(relecture.fingerprint().entries().get("relecture").matches(
                java.util.regex.Pattern.quote(Version.get()) + " code [0-9a-f]{16}"), relecture.fingerprint().entries().toString());
        assertEquals("core " + JLanguageTool.VERSION + ", fr " + JLanguageTool.VERSION,
                relecture.fingerprint().entries().get("languagetool"));
        String digest = relecture.fingerprint().digest();
        assertNotEquals(digest, relecture.fingerprint().with("relecture", "0.2.0 code 0123456789abcdef").digest());
        assertNotEquals(digest, relecture.fingerprint().with("languagetool", "core 6.9, fr 6.9").digest());
    }

    @Test
    void aCallersOwnDetectorIsNeverCached() throws Exception {
        int[] calls = {0};
        try (ResultCache cache = ResultCache.open(cacheDir, ResultCache.DEFAULT_MAX_BYTES, message -> { })) {
            Relecture relecture = Relecture.builder().withoutRulesHome().enableOnly(List.of(FakeDetector.RULE))
                    .addDetector(() -> FakeDetector.of(document -> {
                        calls[0]++;
                        return List.of();
                    })).cache(cache).build();
            relecture.check(corpus, scored -> { });
            relecture.check(corpus, scored -> { });
            assertEquals(6, calls[0]);
            assertEquals(0, cache.hits() + cache.misses());
        }
    }
}
