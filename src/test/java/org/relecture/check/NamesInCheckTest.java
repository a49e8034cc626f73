package org.relecture.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.relecture.findings.Category;
import org.relecture.rules.CheckOptions;
import org.relecture.rules.RulesHome;
import org.relecture.rules.files.RuleLibrary;
import org.relecture.testing.TestDocuments;

/** LanguageTool's spelling rule and the name evidence together, on made-up names. */
class NamesInCheckTest {
    private static Checker checker;

    @BeforeAll
    static void create() throws Exception {
        checker = Checker.create(CheckOptions.defaults(), RuleLibrary.load(List.of(RulesHome.locate().orElseThrow())));
    }

    private static List<String> misspelt(String text) throws Exception {
        return checker.check(TestDocuments.read("t.txt", text)).stream()
                .filter(f -> f.category() == Category.SPELLING)
                .map(f -> text.substring(f.start(), f.end())).toList();
    }

    @Test
    void namesAreNotMisspellings() throws Exception {
        assertEquals(List.of(), misspelt("Il pleut. M. Okonjo est arrivé hier."));
        assertEquals(List.of(), misspelt("Grebnev a déclaré lundi que tout allait bien."));
        assertEquals(List.of(), misspelt("Le train va de Lille à Quérigny-sur-Mer."));
    }

    @Test
    void aMisspeltCommonWordAtTheStartOfASentenceIsStillFound() throws Exception {
        assertEquals(List.of("Aujourd'hiu"), misspelt("Aujourd'hiu, il pleut sur la ville."));
        assertEquals(List.of("Amerique"), misspelt("Il part. L'Amerique est grande."));
    }
}
