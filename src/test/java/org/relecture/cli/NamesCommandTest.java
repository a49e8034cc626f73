package org.relecture.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relecture.testing.TestFiles;

/** {@code relecture names}: the unknown capitalised words of a corpus, counted, as YAML to paste. */
class NamesCommandTest {
    @TempDir
    Path dir;

    private static List<String> names(CliRun run) throws Exception {
        JsonNode yaml = new ObjectMapper(new YAMLFactory()).readTree(run.out());
        List<String> names = new ArrayList<>();
        yaml.get("names").forEach(n -> names.add(n.asText()));
        return names;
    }

    @Test
    void listsTheUnknownCapitalisedWordsMostFrequentFirstWithTheirCounts() throws Exception {
        Path a = TestFiles.write(dir, "a.txt", "Mardon a signé avec Quérigny-sur-Mer. Mardon est parti.\n");
        Path b = TestFiles.write(dir, "b.txt", "Le maire de Quérigny-sur-Mer et Mardon, avec la CFDT, à Paris.\n");
        CliRun run = CliRun.run("names", a.toString(), b.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("Mardon", "Quérigny-sur-Mer"), names(run));
        assertTrue(run.out().contains("  - Mardon            # 3 in 2 documents\n"), run.out());
        assertTrue(run.out().contains("  - Quérigny-sur-Mer  # 2 in 2 documents\n"), run.out());
    }

    @Test
    void namesTheProjectAlreadyListsAndRareWordsAreLeftOut() throws Exception {
        Path a = TestFiles.write(dir, "a.txt", "Mardon a signé avec Okonjo. Mardon est parti.\n");
        Path config = TestFiles.write(dir, "relecture.yaml", "names: [Okonjo]\n");
        CliRun run = CliRun.run("names", "--config", config.toString(), a.toString());
        assertEquals(List.of("Mardon"), names(run));
        assertEquals(List.of(), names(CliRun.run("names", "--min", "3", a.toString())));
    }

    @Test
    void anUnreadableInputIsNamedAndTheOthersAreListed() throws Exception {
        Path a = TestFiles.write(dir, "a.txt", "Mardon a signé.\n");
        CliRun run = CliRun.run("names", dir.resolve("missing.txt").toString(), a.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("missing.txt: no such file"), run.err());
        assertEquals(List.of("Mardon"), names(run));
    }
}
