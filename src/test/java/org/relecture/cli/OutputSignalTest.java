package org.relecture.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A run stopped by a signal while it writes {@code --output} leaves the old file as it was and no
 * temporary file: a real JVM, killed while it waits for more of its standard input.
 */
class OutputSignalTest {
    private static final String OLD = "the previous report\n";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "SIG{0}")
    @CsvSource({"TERM, 143", "INT, 130"})
    void aSignalDuringTheRunLeavesNoTemporaryFile(String signal, int exitCode) throws Exception {
        Path report = Files.writeString(dir.resolve("report.json"), OLD);
        Process p = ChildCli.command(List.of(), dir.resolve("out.txt"), dir.resolve("err.txt"),
                "check", "--format", "json", "--enable-only", "GLUED_WORDS", "-o", report.toString(), "-")
                .redirectInput(ProcessBuilder.Redirect.PIPE).start();
        try (OutputStream stdin = p.getOutputStream()) {
            stdin.write("Une phrase sans fin".getBytes());
            stdin.flush();
            // The report's temporary file exists from the start of the run; the run then waits for stdin to end.
            Path temp = awaitTemporaryFile(p);
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).inheritIO().start();
            assertTrue(kill.waitFor(1, TimeUnit.MINUTES));
            assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the run did not end on SIG" + signal);
            assertEquals(exitCode, p.exitValue(), Files.readString(dir.resolve("err.txt")));
            assertTrue(Files.notExists(temp), "left behind: " + temp);
        } finally {
            p.destroyForcibly();
        }
        assertEquals(OLD, Files.readString(report));
        assertEquals(List.of("err.txt", "out.txt", "report.json"), names());
    }

    /** Waits, as long as the child lives, for its temporary file: there is no other sign that it started writing. */
    private Path awaitTemporaryFile(Process p) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (p.isAlive() && System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(dir)) {
                var temp = files.filter(f -> f.getFileName().toString().endsWith(".tmp")).findFirst();
                if (temp.isPresent()) {
                    return temp.get();
                }
            }
            p.waitFor(50, TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("no temporary file while the run lasted: " + Files.readString(dir.resolve("err.txt")));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
