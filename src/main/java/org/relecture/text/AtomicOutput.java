package org.relecture.text;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file written under a temporary name in its own directory and moved over the target only once
 * complete, so readers see the old file or the new one, never half of one. Closing without
 * {@link #commit} deletes the temporary file and leaves the target as it was. Used for reports,
 * baselines and files that {@code relecture fix} rewrites.
 */
public final class AtomicOutput implements Closeable {
    /** What must still hold just before the move; it throws to call the move off. */
    @FunctionalInterface
    public interface Precondition {
        void verify() throws IOException;
    }

    private final Path target;
    private final Path temp;
    private final OutputStream stream;
    private boolean committed;

    private AtomicOutput(Path target, Path temp, OutputStream stream) {
        this.target = target;
        this.temp = temp;
        this.stream = stream;
    }

    public static AtomicOutput create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        // Same directory, so the final move is a rename on one file system; the default
        // permissions of a new file, as if the report were written in place.
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + "."
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()) + ".tmp");
        OutputStream stream = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new AtomicOutput(absolute, temp, new BufferedOutputStream(stream));
    }

    public OutputStream stream() {
        return stream;
    }

    /** Gives the new file the POSIX permissions {@code original} has (where the file system has them). */
    public void copyPermissionsFrom(Path original) throws IOException {
        PosixFileAttributeView from = Files.getFileAttributeView(original, PosixFileAttributeView.class);
        PosixFileAttributeView to = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (from != null && to != null) {
            to.setPermissions(from.readAttributes().permissions());
        }
    }

    public void commit() throws IOException {
        commit(() -> { });
    }

    /** Moves the new file over the target, after {@code beforeMove} found nothing against it. */
    public void commit(Precondition beforeMove) throws IOException {
        stream.close();
        beforeMove.verify();
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
