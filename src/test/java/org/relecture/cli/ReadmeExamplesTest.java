package org.relecture.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relecture.testing.JsonLayout;
import org.relecture.testing.ReadmeSection;

/**
 * The example outputs README.md shows are those of its example commands, run in-process on
 * {@code seeds/}: each is a generated section ({@link ReadmeSection}) that fails when stale and is
 * rewritten with {@code -Drelecture.updateReadme=true}. Each shows the command it ran.
 */
class ReadmeExamplesTest {
    /** A code block inside a list item. */
    private static final String IN_ITEM = "      ";

    private static CliRun run(int exitCode, String... args) {
        // The same runs as other tests', shared: each check of the seeds costs seconds of LanguageTool.
        CliRun run = CliRun.shared(args);
        assertEquals(exitCode, run.exitCode(), run.err());
        return run;
    }

    private static String block(String indent, String[] args, List<String> lines) {
        return block(indent, "relecture " + String.join(" ", args), lines);
    }

    private static String block(String indent, String commandLine, List<String> lines) {
        StringBuilder out = new StringBuilder("\n").append(indent).append("$ ").append(commandLine).append('\n');
        for (String line : lines) {
            out.append(line.isEmpty() ? "" : indent + line).append('\n');
        }
        return out.append('\n').toString();
    }

    @Test
    void checkText() throws IOException {
        String[] command = {"check", "seeds/"};
        List<String> lines = Arrays.asList(run(0, command).out().split("\n"));
        String score = lines.stream().filter(l -> l.contains(": score ")).findFirst().orElseThrow();
        ReadmeSection.check("ReadmeExamplesTest (check)", block(IN_ITEM, command,
                List.of(lines.get(0), "...", score, "...", lines.get(lines.size() - 1))));
    }

    @Test
    void checkJson() throws IOException {
        String[] command = {"check", "--format", "json", "seeds/"};
        JsonNode report = run(0, command).json().deepCopy();
        ObjectNode first = (ObjectNode) report.path("documents").path(0);
        JsonNode finding = first.path("findings").path(0);
        first.putArray("findings").add(finding);
        ((ObjectNode) report).putArray("documents").add(first);
        ReadmeSection.check("ReadmeExamplesTest (check json)", block(IN_ITEM, command,
                List.of(JsonLayout.layout(report, 0).split("\n"))));
    }

    @Test
    void rank() throws IOException {
        String[] command = {"rank", "--worst", "1", "seeds/"};
        ReadmeSection.check("ReadmeExamplesTest (rank)", "```" + block("", command,
                List.of(run(0, command).out().stripTrailing().split("\n"))).stripTrailing() + "\n```\n");
    }

    @Test
    void gateOnStderr() throws IOException {
        String[] command = {"gate", "--min-score", "95", "seeds/"};
        List<String> lines = new ArrayList<>(List.of(run(1, command).err().stripTrailing().split("\n")));
        // What the gate says on stderr; its report goes to stdout.
        ReadmeSection.check("ReadmeExamplesTest (gate)", block(IN_ITEM,
                "relecture " + String.join(" ", command) + " > report.txt", lines));
    }
}
