package org.relecture.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

class NativeLibraryTest {
    @TempDir
    Path cache;

    @Test
    void keepsTheDriversLibraryInTheCacheFolderOnceAndPointsTheDriverAtIt() throws Exception {
        String path = System.clearProperty("org.sqlite.lib.path");
        String name = System.clearProperty("org.sqlite.lib.name");
        try {
            NativeLibrary.prepare(cache);
            Path kept = Path.of(System.getProperty("org.sqlite.lib.path"), System.getProperty("org.sqlite.lib.name"));
            assertTrue(kept.startsWith(cache.resolve("native")), kept.toString());
            String resource = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + kept.getFileName();
            try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
                assertArrayEquals(in.readAllBytes(), Files.readAllBytes(kept));
            }
            long written = Files.getLastModifiedTime(kept).toMillis();
            System.clearProperty("org.sqlite.lib.path");
            System.clearProperty("org.sqlite.lib.name");
            NativeLibrary.prepare(cache);
            assertEquals(written, Files.getLastModifiedTime(kept).toMillis(), "a second run uses the copy it finds");
            try (Stream<Path> files = Files.list(kept.getParent())) {
                assertEquals(List.of(kept), files.toList(), "no partial file left behind");
            }
        } finally {
            restore("org.sqlite.lib.path", path);
            restore("org.sqlite.lib.name", name);
        }
    }

    @Test
    void aPathTheUserGaveWins() {
        String path = System.getProperty("org.sqlite.lib.path");
        System.setProperty("org.sqlite.lib.path", "/somewhere/of/mine");
        try {
            NativeLibrary.prepare(cache);
            assertEquals("/somewhere/of/mine", System.getProperty("org.sqlite.lib.path"));
            assertTrue(Files.notExists(cache.resolve("native")));
        } finally {
            restore("org.sqlite.lib.path", path);
        }
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }
}
