package org.relecture.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relecture.testing.TestFiles;

/**
 * Control characters of documents, file names and rule files never reach the terminal raw in the
 * human formats (text report, ranking, rule list, stderr): an escape sequence could recolour the
 * terminal, set its title, or hide a finding; a bidirectional override could reorder a line.
 * Each shows as a visible escape ({@code \}{@code u001b}).
 */
class TerminalEscapesTest {
    private static final String ESC = "\u001b";
    /** An escape sequence (red), a C1 control (CSI), a bidirectional override, a bell. */
    private static final String HOSTILE = ESC + "[31m" + "\u009b" + "\u202e" + "\u0007";

    @TempDir
    Path dir;
    private Path rules;
    private Path document;

    @BeforeEach
    void write() throws Exception {
        rules = Files.createDirectories(dir.resolve("rules"));
        TestFiles.write(rules, "ZORGLUB.yaml", """
                kind: existence
                category: style
                severity: minor
                description: "Zorglub\\e]0;titre\\a"
                message: "« {match} » : mot inventé\\e[2J"
                tokens:
                  - "zorglub\\\\S*"
                examples:
                  - wrong: "Le <marker>zorglub</marker> est là."
                  - correct: "Le chat est là."
                """);
        document = TestFiles.write(dir, "doc" + HOSTILE + ".txt", "Le zorglub" + HOSTILE + " est là.\n");
    }

    @Test
    void theTextReportEscapesTheDocumentItsNameAndTheRuleMessage() {
        CliRun run = CliRun.run("check", "--no-default-rules", "--rules", rules.toString(), "--enable-only", "ZORGLUB",
                "--format", "text", document.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertNothingObeyed(run.out());
        assertTrue(run.out().contains("doc\\u001b[31m\\u009b\\u202e\\u0007.txt:1:4:"), run.out());
        assertTrue(run.out().contains("\"zorglub\\u001b[31m\\u009b\\u202e\\u0007\""), run.out());
        assertTrue(run.out().contains("mot inventé\\u001b[2J"), run.out());
    }

    @Test
    void theRankingAndTheRuleListEscapeToo() {
        CliRun rank = CliRun.run("rank", "--no-default-rules", "--rules", rules.toString(), "--enable-only", "ZORGLUB",
                document.toString());
        assertEquals(0, rank.exitCode(), rank.err());
        assertNothingObeyed(rank.out());
        assertTrue(rank.out().contains("doc\\u001b[31m"), rank.out());
        CliRun list = CliRun.run("rules", "--no-default-rules", "--rules", rules.toString(), "--enable-only", "ZORGLUB");
        assertNothingObeyed(list.out());
        assertTrue(list.out().contains("Zorglub\\u001b]0;titre\\u0007"), list.out());
    }

    @Test
    void stderrEscapesTheNamesItQuotes() {
        CliRun run = CliRun.run("check", "--no-default-rules", "--rules", rules.toString(), "--enable-only", "ZORGLUB",
                dir.resolve("absent" + HOSTILE + ".txt").toString());
        assertEquals(2, run.exitCode());
        assertNothingObeyed(run.err().replace("\n", ""));
        assertTrue(run.err().contains("absent\\u001b[31m\\u009b\\u202e\\u0007.txt"), run.err());
    }

    private static void assertNothingObeyed(String shown) {
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            boolean obeyed = (c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
                    || (c >= 0x2066 && c <= 0x2069);
            assertTrue(!obeyed, "U+%04X at %d in:\n%s".formatted((int) c, i, shown));
        }
    }
}
