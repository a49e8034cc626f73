package org.relecture.fix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diffs are applied by GNU patch, the tool they are for, and must give the fixed text byte for byte. */
class UnifiedDiffTest {
    @TempDir
    Path dir;

    private void assertPatchGives(String before, String after) throws IOException, InterruptedException {
        Path file = dir.resolve("article.txt");
        Files.writeString(file, before, StandardCharsets.UTF_8);
        String diff = UnifiedDiff.of("article.txt", before, after);
        Path patchFile = dir.resolve("fix.diff");
        Files.writeString(patchFile, diff, StandardCharsets.UTF_8);
        Process patch = new ProcessBuilder("patch", "--quiet", "-p0", "-i", patchFile.toString())
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(patch.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, patch.waitFor(), output + "\n" + diff);
        assertArrayEquals(after.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file), diff);
    }

    @Test
    void equalTextsGiveNoDiff() {
        assertEquals("", UnifiedDiff.of("a.txt", "même texte\n", "même texte\n"));
    }

    @Test
    void aChangedLineHasHeadersAHunkAndContext() {
        String diff = UnifiedDiff.of("a.txt", "un\ndeux\ntrois.Quatre\ncinq\n", "un\ndeux\ntrois. Quatre\ncinq\n");
        assertEquals("""
                --- a.txt
                +++ a.txt
                @@ -1,4 +1,4 @@
                 un
                 deux
                -trois.Quatre
                +trois. Quatre
                 cinq
                """, diff);
    }

    @Test
    void distantChangesMakeSeparateHunksThatPatchApplies() throws Exception {
        String before = IntStream.range(0, 40).mapToObj(i -> "ligne " + i + ".Suite").collect(Collectors.joining("\n", "", "\n"));
        String after = before.replace("ligne 2.Suite", "ligne 2. Suite").replace("ligne 30.Suite", "ligne 30. Suite");
        String diff = UnifiedDiff.of("article.txt", before, after);
        assertEquals(2, diff.split("\n@@ ", -1).length - 1, diff);
        assertPatchGives(before, after);
    }

    @Test
    void crlfLinesKeepTheirCarriageReturn() throws Exception {
        assertPatchGives("Titre\r\nLe texte.Suite\r\nFin\r\n", "Titre\r\nLe texte. Suite\r\nFin\r\n");
    }

    @Test
    void aLastLineWithoutBreakIsMarked() throws Exception {
        String diff = UnifiedDiff.of("a.txt", "un\ndeux.Trois", "un\ndeux. Trois");
        assertTrue(diff.endsWith("+deux. Trois\n\\ No newline at end of file\n"), diff);
        assertPatchGives("un\ndeux.Trois", "un\ndeux. Trois");
    }

    @Test
    void deletedLinesAndAChangedLastBreakPatch() throws Exception {
        assertPatchGives("Texte.\n\nLaissez un commentaire\nVotre adresse ne sera pas publiée.\n\nSuite.\n",
                "Texte.\n\n\n\nSuite.\n");
        assertPatchGives("Texte.\nPartager", "Texte.\n");
    }

    @Test
    void linesKeepTheirBreak() {
        assertEquals(List.of("a\n", "b\r\n", "c"), UnifiedDiff.lines("a\nb\r\nc"));
        assertEquals(List.of("a\n"), UnifiedDiff.lines("a\n"));
    }
}
