package org.relecture.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.relecture.rules.RulesHome;

/** Input files for command-line tests. */
public final class TestFiles {
    private TestFiles() {
    }

    /** A copy of the project's rules folder in {@code dir}, to break or trim in a test. */
    public static Path copyOfRules(Path dir) throws IOException {
        Path rules = RulesHome.locate().orElseThrow();
        Path copy = dir.resolve("rules");
        try (Stream<Path> files = Files.walk(rules)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(rules.relativize(file).toString()));
            }
        }
        return copy;
    }

    /** Writes {@code text} as UTF-8 to {@code dir/name} and returns the file. */
    public static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
