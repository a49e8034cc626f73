package org.relecture.text;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Expands command-line operands into inputs: {@code -} is standard input, a file is itself
 * (whatever its extension: the user named it), a directory is every {@code .txt} and {@code .md}
 * file below it in path order, hidden files and folders skipped. An operand that is a symbolic
 * link is followed, as {@code find -H} does; links inside a directory are followed to files but
 * not to directories, so a walk cannot loop. An operand that does not exist, or a folder below
 * one that cannot be listed, becomes an {@link Input.Unreadable} in its place, so it is reported
 * and the rest still checked. Whether a file is a regular file is {@link InputReader}'s question.
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

    /**
     * The directory's inputs in path order. The walk starts from the directory's real path, since
     * a walk does not enter a start that is a link; the files keep the path the user gave.
     */
    private static List<Input> walk(Path dir, String operand) {
        Path root;
        try {
            root = dir.toRealPath();
        } catch (IOException e) {
            return List.of(new Input.Unreadable(operand, "cannot list directory: " + FileKind.reason(e)));
        }
        Map<Path, Input> found = new TreeMap<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attributes) {
                    return isHidden(root.relativize(d)) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    Path relative = root.relativize(file);
                    boolean regular = attributes.isRegularFile()
                            || attributes.isSymbolicLink() && Files.isRegularFile(file);
                    if (regular && !isHidden(relative) && hasTextExtension(file)) {
                        found.put(relative, new Input.File(dir.resolve(relative), label(operand, relative)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    unreadable(file, e);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) {
                    if (e != null) {
                        unreadable(d, e);
                    }
                    return FileVisitResult.CONTINUE;
                }

                /** A folder that cannot be listed, or a text file whose attributes cannot be read. */
                private void unreadable(Path path, IOException e) {
                    Path relative = root.relativize(path);
                    boolean directory = Files.isDirectory(path);
                    if (!isHidden(relative) && (directory || hasTextExtension(path))) {
                        found.put(relative, new Input.Unreadable(label(operand, relative),
                                (directory ? "cannot list directory: " : "cannot read: ") + FileKind.reason(e)));
                    }
                }
            });
        } catch (IOException e) {
            return List.of(new Input.Unreadable(operand, "cannot list directory: " + FileKind.reason(e)));
        }
        return List.copyOf(found.values());
    }

    /** Keeps the operand as the user wrote it, so {@code seeds/} gives {@code seeds/000.txt}. */
    private static String label(String operand, Path relative) {
        String name = relative.toString();
        if (operand.equals(".") || name.isEmpty()) {
            return name.isEmpty() ? operand : name;
        }
        return operand.endsWith("/") ? operand + name : operand + "/" + name;
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
        Path file = p.getFileName();
        String name = file == null ? "" : file.toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
