package org.relecture.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.findings.Severity;

/** The SQLite store itself, on real files in a temporary folder. */
class ResultCacheTest {
    private static final String SETTING = "s".repeat(64);
    private static final List<Finding> FINDINGS = List.of(new Finding("MISSING_SPACE_AFTER_PUNCTUATION",
            Category.SPACING, Severity.MINOR, 3, 9, "Espace manquante", List.of("a. B"), "relecture"));

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    private ResultCache open(long maxBytes) {
        return ResultCache.open(dir, maxBytes, warnings::add);
    }

    private static DocumentKey key(int n) {
        return new DocumentKey(String.format("%064d", n));
    }

    @Test
    void findingsAreKeptBetweenRunsUnderTheirSettingOnly() {
        try (ResultCache cache = open(ResultCache.DEFAULT_MAX_BYTES)) {
            assertEquals(Optional.empty(), cache.findings(SETTING, key(1)));
            cache.put(SETTING, key(1), FINDINGS);
            cache.put(SETTING, key(2), List.of());
        }
        try (ResultCache cache = open(ResultCache.DEFAULT_MAX_BYTES)) {
            assertEquals(Optional.of(FINDINGS), cache.findings(SETTING, key(1)));
            assertEquals(Optional.of(List.of()), cache.findings(SETTING, key(2)));
            assertEquals(Optional.empty(), cache.findings("t".repeat(64), key(1)), "another setting");
            assertEquals(2, cache.hits());
            assertEquals(1, cache.misses());
        }
        assertEquals(List.of(), warnings);
    }

    @Test
    void aSettingIsKnownOnceRemembered() {
        SettingFingerprint setting = SettingFingerprint.builder().add("level", "default").build();
        try (ResultCache cache = open(ResultCache.DEFAULT_MAX_BYTES)) {
            assertFalse(cache.knows(setting));
            cache.remember(setting);
            assertTrue(cache.knows(setting));
            assertFalse(cache.knows(setting.with("level", "picky")));
        }
    }

    @Test
    void theLeastRecentlyUsedEntriesGoWhenTheBoundIsPassed() {
        long entry = entrySize();
        try (ResultCache cache = open(3 * entry)) {
            for (int i = 1; i <= 3; i++) {
                cache.put(SETTING, key(i), FINDINGS);
            }
        }
        try (ResultCache cache = open(3 * entry)) {
            assertTrue(cache.findings(SETTING, key(1)).isPresent(), "used again: now the most recent");
            cache.put(SETTING, key(4), FINDINGS);
        }
        try (ResultCache cache = open(3 * entry)) {
            assertEquals(List.of(true, false, true, true),
                    List.of(1, 2, 3, 4).stream().map(i -> cache.findings(SETTING, key(i)).isPresent()).toList());
        }
        assertEquals(List.of(), warnings);
    }

    private long entrySize() {
        Path other = dir.resolve("measure");
        try (ResultCache cache = ResultCache.open(other, ResultCache.DEFAULT_MAX_BYTES, warnings::add)) {
            cache.put(SETTING, key(0), FINDINGS);
        }
        try {
            return CacheFolder.stats(other).orElseThrow().entryBytes();
        } catch (CacheException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aDamagedEntryIsReportedOnceAndTheCacheGivenUp() throws Exception {
        try (ResultCache cache = open(ResultCache.DEFAULT_MAX_BYTES)) {
            cache.put(SETTING, key(1), FINDINGS);
            cache.put(SETTING, key(2), FINDINGS);
        }
        try (Connection db = ResultCache.connect(dir.resolve(ResultCache.FILE)); Statement s = db.createStatement()) {
            s.executeUpdate("UPDATE results SET findings = substr(findings, 1, length(findings) - 3)");
        }
        try (ResultCache cache = open(ResultCache.DEFAULT_MAX_BYTES)) {
            assertEquals(Optional.empty(), cache.findings(SETTING, key(1)));
            assertEquals(Optional.empty(), cache.findings(SETTING, key(2)));
            cache.put(SETTING, key(3), FINDINGS);
            assertFalse(cache.enabled());
        }
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("damaged") && warnings.get(0).contains(ResultCache.FILE), warnings.get(0));
    }

    @Test
    void aFileThatIsNoDatabaseIsReportedOnce() throws Exception {
        Files.writeString(dir.resolve(ResultCache.FILE), "not a database at all, but long enough to look like one ".repeat(100));
        try (ResultCache cache = open(ResultCache.DEFAULT_MAX_BYTES)) {
            assertFalse(cache.knows(SettingFingerprint.builder().build()));
            assertEquals(Optional.empty(), cache.findings(SETTING, key(1)));
            cache.put(SETTING, key(1), FINDINGS);
        }
        assertEquals(1, warnings.size(), warnings.toString());
    }

    @Test
    void aFolderThatCannotBeMadeIsReportedOnce() throws Exception {
        Path file = Files.writeString(dir.resolve("in-the-way"), "a file where the folder should be");
        try (ResultCache cache = ResultCache.open(file.resolve("cache"), 1000, warnings::add)) {
            assertEquals(Optional.empty(), cache.findings(SETTING, key(1)));
            cache.put(SETTING, key(1), FINDINGS);
            assertFalse(cache.enabled());
        }
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("in-the-way"), warnings.get(0));
    }

    @Test
    void statsSayWhatTheLatestSettingChanged() throws Exception {
        SettingFingerprint first = SettingFingerprint.builder().add("level", "default").build();
        try (ResultCache cache = open(ResultCache.DEFAULT_MAX_BYTES)) {
            cache.remember(first);
            cache.put(SETTING, key(1), FINDINGS);
        }
        try (ResultCache cache = open(ResultCache.DEFAULT_MAX_BYTES)) {
            cache.remember(first.with("level", "picky"));
        }
        CacheStats stats = CacheFolder.stats(dir).orElseThrow();
        assertEquals(1, stats.documents());
        assertEquals(2, stats.settings());
        assertEquals(List.of("level: default -> picky"), stats.latestChanges());
        assertTrue(stats.diskBytes() > 0);
    }

    @Test
    void clearEmptiesTheCacheAndDeletesADamagedOne() throws Exception {
        assertFalse(CacheFolder.clear(dir), "no cache yet");
        try (ResultCache cache = open(ResultCache.DEFAULT_MAX_BYTES)) {
            cache.put(SETTING, key(1), FINDINGS);
        }
        assertTrue(CacheFolder.clear(dir));
        assertEquals(0, CacheFolder.stats(dir).orElseThrow().documents());

        Files.writeString(dir.resolve(ResultCache.FILE), "garbage ".repeat(1000));
        assertTrue(CacheFolder.clear(dir));
        assertFalse(Files.exists(dir.resolve(ResultCache.FILE)));
        try (ResultCache cache = open(ResultCache.DEFAULT_MAX_BYTES)) {
            cache.put(SETTING, key(1), FINDINGS);
            assertEquals(Optional.of(FINDINGS), cache.findings(SETTING, key(1)));
        }
        assertEquals(List.of(), warnings);
    }

    @Test
    void theDefaultFolderFollowsXdg() {
        assertEquals(Path.of("/x/cache/relecture"), CacheFolder.defaultFolder(Map.of("XDG_CACHE_HOME", "/x/cache"), "/home/u"));
        assertEquals(Path.of("/home/u/.cache/relecture"), CacheFolder.defaultFolder(Map.of(), "/home/u"));
        assertEquals(Path.of("/home/u/.cache/relecture"),
                CacheFolder.defaultFolder(Map.of("XDG_CACHE_HOME", "relative"), "/home/u"), "the spec ignores relative paths");
    }
}
