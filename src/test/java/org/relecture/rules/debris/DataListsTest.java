package org.relecture.rules.debris;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relecture.rules.RuleLoadException;
import org.relecture.rules.files.RuleLibrary;

class DataListsTest {
    @TempDir
    Path rules;

    @Test
    void theBoilerplateListsAreThere() throws Exception {
        int strong = 0;
        for (String file : Boilerplate.STRONG_FILES) {
            strong += DebrisTestSupport.LIBRARY.dataList(file).size();
        }
        assertTrue(strong >= 60, "strong boilerplate patterns: " + strong);
        assertTrue(DebrisTestSupport.LIBRARY.dataList(Boilerplate.WEAK_FILE).size() >= 15);
        assertTrue(DebrisTestSupport.LIBRARY.dataList(DebrisDetector.EMBEDS_FILE).size() >= 8);
    }

    @Test
    void aBadPatternStopsTheDetectorNamingItsFileAndLine() throws Exception {
        Files.createDirectories(rules.resolve("data"));
        Files.writeString(rules.resolve("data").resolve("web-boilerplate-fr.txt"),
                "# --- Newsletter boxes ---\nabonnez-vous\n(non fermé\n");
        RuleLibrary library = RuleLibrary.load(List.of(rules), false);
        RuleLoadException e = assertThrows(RuleLoadException.class, () -> new DebrisDetector(library));
        assertEquals(rules.resolve("data").resolve("web-boilerplate-fr.txt")
                + ": line 3: bad regular expression '(non fermé': Unclosed group", e.getMessage());
    }
}
