package org.relecture.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A check whose JVM reads LanguageTool's spelling automaton and the tokens of its word lists from
 * relecture's cache ({@code SpellingDictionaryCache}, {@code SpellingTokensCache}, which the
 * launcher turns on) reports exactly what a check that built them reports, suggestions included:
 * each run is a JVM of its own, as LanguageTool keeps its spelling rule per JVM.
 */
class SpellingCacheProcessTest {
    /** Misspellings whose suggestions come from both of LanguageTool's spelling dictionaries. */
    private static final String TEXT = """
            Le developpement du batiment a été apprécié par l'acceuil de la mairie. On peut apeller \
            le service de covoiturrage ou écrire une chaussete de laine. L'ortographe des mots \
            néerlandofone et coronavirsu compte aussi, comme Languagetool et wxqz.
            """;

    @TempDir
    Path dir;

    @Test
    void theCachedAutomatonGivesTheSameReportAsTheBuiltOne() throws Exception {
        Path article = Files.writeString(dir.resolve("article.txt"), TEXT + Files.readString(Path.of("seeds/001_6d342fe71a67ec1b.txt")));
        Path cache = dir.resolve("spelling");
        String built = check(article, null);
        String writes = check(article, cache);
        List<Path> files = written(cache);
        // A run that could not read them would build them and write the files again.
        for (Path file : files) {
            Files.setLastModifiedTime(file, FileTime.fromMillis(0));
        }
        String reads = check(article, cache);
        for (Path file : files) {
            assertEquals(0, Files.getLastModifiedTime(file).toMillis(), "the second run reads " + file);
        }
        assertTrue(built.contains("\"suggestions\""), built);
        assertEquals(built, writes);
        assertEquals(built, reads);
    }

    /** The automaton's file and the tokens', one each. */
    private static List<Path> written(Path cache) throws IOException {
        List<Path> written = new ArrayList<>();
        for (String suffix : List.of(".bin", ".tokens")) {
            try (var files = Files.list(cache)) {
                List<Path> these = files.filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
                assertEquals(1, these.size(), "the first run writes one " + suffix + " file");
                written.addAll(these);
            }
        }
        return written;
    }

    private String check(Path article, Path cache) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        if (cache != null) {
            command.add("-Drelecture.spelling.cache=" + cache);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "check", "--no-cache", "--format", "json", article.toString()));
        Path out = dir.resolve("out.json");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(dir.resolve("err.txt").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        int code = p.waitFor();
        assertTrue(code == 0 || code == 1, "exit " + code + ": " + Files.readString(dir.resolve("err.txt")));
        return Files.readString(out);
    }
}
