package org.relecture.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Operands that are not plain files or folders (devices, named pipes, links, folders that cannot
 * be listed) and documents too large: each is named on stderr with its reason, the run exits 2,
 * and every other input is still checked and reported.
 */
class SpecialInputsTest {
    /** A cheap rule of relecture's own, so that these runs need no LanguageTool. */
    private static final String RULE = "GLUED_WORDS";
    private static final String GLUED = "Il vit vraimentParis depuis longtemps.\n";
    private static final String CLEAN = "Il vit à Paris depuis longtemps.\n";

    @TempDir
    Path dir;

    private static List<String> paths(JsonNode report) {
        List<String> paths = new ArrayList<>();
        report.get("documents").forEach(d -> paths.add(d.get("path").asText()));
        return paths;
    }

    private static List<String> errors(JsonNode report) {
        List<String> errors = new ArrayList<>();
        report.get("errors").forEach(e -> errors.add(e.get("path").asText() + ": " + e.get("message").asText()));
        return errors;
    }

    @Test
    void aDeviceOperandIsRefusedAndTheOtherFilesChecked() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), GLUED);
        Path b = Files.writeString(dir.resolve("b.txt"), CLEAN);
        CliRun run = CliRun.run("check", "--format", "json", "--enable-only", RULE, a.toString(), "/dev/zero", b.toString());
        assertEquals(ExitCode.USAGE_OR_INPUT, run.exitCode(), run.err());
        assertTrue(run.err().contains("relecture: /dev/zero: a character device, not a file"), run.err());
        assertEquals(List.of(a.toString(), b.toString()), paths(run.json()));
        assertEquals(1, run.json().at("/documents/0/findings").size());
    }

    @Test
    void aFileOverMaxSizeIsAnInputErrorAndTheOthersAreChecked() throws IOException {
        Path big = Files.writeString(dir.resolve("big.txt"), CLEAN.repeat(100));
        Path small = Files.writeString(dir.resolve("small.txt"), GLUED);
        CliRun run = CliRun.run("check", "--format", "json", "--enable-only", RULE, "--max-size", "1K",
                big.toString(), small.toString());
        assertEquals(ExitCode.USAGE_OR_INPUT, run.exitCode(), run.err());
        assertTrue(run.err().contains(big + ": larger than the maximum document size, 1 KiB (--max-size)"), run.err());
        assertEquals(List.of(small.toString()), paths(run.json()));
        assertEquals(List.of(big + ": larger than the maximum document size, 1 KiB (--max-size)"), errors(run.json()));
    }

    @Test
    void standardInputOverMaxSizeIsAnInputErrorAndTheOthersAreChecked() throws IOException {
        Path small = Files.writeString(dir.resolve("small.txt"), GLUED);
        byte[] stdin = CLEAN.repeat(100).getBytes(StandardCharsets.UTF_8);
        CliRun run = CliRun.withStdin(stdin, "check", "--format", "json", "--enable-only", RULE, "--max-size", "1k",
                "-", small.toString());
        assertEquals(ExitCode.USAGE_OR_INPUT, run.exitCode(), run.err());
        assertTrue(run.err().contains("<stdin>: larger than the maximum document size"), run.err());
        assertEquals(List.of(small.toString()), paths(run.json()));
    }

    @Test
    void aMaxSizeThatIsNotASizeIsAUsageError() {
        CliRun run = CliRun.run("check", "--max-size", "lots", "x.txt");
        assertEquals(ExitCode.USAGE_OR_INPUT, run.exitCode());
        assertTrue(run.err().contains("'lots' is not a size"), run.err());
    }

    @Test
    void aGateOverADirectoryLinkReadsTheCorpusBehindIt() throws IOException {
        Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(dir.resolve("corpus/a.txt"), GLUED);
        Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("corpus"));
        CliRun run = CliRun.run("gate", "--format", "json", "--enable-only", RULE, "--fail-on", "minor", link.toString());
        // Before links were followed this checked no file and passed.
        assertEquals(ExitCode.QUALITY_FAILED, run.exitCode(), run.err());
        assertEquals(List.of(link + "/a.txt"), paths(run.json()));
    }

    /**
     * A folder that cannot be listed is named and the rest of the tree checked. The process must
     * lack the right to list it: a test running as root (which lists anything) runs the command
     * in a child process without the capabilities that bypass permissions.
     */
    @Test
    void anUnreadableSubdirectoryIsAnInputErrorAndTheRestIsChecked() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), GLUED);
        Path locked = Files.createDirectories(corpus.resolve("locked"));
        Files.writeString(locked.resolve("b.txt"), CLEAN);
        Files.writeString(corpus.resolve("z.txt"), CLEAN);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            List<String> prefix = List.of();
            if (canList(locked)) {
                prefix = List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search", "--");
                assumeTrue(commandWorks(prefix), "running as root without setpriv to drop the capability");
            }
            Path out = dir.resolve("out.json");
            Path err = dir.resolve("err.txt");
            Process p = ChildCli.command(prefix, out, err,
                    "check", "--format", "json", "--enable-only", RULE, corpus.toString()).start();
            assertTrue(p.waitFor(5, TimeUnit.MINUTES));
            String stderr = Files.readString(err);
            assertEquals(ExitCode.USAGE_OR_INPUT, p.exitValue(), stderr);
            assertEquals("relecture: " + locked + ": cannot list directory: permission denied\n", stderr);
            JsonNode report = new ObjectMapper().readTree(out.toFile());
            assertEquals(List.of(corpus + "/a.txt", corpus + "/z.txt"), paths(report));
            assertEquals(List.of(locked + ": cannot list directory: permission denied"), errors(report));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static boolean canList(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.count() >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean commandWorks(List<String> prefix) throws InterruptedException {
        List<String> command = new ArrayList<>(prefix);
        command.add("true");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(1, TimeUnit.MINUTES) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
