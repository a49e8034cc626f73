package org.relecture.text;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/** What a path that is not a regular file is, and why a file could not be read, in the user's terms. */
public final class FileKind {
    /** The file-type bits of a Unix mode ({@code S_IFMT}) and the types relecture names. */
    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private FileKind() {
    }

    /** {@code a character device}, {@code a named pipe (FIFO)}, ...: what {@code path} is, following links. */
    public static String of(Path path) {
        try {
            int type = (Integer) Files.getAttribute(path, "unix:mode") & TYPE_MASK;
            return switch (type) {
                case FIFO -> "a named pipe (FIFO)";
                case CHARACTER_DEVICE -> "a character device";
                case BLOCK_DEVICE -> "a block device";
                case SOCKET -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "a special file";
        }
    }

    /** Why an operation failed, without the exception's class name. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof FileSystemLoopException) {
            return "a symbolic link loop";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : "input/output error";
    }
}
