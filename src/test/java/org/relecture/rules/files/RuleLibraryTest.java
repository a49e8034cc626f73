package org.relecture.rules.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.findings.Severity;
import org.relecture.rules.RuleLoadException;
import org.relecture.text.Document;

class RuleLibraryTest {
    @TempDir
    Path dir;

    private static final String HEADER = """
            category: style
            severity: major
            description: test
            message: "« {match} » -> « {suggestion} »"
            examples:
              - wrong: "a <marker>b</marker>"
              - correct: "c"
            """;

    private RuleLibrary load(String name, String yaml) throws Exception {
        Files.writeString(dir.resolve(name), yaml);
        return RuleLibrary.load(List.of(dir));
    }

    private static List<Finding> check(RuleLibrary library, String text) {
        return library.yamlRules().get(0).check(new Document("t", text, List.of()));
    }

    @Test
    void existenceFlagsWholeWordsOnly() throws Exception {
        RuleLibrary lib = load("MOT.yaml", "kind: existence\ntokens: [chat]\n" + HEADER);
        List<Finding> found = check(lib, "Le chat, un achat et le chaton.");
        assertEquals(1, found.size());
        assertEquals(3, found.get(0).start());
        assertEquals(Severity.MAJOR, found.get(0).severity());
        assertEquals(Category.STYLE, found.get(0).category());
        assertEquals("MOT", found.get(0).rule());
    }

    @Test
    void substitutionFillsGroupsAndKeepsTheInitialCapital() throws Exception {
        RuleLibrary lib = load("SUB.yaml", "kind: substitution\nignorecase: true\nswap:\n  \"grand (chat|chien)\": \"gros $1\"\n" + HEADER);
        Finding f = check(lib, "Grand chat dort.").get(0);
        assertEquals(List.of("Gros chat"), f.suggestions());
        assertEquals("« Grand chat » -> « Gros chat »", f.message());
    }

    @Test
    void consistencyFlagsTheRarerSpellingAndItsPlural() throws Exception {
        RuleLibrary lib = load("VAR.yaml", "kind: consistency\neither:\n  - [clé, clef]\n" + HEADER);
        List<Finding> found = check(lib, "La clé, une clé, des clefs.");
        assertEquals(1, found.size());
        assertEquals(List.of("clés"), found.get(0).suggestions());
        assertTrue(check(lib, "La clé, une clé.").isEmpty());
    }

    @Test
    void errorsNameTheFileAndTheProblem() throws IOException {
        Files.writeString(dir.resolve("lower.yaml"), "kind: existence\ntokens: [a]\n" + HEADER);
        RuleLoadException e = assertThrows(RuleLoadException.class, () -> RuleLibrary.load(List.of(dir)));
        assertTrue(e.getMessage().contains("lower.yaml: the file name is the rule id"), e.getMessage());
        Files.delete(dir.resolve("lower.yaml"));

        Files.writeString(dir.resolve("KIND.yaml"), "kind: magic\ntokens: [a]\n" + HEADER);
        e = assertThrows(RuleLoadException.class, () -> RuleLibrary.load(List.of(dir)));
        assertTrue(e.getMessage().contains("KIND.yaml: kind: 'magic' is not one of existence, substitution, consistency"), e.getMessage());
        Files.delete(dir.resolve("KIND.yaml"));

        Files.writeString(dir.resolve("REGEX.yaml"), "kind: existence\ntokens: [\"(a\"]\n" + HEADER);
        e = assertThrows(RuleLoadException.class, () -> RuleLibrary.load(List.of(dir)));
        assertTrue(e.getMessage().contains("REGEX.yaml: bad regular expression '(a'"), e.getMessage());
        Files.delete(dir.resolve("REGEX.yaml"));

        Files.writeString(dir.resolve("GROUP.yaml"), "kind: substitution\nswap:\n  \"a\": \"$2\"\n" + HEADER);
        e = assertThrows(RuleLoadException.class, () -> RuleLibrary.load(List.of(dir)));
        assertTrue(e.getMessage().contains("GROUP.yaml: the replacement '$2' refers to group 2"), e.getMessage());
    }

    @Test
    void patternRuleFilesGiveTheirSeverities() throws Exception {
        Files.writeString(dir.resolve("p.xml"), """
                <rules lang="fr"><category id="C" name="c" severity="major">
                  <rule id="A" name="a" severity="critical"><pattern><token>x</token></pattern><message>m</message>
                    <example correction="y"><marker>x</marker></example><example>y</example></rule>
                  <rulegroup id="G" name="g"><rule><pattern><token>z</token></pattern><message>m</message>
                    <example correction="y"><marker>z</marker></example><example>y</example></rule></rulegroup>
                </category></rules>
                """);
        PatternRuleFile file = RuleLibrary.load(List.of(dir)).patternFiles().get(0);
        assertEquals(Severity.CRITICAL, file.severity("A").orElseThrow());
        assertEquals(Severity.MAJOR, file.severity("G").orElseThrow());
    }

    @Test
    void aYamlRuleDeclaresItsFixSafe() throws Exception {
        RuleLibrary safe = load("SURE.yaml", "kind: existence\ntokens: [chat]\nfix: safe\n" + HEADER);
        assertTrue(safe.yamlRules().get(0).info().safeFix());
        Files.delete(dir.resolve("SURE.yaml"));
        RuleLibrary review = load("UNSURE.yaml", "kind: existence\ntokens: [chat]\n" + HEADER);
        assertFalse(review.yamlRules().get(0).info().safeFix(), "review by default");
        Files.delete(dir.resolve("UNSURE.yaml"));

        Files.writeString(dir.resolve("BAD.yaml"), "kind: existence\ntokens: [chat]\nfix: always\n" + HEADER);
        RuleLoadException e = assertThrows(RuleLoadException.class, () -> RuleLibrary.load(List.of(dir)));
        assertTrue(e.getMessage().contains("BAD.yaml: fix: 'always' is not one of safe, review"), e.getMessage());
    }

    @Test
    void patternRuleFilesDeclareSafeFixesTheInnermostWinning() throws Exception {
        Files.writeString(dir.resolve("p.xml"), """
                <rules lang="fr"><category id="C" name="c" fix="safe">
                  <rule id="A" name="a"><pattern><token>x</token></pattern><message>m</message>
                    <example correction="y"><marker>x</marker></example><example>y</example></rule>
                  <rulegroup id="G" name="g" fix="review"><rule><pattern><token>z</token></pattern><message>m</message>
                    <example correction="y"><marker>z</marker></example><example>y</example></rule></rulegroup>
                </category></rules>
                """);
        PatternRuleFile file = RuleLibrary.load(List.of(dir)).patternFiles().get(0);
        assertTrue(file.safeFix("A"));
        assertFalse(file.safeFix("G"));

        Files.writeString(dir.resolve("p.xml"), "<rules lang=\"fr\"><category id=\"C\" name=\"c\" fix=\"maybe\"/></rules>");
        RuleLoadException e = assertThrows(RuleLoadException.class, () -> RuleLibrary.load(List.of(dir)));
        assertTrue(e.getMessage().contains("p.xml: fix: 'maybe' is not one of safe, review"), e.getMessage());
    }
}
