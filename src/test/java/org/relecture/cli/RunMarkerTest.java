package org.relecture.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relecture.testing.TestFiles;

/** The marker the launcher reads to pick its JIT: written by a completed run that used the cache, only. */
class RunMarkerTest {
    private static final String OWN_RULE = "MISSING_SPACE_AFTER_PUNCTUATION";

    @TempDir
    Path dir;
    private Path marker;
    private String article;

    @BeforeEach
    void setUp() throws Exception {
        marker = dir.resolve("runs/1234");
        Files.createDirectories(marker.getParent());
        System.setProperty(RunMarker.PROPERTY, marker.toString());
        article = TestFiles.write(dir, "a.txt", "Le conseil a voté le budget.La séance a duré.\n").toString();
    }

    @AfterEach
    void tearDown() {
        System.clearProperty(RunMarker.PROPERTY);
    }

    @Test
    void aCompletedRunThatUsedTheCacheWritesIt() {
        assertEquals(0, CliRun.run("check", "--enable-only", OWN_RULE, "--cache-dir", dir.resolve("cache").toString(), article).exitCode());
        assertTrue(Files.isRegularFile(marker));
    }

    @Test
    void aRunWithoutTheCacheDoesNot() {
        assertEquals(0, CliRun.run("check", "--enable-only", OWN_RULE, "--no-cache", article).exitCode());
        assertFalse(Files.exists(marker));
    }

    @Test
    void aRunThatStoppedOnBadUsageDoesNot() {
        assertEquals(ExitCode.USAGE_OR_INPUT, CliRun.run("check", "--enable-only", "NO_SUCH_RULE", "--cache-dir",
                dir.resolve("cache").toString(), article).exitCode());
        assertFalse(Files.exists(marker));
    }
}
