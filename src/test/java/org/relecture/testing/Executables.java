package org.relecture.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a program as a shell would, so tests need no fixed install paths: the file an environment
 * variable names (as {@code CHROME_BIN} and {@code CHROMEDRIVER} name a browser and its driver),
 * else the first of the given names on {@code PATH}.
 */
public final class Executables {
    private Executables() {
    }

    /**
     * @param env      the environment ({@code System.getenv()} outside tests of this class)
     * @param variable the variable that names the program's file, if the user set it
     * @param names    program names to look for on {@code PATH}, in order of preference
     */
    public static Optional<Path> find(Map<String, String> env, String variable, List<String> names) {
        String named = env.get(variable);
        if (named != null && !named.isBlank()) {
            Path file = Path.of(named);
            return Files.isExecutable(file) && !Files.isDirectory(file) ? Optional.of(file) : Optional.empty();
        }
        String path = env.getOrDefault("PATH", "");
        for (String name : names) {
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isEmpty()) {
                    continue;
                }
                try {
                    Path file = Path.of(dir, name);
                    if (Files.isExecutable(file) && !Files.isDirectory(file)) {
                        return Optional.of(file);
                    }
                } catch (InvalidPathException e) {
                    // A PATH entry that is no path names no program.
                }
            }
        }
        return Optional.empty();
    }
}
