package org.relecture.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relecture.testing.TestFiles;

/**
 * {@code relecture fix}: the diff on stdout and nothing written, exit 1 when there is something
 * to fix; {@code --write}; {@code --only}; bad inputs. Runs relecture's own typography and spacing
 * rules, so LanguageTool is not started.
 */
class FixCommandTest {
    private static final String RULES = "MISSING_SPACE_AFTER_PUNCTUATION,GUILLEMET_SPACING,CAPITAL_WITHOUT_ACCENT,"
            + "QUOTES_NOT_FRENCH,DEBRIS_BOILERPLATE_BLOCK";
    private static final String TWO_ERRORS = "Le conseil a voté le budget.Les Etats membres ont suivi.\n";
    private static final String FIXED = "Le conseil a voté le budget. Les États membres ont suivi.\n";
    private static final String CLEAN = "Le conseil municipal a voté le budget hier soir après un long débat.\n";

    @TempDir
    Path dir;

    private static CliRun fix(String... args) {
        List<String> all = new ArrayList<>(List.of("fix", "--enable-only", RULES));
        all.addAll(List.of(args));
        return CliRun.run(all.toArray(String[]::new));
    }

    @Test
    void withoutWriteItPrintsTheDiffChangesNothingAndExits1() throws IOException {
        Path file = TestFiles.write(dir, "a.txt", TWO_ERRORS);
        CliRun run = fix(file.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertEquals("--- " + file + "\n+++ " + file + "\n@@ -1 +1 @@\n-" + TWO_ERRORS + "+" + FIXED, run.out());
        assertEquals(TWO_ERRORS, Files.readString(file));
        assertTrue(run.err().contains(file + ": 2 fixes to apply (CAPITAL_WITHOUT_ACCENT 1, MISSING_SPACE_AFTER_PUNCTUATION 1)"
                + ", quality 85.3 (good, pass) -> 100.0 (best, pass); score 90.0 -> 100.0; 0 findings left for a human"),
                run.err());
        assertTrue(run.err().contains("mean quality 85.3 -> 100.0, mean score 90.0 -> 100.0"), run.err());
        assertTrue(run.err().contains("fixed MISSING_SPACE_AFTER_PUNCTUATION \"budget.Les\" -> \"budget. Les\""), run.err());
    }

    @Test
    void nothingToFixIsExit0AndAnEmptyStdout() throws IOException {
        CliRun run = fix(TestFiles.write(dir, "a.txt", CLEAN).toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().contains("nothing to fix"), run.err());
    }

    @Test
    void theDiffPatchesTheFileIntoWhatWriteWrites() throws Exception {
        String text = "Titre\n\nIl a dit «oui» hier.La suite\nreste.\n";
        Path file = TestFiles.write(dir, "a.txt", text);
        Path copy = TestFiles.write(dir, "copie.txt", text);
        CliRun diff = fix(file.toString());
        assertEquals(1, diff.exitCode(), diff.err());
        Path patchFile = TestFiles.write(dir, "fix.diff", diff.out());
        Process patch = new ProcessBuilder("patch", "--quiet", copy.toString(), patchFile.toString())
                .redirectErrorStream(true).start();
        String said = new String(patch.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, patch.waitFor(), said);

        CliRun write = fix("--write", file.toString());
        assertEquals(0, write.exitCode(), write.err());
        assertEquals("", write.out(), "with --write, stdout stays empty");
        assertTrue(write.err().contains("2 fixes written"), write.err());
        assertArrayEquals(Files.readAllBytes(copy), Files.readAllBytes(file));
    }

    @Test
    void aSecondFixFindsNothingLeft() throws IOException {
        Path file = TestFiles.write(dir, "a.txt", "Il a dit «oui» hier.La suite. Les Etats ont \"voté\" et \"signé\".\n");
        assertEquals(0, fix("--write", file.toString()).exitCode());
        CliRun again = fix(file.toString());
        assertEquals(0, again.exitCode(), again.out() + again.err());
        assertEquals("", again.out());
    }

    @Test
    void onlyAppliesTheNamedRulesOrCategories() throws IOException {
        Path file = TestFiles.write(dir, "a.txt", TWO_ERRORS);
        CliRun run = fix("--only", "spacing", "--write", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("Le conseil a voté le budget. Les Etats membres ont suivi.\n", Files.readString(file));
        assertTrue(run.err().contains("1 finding left for a human"), run.err());
        assertTrue(run.err().contains("CAPITAL_WITHOUT_ACCENT \"Etats\""), run.err());

        CliRun unknown = fix("--only", "NO_SUCH_RULE", file.toString());
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("--only: no rule or category is called NO_SUCH_RULE"), unknown.err());
    }

    @Test
    void standardInputGetsADiffButCannotBeWritten() {
        CliRun run = CliRun.withStdin(TWO_ERRORS.getBytes(StandardCharsets.UTF_8), "fix", "--enable-only", RULES, "-");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("--- <stdin>\n+++ <stdin>\n"), run.out());

        CliRun write = CliRun.withStdin(TWO_ERRORS.getBytes(StandardCharsets.UTF_8), "fix", "--write", "-");
        assertEquals(2, write.exitCode());
        assertTrue(write.err().contains("cannot rewrite standard input"), write.err());
    }

    @Test
    void anUnreadableInputIsNamedAndTheOthersAreStillFixed() throws IOException {
        Path good = TestFiles.write(dir, "b.txt", TWO_ERRORS);
        Path binary = dir.resolve("c.txt");
        Files.write(binary, new byte[] {'a', 0, 'b'});
        CliRun run = fix("--write", dir.resolve("absent.txt").toString(), binary.toString(), good.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("absent.txt: no such file or directory"), run.err());
        assertTrue(run.err().contains("c.txt: looks like a binary file"), run.err());
        assertArrayEquals(new byte[] {'a', 0, 'b'}, Files.readAllBytes(binary));
        assertEquals(FIXED, Files.readString(good));
        assertTrue(run.err().contains("2 inputs not fixed"), run.err());
    }
}
