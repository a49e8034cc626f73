package org.relecture.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relecture.testing.TestFiles;

/**
 * What a daemon keeps between commands: a second build of the same setting takes the checkers of
 * the first instead of building its own, and a setting whose rule file changed is a new one, with
 * checkers of its own. Only relecture's spacing rule is selected, so LanguageTool is not started.
 */
class KeptCheckersTest {
    private static final List<String> SPACING = List.of("MISSING_SPACE_AFTER_PUNCTUATION");
    private static final String TEXT = "Le conseil a voté le budget.La séance a duré trois heures.";

    @TempDir
    Path dir;

    private static Relecture build(Path rules, KeptCheckers kept) throws RelectureException {
        RelectureBuilder builder = Relecture.builder().rulesHome(rules).enableOnly(SPACING);
        if (kept != null) {
            builder.keepCheckersIn(kept);
        }
        return builder.build();
    }

    @Test
    void aSecondBuildOfTheSameSettingBuildsNoChecker() throws Exception {
        Path rules = TestFiles.copyOfRules(dir);
        KeptCheckers kept = new KeptCheckers();
        Relecture first = build(rules, kept);
        assertEquals(1, first.check(first.document("a.txt", TEXT)).findings().size());
        assertEquals(1, first.checkersBuilt());

        Relecture second = build(rules, kept);
        assertEquals(1, second.check(second.document("a.txt", TEXT)).findings().size());
        assertEquals(0, second.checkersBuilt(), "the first build's checker was used again");
        assertEquals(1, kept.settings());

        Relecture unkept = build(rules, null);
        unkept.check(unkept.document("a.txt", TEXT));
        assertEquals(1, unkept.checkersBuilt(), "without keeping, each build has its own");
    }

    @Test
    void aChangedRuleFileIsANewSettingWithCheckersOfItsOwn() throws Exception {
        Path rules = TestFiles.copyOfRules(dir);
        KeptCheckers kept = new KeptCheckers();
        Relecture before = build(rules, kept);
        before.check(before.document("a.txt", TEXT));
        Files.writeString(rules.resolve("data").resolve("names-official.txt"), "\nConseil d'essai\n",
                java.nio.file.StandardOpenOption.APPEND);
        Relecture after = build(rules, kept);
        assertNotEquals(before.fingerprint(), after.fingerprint());
        after.check(after.document("a.txt", TEXT));
        assertEquals(1, after.checkersBuilt(), "a new setting builds its own checker");
        assertEquals(2, kept.settings());
    }
}
