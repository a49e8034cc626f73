package org.relecture.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relecture.testing.TestFiles;

/** The result cache across JVMs, as CI jobs and reruns use it: each run is its own process. */
class CacheProcessTest {
    @TempDir
    Path dir;

    private Process start(Path out, Path err, List<String> jvm, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    }

    private static void await(Process p) throws InterruptedException {
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the run ended");
    }

    private static List<String> with(List<String> first, List<String> then) {
        List<String> all = new ArrayList<>(first);
        all.addAll(then);
        return all;
    }

    @Test
    void aRerunOfAKnownCorpusLoadsNeitherLanguageToolNorItsDictionariesNorTheSentenceModel() throws Exception {
        List<String> corpus = List.of(
                TestFiles.write(dir, "a.txt", "Le conseil a voté le budget.La séance a duré trois heures.\n").toString(),
                TestFiles.write(dir, "b.md", "# Etats du projet\n\nLa cooperation progresse , dit-il.\n").toString());
        List<String> check = with(List.of("check", "--format", "json", "--cache-dir", dir.resolve("cache").toString()), corpus);
        CliRun filled = CliRun.run(check.toArray(String[]::new));
        assertEquals(0, filled.exitCode(), filled.err());
        assertTrue(filled.out().contains("FR_SPELLING_RULE") || filled.out().contains("\"languagetool\""),
                "LanguageTool's findings are cached too: " + filled.out());

        Path log = dir.resolve("classes.log");
        Path out = dir.resolve("out");
        Path err = dir.resolve("err");
        Process rerun = start(out, err, List.of("-Xlog:class+load=info:file=" + log), check);
        await(rerun);
        assertEquals(0, rerun.exitValue(), Files.readString(err));
        assertEquals(filled.out(), Files.readString(out, StandardCharsets.UTF_8));
        String classes = Files.readString(log);
        assertTrue(classes.contains("org.relecture.cli.Main ") && classes.contains("org.sqlite."),
                "the log of loaded classes is read");
        assertFalse(classes.contains("org.languagetool.JLanguageTool "), "LanguageTool built");
        assertFalse(classes.contains("morfologik.stemming.Dictionary "), "a dictionary loaded");
        assertFalse(classes.contains("opennlp.tools.sentdetect.SentenceModel "), "the sentence model loaded");
    }

    @Test
    void twoProcessesSharingAnEmptyCacheAtOnceBothReportCorrectly() throws Exception {
        List<String> corpus = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            corpus.add(TestFiles.write(dir, "doc" + i + ".txt", "Texte " + i + " : le conseil a voté.La séance a duré "
                    + i + " heures, dit \"le maire\".\n".repeat(1 + i % 5)).toString());
        }
        List<String> check = with(List.of("check", "--format", "json", "--enable-only",
                "MISSING_SPACE_AFTER_PUNCTUATION,QUOTES_NOT_FRENCH", "-j", "2"), corpus);
        CliRun reference = CliRun.run(with(check, List.of("--no-cache")).toArray(String[]::new));
        assertEquals(0, reference.exitCode(), reference.err());

        List<String> cached = with(check, List.of("--cache-dir", dir.resolve("cache").toString()));
        List<Process> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(start(dir.resolve("out" + i), dir.resolve("err" + i), List.of(), cached));
        }
        for (int i = 0; i < 2; i++) {
            await(runs.get(i));
            assertEquals("", Files.readString(dir.resolve("err" + i)), "no warning from run " + i);
            assertEquals(0, runs.get(i).exitValue());
            assertEquals(reference.out(), Files.readString(dir.resolve("out" + i), StandardCharsets.UTF_8), "run " + i);
        }
        CliRun third = CliRun.run(with(cached, List.of("--verbose")).toArray(String[]::new));
        assertEquals(reference.out(), third.out());
        assertTrue(third.err().contains("40 of 40 documents known"), third.err());
    }
}
