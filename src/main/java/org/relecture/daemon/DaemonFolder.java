package org.relecture.daemon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where daemons listen: {@code $XDG_RUNTIME_DIR/relecture}, else {@code ~/.cache/relecture/daemon},
 * a folder only its owner may enter (0700), so that only the user who started a daemon can reach
 * its socket. One socket per working directory, named by a digest of the directory: a daemon
 * serves the directory it was started in, where the relative paths, the configuration and the
 * rules of its commands are found.
 */
public final class DaemonFolder {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private final Path folder;

    private DaemonFolder(Path folder) {
        this.folder = folder;
    }

    /** The folder for this environment (XDG base directories, which ignore a relative value). */
    public static DaemonFolder of(Map<String, String> environment, String userHome) {
        String runtime = environment.get("XDG_RUNTIME_DIR");
        if (runtime != null && !runtime.isEmpty() && Path.of(runtime).isAbsolute()) {
            return new DaemonFolder(Path.of(runtime, "relecture"));
        }
        return new DaemonFolder(Path.of(userHome, ".cache", "relecture", "daemon"));
    }

    public Path path() {
        return folder;
    }

    /** The socket of the daemon serving {@code directory} (a real path). */
    public Path socket(Path directory) {
        return folder.resolve(digest(directory) + ".sock");
    }

    /** What the daemon serving {@code directory} writes when it is in the background. */
    public Path log(Path directory) {
        return folder.resolve(digest(directory) + ".log");
    }

    /**
     * Creates the folder owner-only when it is missing.
     *
     * @throws IOException when it cannot be made, or {@link #refusal} refuses it
     */
    public void create() throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(folder.getParent());
            try {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // made meanwhile by another start: checked below like any other
            }
            // The umask may have taken permissions away, never added any; set them exactly.
            Files.setPosixFilePermissions(folder, OWNER_ONLY);
        }
        Optional<String> refusal = refusal();
        if (refusal.isPresent()) {
            throw new IOException(refusal.get());
        }
    }

    /**
     * Why a socket in this folder cannot be trusted, if it cannot: missing, not a directory (a
     * symbolic link included), someone else's, or open to others.
     */
    public Optional<String> refusal() {
        try {
            if (Files.isSymbolicLink(folder)) {
                return Optional.of(folder + ": a symbolic link, not a folder");
            }
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of(folder + ": no such folder");
            }
            String owner = Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS).getName();
            if (!owner.equals(System.getProperty("user.name"))) {
                return Optional.of(folder + ": belongs to " + owner + ", not to " + System.getProperty("user.name"));
            }
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS);
            if (!OWNER_ONLY.containsAll(permissions)) {
                return Optional.of(folder + ": others may use it (" + PosixFilePermissions.toString(permissions)
                        + "); it must be rwx------ (chmod 700)");
            }
            return Optional.empty();
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.of(folder + ": cannot be checked: " + e.getMessage());
        }
    }

    private static String digest(Path directory) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(directory.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
