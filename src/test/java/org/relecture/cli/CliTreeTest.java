package org.relecture.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The command tree is built whole, or for the command named first alone: either way it reads the same. */
class CliTreeTest {
    private static final List<String> COMMANDS =
            List.of("check", "rank", "gate", "fix", "init", "rules", "names", "serve", "spark", "cache", "daemon");

    @Test
    void theTopLevelHelpListsEveryCommand() {
        CliRun help = CliRun.run("--help");
        assertEquals(0, help.exitCode());
        for (String command : COMMANDS) {
            assertTrue(help.out().contains("\n  " + command + " "), command + " missing from:\n" + help.out());
        }
    }

    @Test
    void eachCommandNamedFirstRunsWithItsOwnOptionsAndNestedCommands() {
        for (String command : COMMANDS) {
            CliRun help = CliRun.run(command, "--help");
            assertEquals(0, help.exitCode(), command);
            assertTrue(help.out().startsWith("Usage: relecture " + command), help.out());
        }
        assertEquals(0, CliRun.run("cache", "stats", "--help").exitCode());
        assertEquals(0, CliRun.run("daemon", "status", "--help").exitCode());
    }

    @Test
    void withoutACommandFirstTheWholeTreeAnswers() {
        CliRun run = CliRun.run("--version");
        assertEquals(0, run.exitCode());
        CliRun unknown = CliRun.run("chek", "seeds/");
        assertEquals(ExitCode.USAGE_OR_INPUT, unknown.exitCode());
        assertTrue(unknown.err().contains("'chek'"), unknown.err());
    }
}
