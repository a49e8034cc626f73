package org.relecture.cli;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file written under a temporary name in its own directory and moved over the target only once
 * complete, so readers see the old file or the new one, never half of one. Closing without
 * {@link #commit} deletes the temporary file and leaves the target as it was.
 */
final class AtomicOutput implements Closeable {
    private final Path target;
    private final Path temp;
    private final OutputStream stream;
    private boolean committed;

    private AtomicOutput(Path target, Path temp, OutputStream stream) {
        this.target = target;
        this.temp = temp;
        this.stream = stream;
    }

    static AtomicOutput create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        // Same directory, so the final move is a rename on one file system; the default
        // permissions of a new file, as if the report were written in place.
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + "."
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()) + ".tmp");
        OutputStream stream = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new AtomicOutput(absolute, temp, new BufferedOutputStream(stream));
    }

    OutputStream stream() {
        return stream;
    }

    void commit() throws IOException {
        stream.close();
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (committed) {
            return;
        }
        try {
            stream.close();
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
