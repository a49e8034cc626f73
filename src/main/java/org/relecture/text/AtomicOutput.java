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
import java.nio.file.attribute.PosixFileAttributes;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file written under a temporary name in its target's directory and moved over the target only
 * once complete, so readers see the old file or the new one, never half of one. Closing without
 * {@link #commit} deletes the temporary file and leaves the target as it was; so does a JVM ended
 * by SIGTERM or SIGINT meanwhile (a shutdown hook). A target that is a symbolic link is written
 * through: the file it points to is replaced and the link kept. An existing file keeps its mode
 * (and its owner and group where the user may set them), as {@code sed -i} keeps them. Used for
 * reports, baselines and the files that {@code relecture fix} rewrites.
 */
public final class AtomicOutput implements Closeable {
    private static final int MAX_LINKS = 40;

    /** What must still hold just before the move; it throws to call the move off. */
    @FunctionalInterface
    public interface Precondition {
        void verify() throws IOException;
    }

    private final Path target;
    private final Path temp;
    private final OutputStream stream;
    private final Cleanup cleanup;
    private boolean committed;

    private AtomicOutput(Path target, Path temp, OutputStream stream, Cleanup cleanup) {
        this.target = target;
        this.temp = temp;
        this.stream = stream;
        this.cleanup = cleanup;
    }

    /** @throws IOException when the temporary file cannot be made */
    public static AtomicOutput create(Path target) throws IOException {
        Path destination = destination(target);
        // Same directory, so the final move is a rename on one file system.
        Path temp = destination.resolveSibling("." + destination.getFileName() + "."
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()) + ".tmp");
        Cleanup cleanup = new Cleanup(temp);
        // Registered before the file exists, so no signal can come between the two.
        Runtime.getRuntime().addShutdownHook(cleanup);
        OutputStream stream;
        try {
            stream = cleanup.open();
        } catch (IOException | RuntimeException e) {
            forget(cleanup);
            throw e;
        }
        try {
            // Before a byte is written, so a private report never sits readable by others meanwhile.
            keepAttributes(destination, temp);
        } catch (IOException | RuntimeException e) {
            stream.close();
            deleteQuietly(temp);
            forget(cleanup);
            throw e;
        }
        return new AtomicOutput(destination, temp, new BufferedOutputStream(stream), cleanup);
    }

    /**
     * The shutdown hook that deletes the temporary file. Making the file and deleting it hold one
     * lock, so a hook that runs while the file is being made deletes it once it is there, and a
     * file is never made after the hook ran.
     */
    private static final class Cleanup extends Thread {
        private final Path temp;
        private final Object lock = new Object();
        private boolean ran;

        Cleanup(Path temp) {
            super("relecture-output-cleanup");
            this.temp = temp;
        }

        OutputStream open() throws IOException {
            synchronized (lock) {
                if (ran) {
                    throw new IOException("the run is being stopped");
                }
                return Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
        }

        @Override
        public void run() {
            synchronized (lock) {
                ran = true;
                deleteQuietly(temp);
            }
        }
    }

    /**
     * The file that writing {@code target} replaces: symbolic links followed to the file they name
     * (which may not exist yet), in its directory's real path.
     */
    public static Path destination(Path target) throws IOException {
        Path path = target.toAbsolutePath().normalize();
        for (int links = 0; Files.isSymbolicLink(path); links++) {
            if (links == MAX_LINKS) {
                throw new IOException("too many levels of symbolic links");
            }
            path = path.resolveSibling(Files.readSymbolicLink(path)).normalize();
        }
        Path parent = path.getParent();
        return parent != null && Files.isDirectory(parent) ? parent.toRealPath().resolve(path.getFileName()) : path;
    }

    public OutputStream stream() {
        return stream;
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
        forget(cleanup);
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
            forget(cleanup);
        }
    }

    /** The temporary file's path (its mode is tested before anything is written). */
    public Path temporaryFile() {
        return temp;
    }

    private static void forget(Thread cleanup) {
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to: it deletes a file that may already be gone.
        }
    }

    /**
     * The existing target's mode, owner and group on the new file. Only root may give a file to
     * another owner, and only a member may give it to a group: those are kept when allowed, the
     * mode always (it says who may read the report).
     */
    private static void keepAttributes(Path destination, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view == null || !Files.exists(destination)) {
            return;
        }
        PosixFileAttributes old = Files.readAttributes(destination, PosixFileAttributes.class);
        view.setPermissions(old.permissions());
        try {
            view.setGroup(old.group());
            view.setOwner(old.owner());
        } catch (IOException notAllowed) {
            // As sed -i: a user who cannot give the file away gets it as their own, mode kept.
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // Nothing more can be done while the JVM ends.
        }
    }
}
