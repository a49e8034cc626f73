package org.relecture.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressBarTest {
    private static final String TTY = "true";

    @Test
    void drawsInPlaceAndClearsAtTheEnd() {
        StringWriter err = new StringWriter();
        ProgressBar bar = new ProgressBar(err, 4, 80);
        bar.start();
        assertEquals("\r[------------------------] 0/4", err.toString());
        bar.advance("docs/a.txt");
        bar.advance("docs/b.txt");
        assertTrue(err.toString().endsWith("\r[############------------] 2/4 docs/b.txt"), err.toString());
        bar.clear();
        String clearing = "\r" + " ".repeat("[############------------] 2/4 docs/b.txt".length()) + "\r";
        assertTrue(err.toString().endsWith(clearing), err.toString());
        assertFalse(err.toString().contains("\n"), "never a new line: the bar stays on one line");
    }

    @Test
    void aShorterLineCoversWhatTheLongerOneLeft() {
        StringWriter err = new StringWriter();
        ProgressBar bar = new ProgressBar(err, 2, 80);
        bar.advance("a-rather-long-file-name.txt");
        int before = err.toString().length();
        bar.advance("b.txt");
        String redraw = err.toString().substring(before);
        assertEquals("\r[########################] 2/2 a-rather-long-file-name.txt".length(), redraw.length());
    }

    @Test
    void longPathsAreCutFromTheLeftToFitTheTerminal() {
        ProgressBar bar = new ProgressBar(new StringWriter(), 10, 50);
        bar.advance("corpus/2024/very/deep/folder/with/an-article.txt");
        String line = bar.line();
        assertTrue(line.length() <= 49, line);
        assertTrue(line.endsWith("an-article.txt"), line);
        assertTrue(line.contains("…"), line);
    }

    @Test
    void shownOnlyForACorpusOnATerminalThatAPersonWatches() {
        Map<String, String> plain = Map.of("TERM", "xterm-256color");
        assertTrue(ProgressBar.wanted(5, plain, TTY));
        assertFalse(ProgressBar.wanted(1, plain, TTY), "one document: no bar");
        assertFalse(ProgressBar.wanted(5, plain, null), "the launcher did not say stderr is a terminal");
        assertFalse(ProgressBar.wanted(5, Map.of("TERM", "dumb"), TTY));
        assertFalse(ProgressBar.wanted(5, Map.of("NO_COLOR", "1"), TTY));
        assertFalse(ProgressBar.wanted(5, Map.of("CI", "true"), TTY));
        assertSame(ProgressBar.OFF, ProgressBar.forRun(new StringWriter(), 5, plain, null));
    }

    @Test
    void aPipedCorpusRunWritesNoProgress(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Un texte.\n");
        Files.writeString(dir.resolve("b.txt"), "Un autre texte.\n");
        CliRun run = CliRun.run("check", "--format", "json", dir.toString());
        assertEquals(0, run.exitCode());
        assertEquals("", run.err());
    }
}
