package org.relecture.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Input files for command-line tests. */
public final class TestFiles {
    private TestFiles() {
    }

    /** Writes {@code text} as UTF-8 to {@code dir/name} and returns the file. */
    public static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
