package org.relecture.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.relecture.findings.Category;
import org.relecture.findings.Severity;

class PaletteTest {
    @Test
    void everyCategoryHasItsOwnColour() {
        Set<String> colours = new HashSet<>();
        for (Category c : Category.values()) {
            assertTrue(colours.add(Palette.colour(c)), c.id());
        }
        assertEquals(Category.values().length, colours.size());
    }

    @Test
    void theColourRulesAndTheOneSwitchOffRuleAreSeparate() {
        String[] rules = Palette.css().split("}\n");
        assertEquals(Category.values().length + 1, rules.length);
        String off = rules[rules.length - 1];
        assertTrue(off.endsWith("{background:none;border-bottom-color:transparent;outline:none"), off);
        for (Category c : Category.values()) {
            assertTrue(off.contains("#report.off-cat-" + c.id() + " mark.c-" + c.id() + ","), c.id());
        }
        for (Severity s : Severity.values()) {
            assertTrue(off.contains("#report.off-sev-" + s.id() + " mark.s-" + s.id()), s.id());
        }
        for (int i = 0; i < rules.length - 1; i++) {
            assertTrue(rules[i].startsWith("mark.c-") && !rules[i].contains("#report"), rules[i]);
        }
    }
}
