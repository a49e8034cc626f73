package org.relecture.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The seeds measure the rules; they must not define them: no run of five words from a seed
 * article may appear in the code or the rule files.
 */
class NoSeedTextTest {
    private static final int RUN = 5;

    @Test
    void noFiveWordRunOfASeedAppearsInCodeOrRules() throws IOException {
        Set<String> seedRuns = new HashSet<>();
        for (Path seed : seeds()) {
            List<String> words = words(Files.readString(seed, StandardCharsets.UTF_8));
            for (int i = 0; i + RUN <= words.size(); i++) {
                seedRuns.add(String.join(" ", words.subList(i, i + RUN)));
            }
        }
        List<String> hits = new ArrayList<>();
        for (Path file : codeAndRules()) {
            List<String> words = words(Files.readString(file, StandardCharsets.UTF_8));
            for (int i = 0; i + RUN <= words.size(); i++) {
                String run = String.join(" ", words.subList(i, i + RUN));
                if (seedRuns.contains(run)) {
                    hits.add(file + ": «" + run + "»");
                }
            }
        }
        assertEquals(List.of(), hits);
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).replace('’', '\'').split("[^\\p{L}\\p{N}']+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static List<Path> seeds() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static List<Path> codeAndRules() throws IOException {
        List<Path> all = new ArrayList<>();
        for (String root : List.of("src/main", "rules")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                files.filter(Files::isRegularFile).sorted().forEach(all::add);
            }
        }
        return all;
    }
}
