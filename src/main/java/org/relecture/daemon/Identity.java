package org.relecture.daemon;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.relecture.Version;

/**
 * What a client and a daemon must share for the daemon to answer as the client would itself: the
 * same relecture (version, and each jar of the class path by size and modification time, so a
 * rebuilt jar is a different relecture), the same Java, the same rules home. Cheap: a few file
 * attributes, read on every command.
 */
public final class Identity {
    private Identity() {
    }

    /** This JVM's identity, as read now. */
    public static String current() {
        StringBuilder s = new StringBuilder("relecture ").append(Version.get())
                .append("\njava ").append(System.getProperty("java.home")).append(' ').append(Runtime.version())
                .append("\nhome ").append(System.getProperty("relecture.home", ""));
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            s.append("\nclass path ").append(path.toAbsolutePath());
            try {
                if (Files.isRegularFile(path)) {
                    s.append(' ').append(Files.size(path)).append(' ').append(Files.getLastModifiedTime(path).toMillis());
                }
            } catch (java.io.IOException e) {
                s.append(" unreadable");
            }
        }
        return s.toString();
    }
}
