package org.relecture.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relecture.cli.Cli;
import org.relecture.cli.Io;

/** {@code relecture spark} as a user runs it: summary on stdout, the gate's verdict as the exit code. */
class SparkCommandTest {
    @Test
    void checksTheSeedsOnEmbeddedSparkAndFailsAStrictGate(@TempDir Path out) {
        Run run = run("spark", "--master", "local[2]", "--output", out.toString(), "--min-mean", "99.9", "--worst", "2",
                "seeds");

        assertEquals(1, run.code, run.err);
        assertTrue(run.out.startsWith("5 documents, "), run.out);
        assertEquals(2, run.out.lines().filter(l -> l.contains(" findings  ")).count(), run.out);
        assertTrue(run.err.contains("relecture: gate: corpus: mean score"), run.err);
        assertTrue(Files.isDirectory(out.resolve("documents")) && Files.isDirectory(out.resolve("findings")));
    }

    @Test
    void aBrokenConfigurationStopsBeforeSparkStarts(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("relecture.yaml"), "level: nonsense\n");

        Run run = run("spark", "--config", config.toString(), "--output", dir.resolve("out").toString(), "seeds");

        assertEquals(2, run.code, run.err);
        assertTrue(run.err.contains("relecture.yaml"), run.err);
        assertFalse(Files.exists(dir.resolve("out")));
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(new Io(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)), args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
