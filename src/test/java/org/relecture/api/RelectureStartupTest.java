package org.relecture.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relecture.cache.SettingFingerprint;
import org.junit.jupiter.api.io.TempDir;
import org.relecture.rules.Level;
import org.relecture.testing.TestFiles;

/**
 * Everything is read and compiled before the first document: a broken or missing rule file or
 * data list stops {@link RelectureBuilder#build()} with the file, the line and the problem.
 * Only relecture's spacing rule is selected, so LanguageTool is not started.
 */
class RelectureStartupTest {
    private static final List<String> SPACING = List.of("MISSING_SPACE_AFTER_PUNCTUATION");

    @TempDir
    Path dir;

    @Test
    void aBadRegularExpressionInADataListIsNamedWithItsLine() throws Exception {
        Path rules = TestFiles.copyOfRules(dir);
        Path list = rules.resolve("data").resolve("debris-embeds.txt");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(list));
        lines.add("pic\\.twitter\\.com/(unclosed");
        Files.write(list, lines);
        RelectureException e = assertThrows(RelectureException.class,
                () -> Relecture.builder().rulesHome(rules).enableOnly(SPACING).build());
        assertEquals(list + ": line " + lines.size() + ": bad regular expression 'pic\\.twitter\\.com/(unclosed': "
                + "Unclosed group", e.getMessage());
    }

    @Test
    void aMissingListIsAnErrorUnlessTheRulesFolderIsLeftOut() throws Exception {
        Path rules = TestFiles.copyOfRules(dir);
        Files.delete(rules.resolve("data").resolve("names-official.txt"));
        RelectureException e = assertThrows(RelectureException.class,
                () -> Relecture.builder().rulesHome(rules).enableOnly(SPACING).build());
        assertEquals(rules.resolve("data").resolve("names-official.txt") + ": missing: a built-in rule reads this list",
                e.getMessage());
        // Asked for: the same folder as an added one, the project's left out.
        Relecture relecture = Relecture.builder().withoutRulesHome().addRules(rules).enableOnly(SPACING).build();
        assertEquals(1, relecture.activeRules().size());
    }

    @Test
    void aMissingRulesFolderIsAnErrorUnlessLeftOut() throws Exception {
        Path nowhere = dir.resolve("no-rules");
        RelectureException e = assertThrows(RelectureException.class,
                () -> Relecture.builder().rulesHome(nowhere).enableOnly(SPACING).build());
        assertTrue(e.getMessage().startsWith(nowhere + ": no such rules folder"), e.getMessage());
        Relecture without = Relecture.builder().withoutRulesHome().enableOnly(SPACING).build();
        assertEquals(1, without.check(without.document("t.txt", "Fin.Début de la phrase suivante.")).findings().size());
    }

    @Test
    void aBrokenRuleFileStopsTheBuild() throws Exception {
        Path rules = TestFiles.copyOfRules(dir);
        Files.writeString(rules.resolve("grammaire-traduction.xml"), "<rules lang=\"fr\"><category");
        RelectureException e = assertThrows(RelectureException.class,
                () -> Relecture.builder().rulesHome(rules).enableOnly(SPACING).build());
        assertTrue(e.getMessage().startsWith(rules.resolve("grammaire-traduction.xml") + ": not well-formed XML"),
                e.getMessage());
    }

    @Test
    void theFingerprintChangesWithWhatDecidesFindingsOnly() throws Exception {
        Path rules = TestFiles.copyOfRules(dir);
        SettingFingerprint base = Relecture.builder().rulesHome(rules).enableOnly(SPACING).build().fingerprint();
        assertEquals(base, Relecture.builder().rulesHome(rules).enableOnly(SPACING).build().fingerprint());
        Path weights = TestFiles.write(dir, "weights.yaml", "weights:\n  spacing: 3\n");
        assertEquals(base, Relecture.builder().rulesHome(rules).configFile(weights).enableOnly(SPACING).build()
                .fingerprint(), "weights change scores, not findings");
        Path spaced = TestFiles.write(dir, "spaced.yaml", "typography:\n  times: spaced\n");
        assertNotEquals(base, Relecture.builder().rulesHome(rules).configFile(spaced).enableOnly(SPACING).build()
                .fingerprint(), "the typography policy runs HEURES[1] at every level");
        assertNotEquals(base, Relecture.builder().rulesHome(rules).enableOnly(SPACING).level(Level.PICKY).build()
                .fingerprint());
        Path list = rules.resolve("data").resolve("spacing-abbreviations.txt");
        Files.writeString(list, Files.readString(list) + "zzz.\n");
        assertNotEquals(base, Relecture.builder().rulesHome(rules).enableOnly(SPACING).build().fingerprint());
    }
}
