package org.relecture.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relecture.text.AtomicOutput;

/** {@code --output}: the report lands whole in the file, or the file stays as it was. */
class OutputOptionTest {
    private static final String TEXT = "La cooperation entre les deux pays progresse.\n";
    private static final String OLD_REPORT = "the previous report\n";

    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            return all.sorted().toList();
        }
    }

    @Test
    void writesTheReportToTheFileAndNothingToStdout() throws IOException {
        Path input = Files.writeString(dir.resolve("a.txt"), TEXT);
        Path report = dir.resolve("report.json");
        Files.writeString(report, OLD_REPORT);
        CliRun run = CliRun.run("check", "--format", "json", "--output", report.toString(), input.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(Files.readString(report).contains("\"FR_SPELLING_RULE\""));
        assertEquals(List.of(input, report), files(), "no temporary file is left");
    }

    @Test
    void aRunThatFailsLeavesTheExistingFileUntouched() throws IOException {
        Path input = Files.writeString(dir.resolve("a.txt"), TEXT);
        Path report = Files.writeString(dir.resolve("report.sarif"), OLD_REPORT);
        CliRun run = CliRun.run("check", "--format", "sarif", "-o", report.toString(), input.toString(),
                dir.resolve("missing.txt").toString());
        assertEquals(ExitCode.USAGE_OR_INPUT, run.exitCode());
        assertTrue(run.err().contains(report + " not written"), run.err());
        assertEquals(OLD_REPORT, Files.readString(report));
        assertEquals(List.of(input, report), files());
    }

    @Test
    void refusesToWriteOverAnInput() throws IOException {
        Path input = Files.writeString(dir.resolve("a.txt"), TEXT);
        CliRun run = CliRun.run("check", "--output", input.toString(), dir.toString());
        assertEquals(ExitCode.USAGE_OR_INPUT, run.exitCode());
        assertTrue(run.err().contains("is one of the inputs"), run.err());
        assertEquals(TEXT, Files.readString(input));
        assertEquals(List.of(input), files());
    }

    @Test
    void anOutputInAMissingDirectoryIsAUsageError() throws IOException {
        Path input = Files.writeString(dir.resolve("a.txt"), TEXT);
        CliRun run = CliRun.run("check", "-o", dir.resolve("no/such/dir/r.html").toString(), input.toString());
        assertEquals(ExitCode.USAGE_OR_INPUT, run.exitCode());
        assertTrue(run.err().contains("no such directory"), run.err());
    }

    @Test
    void aReportThatThrowsLeavesNoFileAndNoTemporaryFile() throws IOException {
        Path report = Files.writeString(dir.resolve("report.html"), OLD_REPORT);
        ReportOptions options = new ReportOptions();
        options.output = report;
        Io io = new Io(new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> options.deliver(io, List.of(), out -> {
            out.write("<!DOCTYPE html><p>half a rep".getBytes(StandardCharsets.UTF_8));
            out.flush();
            throw new IllegalStateException("a renderer bug");
        }));
        assertEquals("a renderer bug", thrown.getMessage());
        assertEquals(OLD_REPORT, Files.readString(report));
        assertEquals(List.of(report), files());
    }

    @Test
    void aWholeReportReplacesTheFileAtOnce() throws Exception {
        Path report = Files.writeString(dir.resolve("report.txt"), OLD_REPORT);
        try (AtomicOutput file = AtomicOutput.create(report)) {
            file.stream().write("new".getBytes(StandardCharsets.UTF_8));
            file.stream().flush();
            assertEquals(OLD_REPORT, Files.readString(report), "not visible before commit");
            file.commit();
        }
        assertEquals("new", Files.readString(report));
        assertEquals(List.of(report), files());
    }
}
