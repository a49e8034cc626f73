package org.relecture.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutablesTest {
    @TempDir
    Path dir;

    private Path program(String folder, String name) throws IOException {
        Path file = Files.createDirectories(dir.resolve(folder)).resolve(name);
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    @Test
    void theVariableWinsOverPath() throws IOException {
        Path named = program("opt", "my-chrome");
        Path onPath = program("bin", "chromium");
        Map<String, String> env = Map.of("CHROME_BIN", named.toString(), "PATH", onPath.getParent().toString());
        assertEquals(Optional.of(named), Executables.find(env, "CHROME_BIN", List.of("chromium")));
    }

    @Test
    void aVariableNamingNoProgramFindsNothingRatherThanSomethingElse() throws IOException {
        Path onPath = program("bin", "chromium");
        Map<String, String> env = Map.of("CHROME_BIN", dir.resolve("missing").toString(), "PATH", onPath.getParent().toString());
        assertEquals(Optional.empty(), Executables.find(env, "CHROME_BIN", List.of("chromium")));
    }

    @Test
    void namesAreTriedInOrderOverThePathAndNonExecutablesSkipped() throws IOException {
        Path chrome = program("b", "google-chrome");
        Path browser = program("c", "chromium-browser");
        Files.writeString(Files.createDirectories(dir.resolve("a")).resolve("chromium"), "not executable");
        String path = String.join(":", dir.resolve("a").toString(), "", chrome.getParent().toString(),
                browser.getParent().toString());
        assertEquals(Optional.of(browser), Executables.find(Map.of("PATH", path), "CHROME_BIN",
                List.of("chromium", "chromium-browser", "google-chrome")));
        assertEquals(Optional.empty(), Executables.find(Map.of("PATH", path), "CHROMEDRIVER", List.of("chromedriver")));
        assertEquals(Optional.empty(), Executables.find(Map.of(), "CHROMEDRIVER", List.of("chromedriver")));
    }
}
