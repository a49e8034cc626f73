package org.relecture.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relecture.text.AtomicOutput;

/**
 * Where {@code --output} and {@code --write-baseline} may write: never over an input or each
 * other, never over a device or a pipe, through a symbolic link, keeping the file's mode.
 */
class OutputTargetTest {
    private static final String TEXT = "Le conseil a voté le budget hier soir.La séance a duré trois heures.\n";
    private static final String RULE = "MISSING_SPACE_AFTER_PUNCTUATION";
    private static final String OLD = "the previous file\n";

    @TempDir
    Path dir;

    private static CliRun run(String command, String... args) {
        List<String> all = new ArrayList<>(List.of(command, "--enable-only", RULE));
        all.addAll(List.of(args));
        return CliRun.run(all.toArray(String[]::new));
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            return all.sorted().toList();
        }
    }

    private static Path mkfifo(Path path) throws Exception {
        Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertTrue(p.waitFor(1, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue());
        return path;
    }

    @Test
    void aBaselineIsNeverWrittenOverAnInput() throws IOException {
        Path doc = Files.writeString(dir.resolve("doc.txt"), TEXT);
        CliRun gate = run("gate", "--write-baseline", doc.toString(), doc.toString());
        assertEquals(ExitCode.USAGE_OR_INPUT, gate.exitCode(), gate.err());
        assertEquals("relecture: --write-baseline " + doc + ": is one of the inputs; relecture never writes over "
                + "its inputs\n", gate.err());
        assertEquals(TEXT, Files.readString(doc));
        assertEquals(List.of(doc), files());
    }

    @Test
    void aBaselineAndAReportInOneFileAreRefused() throws IOException {
        Path doc = Files.writeString(dir.resolve("doc.txt"), TEXT);
        Path same = dir.resolve("same.json");
        CliRun gate = run("gate", "--write-baseline", same.toString(), "-o", dir.resolve("./same.json").toString(),
                doc.toString());
        assertEquals(ExitCode.USAGE_OR_INPUT, gate.exitCode(), gate.err());
        assertTrue(gate.err().contains("is also the --output file"), gate.err());
        assertEquals(List.of(doc), files());
    }

    @Test
    void theReportIsNeverWrittenOverTheBaselineItIsJudgedAgainst() throws IOException {
        Path doc = Files.writeString(dir.resolve("doc.txt"), TEXT);
        Path baseline = dir.resolve("baseline.json");
        assertEquals(ExitCode.OK, run("gate", "--write-baseline", baseline.toString(), doc.toString()).exitCode());
        String recorded = Files.readString(baseline);
        CliRun gate = run("gate", "--baseline", baseline.toString(), "-o", baseline.toString(), doc.toString());
        assertEquals(ExitCode.USAGE_OR_INPUT, gate.exitCode(), gate.err());
        assertTrue(gate.err().contains("--output " + baseline + ": is one of the inputs"), gate.err());
        assertEquals(recorded, Files.readString(baseline));
    }

    @Test
    void aNamedPipeOrADeviceIsNotReplacedByAFile() throws Exception {
        Path doc = Files.writeString(dir.resolve("doc.txt"), TEXT);
        Path fifo = mkfifo(dir.resolve("report.fifo"));
        CliRun check = run("check", "-o", fifo.toString(), doc.toString());
        assertEquals(ExitCode.USAGE_OR_INPUT, check.exitCode(), check.err());
        assertTrue(check.err().contains("--output " + fifo + ": is a named pipe (FIFO), not a file"), check.err());
        assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS), "the pipe was replaced");
        assertEquals(List.of(doc, fifo), files());

        // A device behind a link, as /dev/stdout is: refused as well, the link kept.
        Path link = Files.createSymbolicLink(dir.resolve("null.json"), Path.of("/dev/null"));
        CliRun gate = run("gate", "--write-baseline", link.toString(), doc.toString());
        assertEquals(ExitCode.USAGE_OR_INPUT, gate.exitCode(), gate.err());
        assertTrue(gate.err().contains("is a character device, not a file"), gate.err());
        assertTrue(Files.isSymbolicLink(link));
        assertFalse(Files.isRegularFile(Path.of("/dev/null")));
    }

    @Test
    void aLinkIsWrittenThroughAndKept() throws IOException {
        Path doc = Files.writeString(dir.resolve("doc.txt"), TEXT);
        Files.createDirectories(dir.resolve("reports"));
        Path real = Files.writeString(dir.resolve("reports/real.json"), OLD);
        Path link = Files.createSymbolicLink(dir.resolve("report.json"), Path.of("reports/real.json"));
        CliRun check = run("check", "--format", "json", "-o", link.toString(), doc.toString());
        assertEquals(ExitCode.OK, check.exitCode(), check.err());
        assertTrue(Files.isSymbolicLink(link), "the link was replaced by a file");
        assertTrue(Files.readString(real).contains(RULE));

        // A link to a file not made yet makes the file.
        Path dangling = Files.createSymbolicLink(dir.resolve("baseline.json"), Path.of("reports/baseline.json"));
        assertEquals(ExitCode.OK, run("gate", "--write-baseline", dangling.toString(), doc.toString()).exitCode());
        assertTrue(Files.isSymbolicLink(dangling));
        assertTrue(Files.readString(dir.resolve("reports/baseline.json")).contains(RULE));
    }

    @Test
    void aReplacedFileKeepsItsMode() throws IOException {
        Path doc = Files.writeString(dir.resolve("doc.txt"), TEXT);
        Path report = Files.writeString(dir.resolve("report.json"), OLD);
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-------"));
        assertEquals(ExitCode.OK, run("check", "--format", "json", "-o", report.toString(), doc.toString()).exitCode());
        assertTrue(Files.readString(report).contains(RULE));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));

        Path baseline = Files.writeString(dir.resolve("baseline.json"), OLD);
        Files.setPosixFilePermissions(baseline, PosixFilePermissions.fromString("rw-r-----"));
        assertEquals(ExitCode.OK, run("gate", "--write-baseline", baseline.toString(), doc.toString()).exitCode());
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(baseline)));
    }

    /**
     * A read-only file is treated as a shell's {@code >} treats it: refused when the user may not
     * write it, replaced with its mode kept when they may (root may write anything).
     */
    @Test
    void aReadOnlyFileIsReplacedOnlyWhenTheUserMayWriteIt() throws IOException {
        Path doc = Files.writeString(dir.resolve("doc.txt"), TEXT);
        Path report = Files.writeString(dir.resolve("report.json"), OLD);
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("r--r--r--"));
        CliRun check = run("check", "--format", "json", "-o", report.toString(), doc.toString());
        if (Files.isWritable(report)) {
            assertEquals(ExitCode.OK, check.exitCode(), check.err());
            assertTrue(Files.readString(report).contains(RULE));
        } else {
            assertEquals(ExitCode.USAGE_OR_INPUT, check.exitCode(), check.err());
            assertTrue(check.err().contains("is read-only"), check.err());
            assertEquals(OLD, Files.readString(report));
        }
        assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
    }

    @Test
    void theTemporaryFileHasTheTargetsModeBeforeAByteIsWritten() throws IOException {
        Path report = Files.writeString(dir.resolve("secret.json"), OLD);
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-------"));
        try (AtomicOutput file = AtomicOutput.create(report)) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.temporaryFile())));
            file.stream().write("new".getBytes(StandardCharsets.UTF_8));
            file.commit();
        }
        assertEquals("new", Files.readString(report));
    }
}
