package org.relecture.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only the owner may reach a daemon: its folder is made owner-only, and any other is refused. */
class DaemonFolderTest {
    @TempDir
    Path dir;

    @Test
    void theFolderIsTheRuntimeDirectorysElseOneInTheUsersCache() {
        assertEquals(Path.of("/run/user/7/relecture"), DaemonFolder.of(Map.of("XDG_RUNTIME_DIR", "/run/user/7"), "/home/a").path());
        assertEquals(Path.of("/home/a/.cache/relecture/daemon"), DaemonFolder.of(Map.of("XDG_RUNTIME_DIR", "run"), "/home/a").path());
        assertEquals(Path.of("/home/a/.cache/relecture/daemon"), DaemonFolder.of(Map.of(), "/home/a").path());
    }

    @Test
    void oneSocketPerDirectory() {
        DaemonFolder folder = DaemonFolder.of(Map.of("XDG_RUNTIME_DIR", dir.toString()), "/nonexistent");
        assertNotEquals(folder.socket(Path.of("/srv/a")), folder.socket(Path.of("/srv/b")));
        assertEquals(folder.socket(Path.of("/srv/a")), folder.socket(Path.of("/srv/a")));
        assertEquals(folder.path(), folder.socket(Path.of("/srv/a")).getParent());
    }

    @Test
    void aFolderIsMadeOwnerOnlyAndOneOthersMayUseIsRefused() throws IOException {
        DaemonFolder folder = DaemonFolder.of(Map.of("XDG_RUNTIME_DIR", dir.toString()), "/nonexistent");
        assertTrue(folder.refusal().orElseThrow().endsWith("no such folder"));
        folder.create();
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.path())));
        assertTrue(folder.refusal().isEmpty());

        Files.setPosixFilePermissions(folder.path(), PosixFilePermissions.fromString("rwx--x--x"));
        assertTrue(folder.refusal().orElseThrow().contains("others may use it (rwx--x--x)"), folder.refusal().get());
        IOException e = assertThrows(IOException.class, folder::create);
        assertTrue(e.getMessage().contains("chmod 700"), e.getMessage());
    }

    @Test
    void aFolderThatIsASymbolicLinkIsRefused() throws IOException {
        Path real = Files.createDirectory(dir.resolve("elsewhere"));
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rwx------"));
        Files.createSymbolicLink(dir.resolve("relecture"), real);
        DaemonFolder folder = DaemonFolder.of(Map.of("XDG_RUNTIME_DIR", dir.toString()), "/nonexistent");
        assertTrue(folder.refusal().orElseThrow().endsWith("a symbolic link, not a folder"));
        assertThrows(IOException.class, folder::create);
    }
}
