package org.relecture.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Expands command-line operands into inputs: {@code -} is standard input, a file is itself
 * (whatever its extension: the user named it), a directory is every {@code .txt} and {@code .md}
 * file below it in path order, hidden files and folders skipped. An operand that does not exist
 * becomes an {@link Input.Unreadable} in its place, so it is reported and the rest still checked.
 */
public final class InputCollector {
    private static final List<String> EXTENSIONS = List.of(".txt", ".md");

    private InputCollector() {
    }

    public static List<Input> collect(List<String> operands) {
        List<Input> inputs = new ArrayList<>();
        for (String operand : operands) {
            if (operand.equals("-")) {
                inputs.add(new Input.Stdin());
                continue;
            }
            Path path = Path.of(operand);
            if (Files.isDirectory(path)) {
                inputs.addAll(walk(path, operand));
            } else if (Files.exists(path)) {
                inputs.add(new Input.File(path, operand));
            } else {
                inputs.add(new Input.Unreadable(operand, "no such file or directory"));
            }
        }
        return inputs;
    }

    private static List<Input> walk(Path dir, String operand) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> found = files
                    .filter(p -> !isHidden(dir.relativize(p)))
                    .filter(Files::isRegularFile)
                    .filter(InputCollector::hasTextExtension)
                    .sorted()
                    .toList();
            List<Input> inputs = new ArrayList<>(found.size());
            for (Path p : found) {
                inputs.add(new Input.File(p, label(operand, dir, p)));
            }
            return inputs;
        } catch (IOException | UncheckedIOException e) {
            String reason = e instanceof UncheckedIOException u ? u.getCause().toString() : e.toString();
            return List.of(new Input.Unreadable(operand, "cannot list directory: " + reason));
        }
    }

    /** Keeps the operand as the user wrote it, so {@code seeds/} gives {@code seeds/000.txt}. */
    private static String label(String operand, Path dir, Path file) {
        String relative = dir.relativize(file).toString();
        if (operand.equals(".")) {
            return relative;
        }
        return operand.endsWith("/") ? operand + relative : operand + "/" + relative;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasTextExtension(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
