package org.relecture.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    private static final String MISSPELLED = "La cooperation entre les deux pays progresse.\n";
    private static final Pattern TEXT_LINE = Pattern.compile(
            "^\\S+:\\d+:\\d+: (neutral|minor|major|critical) [a-z]+ [A-Z0-9_]+ \".*\": .+$");

    @TempDir
    Path dir;

    @Test
    void textReportHasOneFindingPerLineAndASummary() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), MISSPELLED);
        CliRun run = CliRun.run("check", "--color", "never", file.toString());
        assertEquals(0, run.exitCode());
        String[] lines = run.out().split("\n");
        assertTrue(TEXT_LINE.matcher(lines[0]).matches(), lines[0]);
        assertTrue(lines[0].startsWith(file + ":1:4: minor spelling FR_SPELLING_RULE \"cooperation\": "), lines[0]);
        assertTrue(lines[0].endsWith("(-> coopération, coopérations)"), lines[0]);
        assertEquals("1 file checked, 7 words: 1 finding (1 minor)", lines[lines.length - 1]);
        assertFalse(run.out().contains("\u001b["), "no colour unless asked for or on a terminal");
    }

    @Test
    void colourCanBeForced() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), MISSPELLED);
        assertTrue(CliRun.run("check", "--color", "always", file.toString()).out().contains("\u001b["));
    }

    @Test
    void aMissingInputExitsTwoNamesItOnStderrAndTheOthersAreStillChecked() throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), MISSPELLED);
        String missing = dir.resolve("missing.txt").toString();
        CliRun run = CliRun.run("check", "--format", "json", missing, good.toString());
        assertEquals(ExitCode.USAGE_OR_INPUT, run.exitCode());
        assertEquals("relecture: " + missing + ": no such file or directory\n", run.err());
        JsonNode report = run.json();
        assertEquals(good.toString(), report.path("documents").get(0).path("path").asText());
        assertEquals(1, report.path("documents").get(0).path("findings").size());
        assertEquals(missing, report.path("errors").get(0).path("path").asText());
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedByName() throws IOException {
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "Été".getBytes(StandardCharsets.ISO_8859_1));
        CliRun run = CliRun.run("check", latin1.toString());
        assertEquals(ExitCode.USAGE_OR_INPUT, run.exitCode());
        assertTrue(run.err().startsWith("relecture: " + latin1 + ": not valid UTF-8"), run.err());
        assertTrue(run.out().contains("0 files checked"), run.out());
        assertTrue(Files.exists(latin1), "the input is never touched");
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(ExitCode.USAGE_OR_INPUT, CliRun.run().exitCode());
        assertEquals(ExitCode.USAGE_OR_INPUT, CliRun.run("check").exitCode());
        assertEquals(ExitCode.USAGE_OR_INPUT, CliRun.run("check", "--format", "xml", "x").exitCode());
        assertEquals(ExitCode.USAGE_OR_INPUT, CliRun.run("check", "--jobs", "0", "x").exitCode());
        assertEquals(ExitCode.USAGE_OR_INPUT, CliRun.run("frobnicate").exitCode());
    }

    @Test
    void readsStandardInputForDash() {
        CliRun run = CliRun.withStdin(MISSPELLED.getBytes(StandardCharsets.UTF_8), "check", "--format", "json", "-");
        assertEquals(0, run.exitCode());
        JsonNode doc = run.json().path("documents").get(0);
        assertEquals("<stdin>", doc.path("path").asText());
        assertEquals("cooperation", doc.path("findings").get(0).path("text").asText());
    }

    @Test
    void anEmptyDirectoryChecksNothingAndSaysSo() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        CliRun run = CliRun.run("check", dir.resolve("empty").toString());
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("0 files checked"), run.out());
    }

    /** LanguageTool reports repeated spaces, which gave a file of spaces alone a score of 0. */
    @Test
    void aFileOfWhiteSpaceAloneScoresAsAnEmptyFile() throws IOException {
        Path blank = Files.writeString(dir.resolve("blank.txt"), "   \n\t  \n\u00a0\u202f  \r\n  ");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        CliRun run = CliRun.run("gate", "--format", "json", "--min-score", "100", blank.toString(), empty.toString());
        assertEquals(0, run.exitCode(), run.err());
        for (JsonNode doc : run.json().get("documents")) {
            assertEquals(100.0, doc.get("score").asDouble(), doc.toString());
            assertEquals(0, doc.get("findings").size(), doc.toString());
        }
    }

    @Test
    void markdownMarkupIsNotCheckedButOffsetsStayTheFiles() throws IOException {
        String md = "# Un titre\n\nVoir [le rapport](https://exemple.fr/cooperation) sur la cooperation.\n";
        Path file = Files.writeString(dir.resolve("note.md"), md);
        JsonNode findings = CliRun.run("check", "--format", "json", file.toString())
                .json().path("documents").get(0).path("findings");
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(md.lastIndexOf("cooperation"), findings.get(0).path("start").asInt());
    }
}
