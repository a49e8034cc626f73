package org.relecture.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relecture.api.Relecture;
import org.relecture.cache.ResultCache;
import org.relecture.reports.Format;
import org.relecture.reports.RenderOptions;
import org.relecture.rules.FakeDetector;
import org.relecture.scoring.CorpusSummary;
import org.relecture.testing.TestFiles;
import org.relecture.text.InputCollector;

/** Broken rule data is a usage error found before any document; a rule's crash shows its trace under -v. */
class FailFastCliTest {
    @TempDir
    Path dir;

    @Test
    void aBadListInARulesFolderIsExitTwoNamingFileAndLineBeforeAnyReport() throws Exception {
        Path rules = TestFiles.copyOfRules(dir);
        Path list = rules.resolve("data").resolve("web-boilerplate-weak.txt");
        Files.writeString(list, "[unclosed\n");
        Path text = TestFiles.write(dir, "a.txt", "Un texte sans histoire.\n");
        CliRun run = CliRun.run("check", "--no-default-rules", "--rules", rules.toString(),
                "--enable-only", "debris", "--format", "json", text.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("relecture: " + list + ": line 1: bad regular expression '[unclosed': Unclosed character class\n",
                run.err());
        assertEquals("", run.out());
    }

    @Test
    void aMissingRulesFolderOfTheOptionsIsExitTwo() throws Exception {
        Path text = TestFiles.write(dir, "a.txt", "Un texte sans histoire.\n");
        CliRun run = CliRun.run("check", "--no-default-rules", "--rules", dir.resolve("none").toString(), text.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("none: not a folder of rules"), run.err());
    }

    @Test
    void aRuleThatCrashesIsNamedAndItsTraceShownOnlyWhenVerbose() throws Exception {
        Relecture crashing = FakeDetector.relecture(document -> {
            throw new IllegalStateException("boom");
        });
        Path text = TestFiles.write(dir, "a.txt", "Un texte.\n");
        for (boolean verbose : List.of(false, true)) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            CorpusCheck run = new CorpusCheck(crashing, ResultCache.disabled(), InputCollector.collect(List.of(text.toString())),
                    new PrintStream(err, true, StandardCharsets.UTF_8), ProgressBar.OFF, verbose);
            CorpusSummary summary = run.report(Format.JSON.renderer(new ByteArrayOutputStream(), new RenderOptions(false)));
            assertEquals(1, summary.internalFailures());
            String said = err.toString(StandardCharsets.UTF_8);
            assertTrue(said.startsWith("relecture: " + text + ": checking failed: java.lang.IllegalStateException: boom\n"),
                    said);
            assertEquals(verbose, said.contains("\tat "), said);
            assertFalse(verbose && !said.contains("FailFastCliTest"), "the trace reaches the rule: " + said);
        }
    }
}
