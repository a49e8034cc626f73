package org.relecture.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@link Main} in a separate JVM, as the launcher does, so that library logging really has
 * its chance to reach stdout or stderr.
 */
class QuietOutputTest {
    @TempDir
    Path dir;

    private static Process start(Path out, Path err, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    }

    @Test
    void jsonOnStdoutIsValidWithOrWithoutVerboseAndStderrIsEmptyByDefault() throws Exception {
        Path input = Files.writeString(dir.resolve("a.txt"), "La cooperation progresse.\n");
        Path out = dir.resolve("out");
        Path err = dir.resolve("err");
        Process p = start(out, err, "check", "--format", "json", input.toString());
        assertTrue(p.waitFor(3, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue());
        assertEquals("", Files.readString(err));
        assertTrue(new ObjectMapper().readTree(Files.readString(out, StandardCharsets.UTF_8)).has("documents"));

        Process verbose = start(out, err, "check", "--verbose", "--format", "json", input.toString());
        assertTrue(verbose.waitFor(3, TimeUnit.MINUTES));
        assertEquals(0, verbose.exitValue());
        assertTrue(new ObjectMapper().readTree(Files.readString(out, StandardCharsets.UTF_8)).has("documents"),
                "library logging must not reach stdout");
    }

    @Test
    void stdinThatIsAPipeIsRead() throws Exception {
        // Java 17's FileInputStream.readAllBytes fails on a pipe ("Illegal seek"); a shell pipe is the common case.
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = dir.resolve("out");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "check", "--format", "json", "--enable-only", "spelling", "-")
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (var stdin = p.getOutputStream()) {
            stdin.write("La cooperation progresse.\n".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(p.waitFor(3, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue());
        var report = new ObjectMapper().readTree(Files.readString(out, StandardCharsets.UTF_8));
        assertEquals("FR_SPELLING_RULE", report.at("/documents/0/findings/0/rule").asText());
    }
}
