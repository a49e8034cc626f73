package org.relecture.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's example of {@code relecture fix} is its real output: the blocks after the
 * {@code <!-- FixReadmeTest: ... -->} markers are compared with what the command prints now.
 * {@code -Drelecture.readme.write=true} rewrites them instead, after a change of the rules.
 */
class FixReadmeTest {
    static final String SEED = "seeds/001_6d342fe71a67ec1b.txt";
    private static final Path README = Path.of("README.md");
    private static final String STDOUT_MARKER = "<!-- FixReadmeTest: stdout of relecture fix " + SEED + " -->";
    private static final String STDERR_MARKER = "<!-- FixReadmeTest: stderr -->";

    @Test
    void theReadmeShowsWhatFixPrintsForASeedArticle() throws IOException {
        CliRun run = CliRun.run("fix", SEED);
        assertEquals(1, run.exitCode(), run.err());
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        String updated = replaceBlock(replaceBlock(readme, STDOUT_MARKER, run.out()), STDERR_MARKER, run.err());
        if (Boolean.getBoolean("relecture.readme.write")) {
            Files.writeString(README, updated, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(updated, readme, "README.md's example of relecture fix is not what it prints: rerun with "
                + "-Drelecture.readme.write=true and review the change");
    }

    /** The text with the fenced block after {@code marker} holding {@code content}. */
    static String replaceBlock(String text, String marker, String content) {
        int at = text.indexOf(marker);
        if (at < 0) {
            throw new AssertionError("README.md lacks the marker " + marker);
        }
        int open = text.indexOf('\n', text.indexOf("```", at)) + 1;
        int close = text.indexOf("```\n", open);
        return text.substring(0, open) + content + (content.endsWith("\n") || content.isEmpty() ? "" : "\n")
                + text.substring(close);
    }
}
