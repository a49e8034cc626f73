package org.relecture.cache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * SQLite's native library, kept in the cache folder. The driver otherwise copies it out of its
 * jar into the temporary folder on every start, compares the copy byte for byte and asks the
 * system which Linux it runs on (a {@code uname} process): a twentieth of a rerun whose findings
 * all come from the cache. Kept under the driver's version, the system and the architecture;
 * the driver falls back to its own copy when this one cannot be loaded.
 */
final class NativeLibrary {
    private static final String PATH_PROPERTY = "org.sqlite.lib.path";
    private static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private NativeLibrary() {
    }

    /** Points the driver at the kept copy, made first if need be; a user's own setting wins. */
    static synchronized void prepare(Path cacheFolder) {
        if (System.getProperty(PATH_PROPERTY) != null || System.getProperty(NAME_PROPERTY) != null) {
            return;
        }
        String name = System.mapLibraryName("sqlitejdbc");
        Path folder = cacheFolder.resolve("native").resolve(String.join("-", SQLiteJDBCLoader.getVersion(),
                System.getProperty("os.name"), System.getProperty("os.arch")).toLowerCase(Locale.ROOT).replace(' ', '_'));
        Path library = folder.resolve(name);
        try {
            if (!Files.isRegularFile(library)) {
                copy("/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name, library);
            }
        } catch (IOException e) {
            return; // the driver copies it out itself, as it would without this
        }
        System.setProperty(PATH_PROPERTY, folder.toString());
        System.setProperty(NAME_PROPERTY, name);
    }

    /** Written under a name of its own, then renamed: a process that starts meanwhile never loads half a library. */
    private static void copy(String resource, Path library) throws IOException {
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no " + resource);
            }
            Files.createDirectories(library.getParent());
            Path partial = Files.createTempFile(library.getParent(), library.getFileName().toString(), ".partial");
            try {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
        }
    }
}
