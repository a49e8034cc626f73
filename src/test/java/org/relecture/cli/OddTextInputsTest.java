package org.relecture.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that are odd but fair: file names of every kind, and text with CRLF, emoji and combining marks. */
class OddTextInputsTest {
    private static final String RULE = "GLUED_WORDS";

    @TempDir
    Path dir;

    @Test
    void fileNamesOfEveryKindAreCheckedAndReportedAsGiven() throws IOException {
        List<String> names = List.of("a b.txt", "é😀.txt", "-dash.txt", "quote\"'.txt", "new\nline.txt", "semi;colon&.md");
        List<String> expected = new ArrayList<>();
        for (String name : names) {
            Files.writeString(dir.resolve(name), "Il vit vraimentParis.\n");
            expected.add(dir.resolve(name).toString());
        }
        expected.sort(null);
        CliRun run = CliRun.run("check", "--format", "json", "--enable-only", RULE, dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> paths = new ArrayList<>();
        for (JsonNode doc : run.json().get("documents")) {
            paths.add(doc.get("path").asText());
            assertEquals(1, doc.get("findings").size(), doc.toString());
        }
        assertEquals(expected, paths);

    }

    @Test
    void offsetsLinesAndColumnsHoldWithCrlfEmojiAndCombiningMarks() throws IOException {
        // An emoji is two UTF-16 units and one column; "e" + U+0301 is two code points.
        String text = "Le 😀 chat vit vraimentParis.\r\nUne cafe\u0301 😀😀 plus loin, il vit vraimentLyon.\r\n";
        Path file = Files.writeString(dir.resolve("crlf.txt"), text);
        CliRun run = CliRun.run("check", "--format", "json", "--enable-only", RULE, file.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode findings = run.json().at("/documents/0/findings");
        assertEquals(2, findings.size(), findings.toString());
        for (JsonNode f : findings) {
            assertEquals(text.substring(f.get("start").asInt(), f.get("end").asInt()), f.get("text").asText());
        }
        JsonNode second = findings.get(1);
        assertEquals(2, second.get("line").asInt());
        String line2 = text.substring(text.indexOf("\r\n") + 2);
        int column = line2.codePointCount(0, line2.indexOf("vraimentLyon")) + 1;
        assertEquals(column, second.get("column").asInt());
    }
}
