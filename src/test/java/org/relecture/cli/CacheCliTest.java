package org.relecture.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relecture.cache.ResultCache;
import org.relecture.reports.Format;
import org.relecture.testing.TestFiles;

/**
 * The result cache from the command line: reports made from it are the reports of a run without
 * it, byte for byte, and a cache that cannot be used costs one line on stderr, nothing else.
 */
class CacheCliTest {
    /** relecture's own rules only, named by id: no LanguageTool to wait for. */
    private static final String SPACING = "MISSING_SPACE_AFTER_PUNCTUATION";
    private static final String OWN_RULES = SPACING + ",QUOTES_NOT_FRENCH";

    @TempDir
    Path dir;
    private Path cache;
    private List<String> corpus;

    @BeforeEach
    void corpus() throws Exception {
        cache = dir.resolve("cache");
        Path seed = Path.of("seeds").toAbsolutePath();
        corpus = new ArrayList<>(List.of(
                TestFiles.write(dir, "glued.txt", "Le conseil a voté le budget.La séance a duré trois \"longues\" heures.\n")
                        .toString(),
                TestFiles.write(dir, "notes.md", "# Etats du projet\n\nLe maire a dit : « nous verrons ».Il est parti.\n")
                        .toString(),
                seed.resolve("003_deaf7d7c7531e0ec.txt").toString(),
                dir.resolve("missing.txt").toString()));
    }

    private String[] args(String command, List<String> options) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(options);
        all.addAll(corpus);
        return all.toArray(String[]::new);
    }

    private CliRun uncached(String command, String... options) {
        List<String> all = new ArrayList<>(List.of(options));
        all.add("--no-cache");
        return CliRun.run(args(command, all));
    }

    private CliRun cached(String command, String... options) {
        List<String> all = new ArrayList<>(List.of(options));
        all.addAll(List.of("--cache-dir", cache.toString()));
        return CliRun.run(args(command, all));
    }

    private static void assertSameRun(CliRun expected, CliRun actual, String what) {
        assertEquals(expected.out(), actual.out(), what);
        assertEquals(expected.exitCode(), actual.exitCode(), what);
        assertEquals(expected.err(), actual.err(), what);
    }

    @Test
    void reportsFromTheCacheAreByteIdenticalInEveryFormat() {
        CliRun filling = cached("check", "--format", "json");
        assertSameRun(uncached("check", "--format", "json"), filling, "the run that fills the cache");
        assertEquals(2, filling.exitCode(), "one input is missing: " + filling.err());
        for (Format format : Format.values()) {
            CliRun reference = uncached("check", "--format", format.toString());
            assertSameRun(reference, cached("check", "--format", format.toString()), "check " + format);
            assertSameRun(reference, cached("check", "--format", format.toString()), "check " + format + ", again");
        }
        for (String format : List.of("text", "json", "html")) {
            assertSameRun(uncached("rank", "--format", format), cached("rank", "--format", format), "rank " + format);
        }
        corpus.remove(corpus.size() - 1);
        for (String failOn : List.of("major", "critical")) {
            assertSameRun(uncached("gate", "--fail-on", failOn, "--format", "sarif"),
                    cached("gate", "--fail-on", failOn, "--format", "sarif"), "gate " + failOn);
        }
    }

    /** Runs without and with a cache in the given state: same report, same code, one line more on stderr. */
    private void assertOneWarningAndTheSameRun(String... extra) {
        List<String> options = new ArrayList<>(List.of("--format", "json", "--enable-only", OWN_RULES));
        CliRun reference = uncached("check", options.toArray(String[]::new));
        options.addAll(List.of(extra));
        CliRun run = CliRun.run(args("check", options));
        assertEquals(reference.out(), run.out());
        assertEquals(reference.exitCode(), run.exitCode());
        List<String> warnings = run.err().lines().filter(l -> !reference.err().contains(l)).toList();
        assertEquals(1, warnings.size(), run.err());
        assertTrue(warnings.get(0).startsWith("relecture: cache "), warnings.get(0));
        assertTrue(warnings.get(0).contains("going on without it"), warnings.get(0));
    }

    @Test
    void aDamagedCacheIsReportedOnceAndTheRunGoesOnWithoutIt() throws Exception {
        Files.createDirectories(cache);
        Files.writeString(cache.resolve(ResultCache.FILE), "not SQLite at all\n".repeat(500));
        assertOneWarningAndTheSameRun("--cache-dir", cache.toString());
    }

    @Test
    void aTruncatedCacheIsReportedOnceAndTheRunGoesOnWithoutIt() throws Exception {
        cached("check", "--format", "json", "--enable-only", OWN_RULES);
        Path file = cache.resolve(ResultCache.FILE);
        byte[] whole = Files.readAllBytes(file);
        assertTrue(whole.length > 8192, "more than two pages: " + whole.length);
        Files.write(file, java.util.Arrays.copyOf(whole, 4096 + 1000));
        assertOneWarningAndTheSameRun("--cache-dir", cache.toString());
    }

    @Test
    void aCacheLockedByAnotherProcessIsReportedOnceAndTheRunGoesOnWithoutIt() throws Exception {
        cached("check", "--format", "json", "--enable-only", SPACING);
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + cache.resolve(ResultCache.FILE));
             Statement s = other.createStatement()) {
            s.execute("PRAGMA locking_mode = EXCLUSIVE");
            s.execute("BEGIN EXCLUSIVE");
            s.execute("DELETE FROM settings");
            assertOneWarningAndTheSameRun("--cache-dir", cache.toString());
            s.execute("ROLLBACK");
        }
    }

    @Test
    void aCacheFolderThatCannotBeWrittenIsReportedOnceAndTheRunGoesOnWithoutIt() throws Exception {
        Path file = TestFiles.write(dir, "a-file", "where the cache's folder should be\n");
        assertOneWarningAndTheSameRun("--cache-dir", file.resolve("relecture").toString());
    }

    @Test
    void statsSayWhatIsThereAndClearEmptiesIt() throws Exception {
        CliRun none = CliRun.run("cache", "stats", "--cache-dir", cache.toString());
        assertEquals(0, none.exitCode());
        assertEquals("no cache in " + cache + "\n", none.out());

        cached("check", "--enable-only", SPACING);
        cached("check", "--enable-only", OWN_RULES);
        CliRun stats = CliRun.run("cache", "stats", "--cache-dir", cache.toString());
        assertEquals(0, stats.exitCode(), stats.err());
        assertTrue(stats.out().contains("documents: 6 "), stats.out());
        assertTrue(stats.out().contains("settings:  2"), stats.out());
        assertTrue(stats.out().contains("the latest setting changed from the one before: enabled-only changed;"),
                stats.out());

        CliRun clear = CliRun.run("cache", "clear", "--cache-dir", cache.toString());
        assertEquals(0, clear.exitCode(), clear.err());
        assertEquals("", clear.out());
        assertTrue(CliRun.run("cache", "stats", "--cache-dir", cache.toString()).out().contains("documents: 0 "));

        Files.writeString(cache.resolve(ResultCache.FILE), "damaged\n".repeat(1000));
        CliRun damaged = CliRun.run("cache", "stats", "--cache-dir", cache.toString());
        assertEquals(2, damaged.exitCode());
        assertTrue(damaged.err().contains("relecture cache clear"), damaged.err());
        assertEquals(0, CliRun.run("cache", "clear", "--cache-dir", cache.toString()).exitCode());
        assertFalse(Files.exists(cache.resolve(ResultCache.FILE)));
    }

    @Test
    void verboseSaysHowMuchTheCacheAnswered() {
        cached("check", "--enable-only", SPACING);
        corpus.add(0, Path.of("seeds", "001_6d342fe71a67ec1b.txt").toAbsolutePath().toString());
        CliRun run = cached("check", "--enable-only", SPACING, "--verbose");
        assertTrue(run.err().contains("relecture: cache " + cache.resolve(ResultCache.FILE) + ": 3 of 4 documents known, 1 checked"),
                run.err());
    }

    @Test
    void theSizeBoundKeepsTheMostRecentlyUsed() throws Exception {
        cached("check", "--enable-only", SPACING, "--cache-max-size", "1K");
        CliRun run = cached("check", "--enable-only", SPACING, "--cache-max-size", "1K", "--verbose");
        assertTrue(run.err().matches("(?s).*: [12] of 3 documents known.*"), run.err());
        CliRun bad = cached("check", "--cache-max-size", "lots");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("'lots' is not a size"), bad.err());
    }

    @Test
    void theEnvironmentTurnsTheDefaultCacheOffButNotOneNamed() {
        Io io = new Io(System.in, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        CacheOptions defaults = new CacheOptions();
        try (ResultCache off = defaults.open(io, Map.of(CacheOptions.NO_CACHE_VARIABLE, "1", "XDG_CACHE_HOME", dir.toString()))) {
            assertFalse(off.enabled());
        }
        try (ResultCache on = defaults.open(io, Map.of(CacheOptions.NO_CACHE_VARIABLE, "0", "XDG_CACHE_HOME", dir.toString()))) {
            assertTrue(on.enabled());
            assertEquals(dir.resolve("relecture").resolve(ResultCache.FILE), on.file());
        }
        CacheOptions named = new CacheOptions();
        named.folder = cache;
        try (ResultCache on = named.open(io, Map.of(CacheOptions.NO_CACHE_VARIABLE, "1"))) {
            assertTrue(on.enabled());
        }
        named.off = true;
        try (ResultCache off = named.open(io, Map.of())) {
            assertFalse(off.enabled());
        }
    }
}
