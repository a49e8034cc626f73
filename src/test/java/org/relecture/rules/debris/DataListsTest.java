package org.relecture.rules.debris;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DataListsTest {
    @Test
    void theBoilerplateListsAreThere() {
        int strong = Boilerplate.STRONG_FILES.stream().mapToInt(f -> DebrisTestSupport.LIBRARY.dataList(f).size()).sum();
        assertTrue(strong >= 60, "strong boilerplate patterns: " + strong);
        assertTrue(DebrisTestSupport.LIBRARY.dataList(Boilerplate.WEAK_FILE).size() >= 15);
        assertTrue(DebrisTestSupport.LIBRARY.dataList(DebrisDetector.EMBEDS_FILE).size() >= 8);
    }

    @Test
    void aBadPatternNamesItsFile() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Texts.compile("web-boilerplate-fr.txt", List.of("(non fermé")));
        assertTrue(e.getMessage().contains("web-boilerplate-fr.txt"), e.getMessage());
    }
}
