package org.relecture.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.findings.Severity;
import org.relecture.rules.Level;
import org.relecture.rules.RuleLoadException;
import org.relecture.scoring.Calibration;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("relecture.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    private String error(String yaml) throws IOException {
        Path file = write(yaml);
        return assertThrows(RuleLoadException.class, () -> ConfigLoader.load(file)).getMessage();
    }

    private static ProjectConfig withoutSource(ProjectConfig c) {
        return new ProjectConfig(c.level(), c.disabled(), c.enabledOnly(), c.severities(), c.weights(),
                c.minorWeights(), c.calibration(), c.quotes(),
                c.accentedCapitals(), c.times(), c.names(), c.gate(), null);
    }

    @Test
    void theTimesOfTheTypographyPolicyAreNewsroomUnlessTheFileSaysSpaced() throws Exception {
        assertEquals(TimeStyle.NEWSROOM, ProjectConfig.DEFAULTS.times());
        ProjectConfig spaced = ConfigLoader.load(write("typography:\n  times: spaced\n"));
        assertEquals(TimeStyle.SPACED, spaced.times());
        assertEquals(java.util.Set.of("HEURES[1]"), spaced.times().everyLevel());
        assertTrue(error("typography:\n  times: compact\n").contains("line 2: typography.times: 'compact' is not one of"));
    }

    @Test
    void theInitTemplateReadsBackAsTheDefaults() throws IOException, RuleLoadException {
        assertEquals(ProjectConfig.DEFAULTS, withoutSource(ConfigLoader.load(write(ConfigLoader.template()))));
    }

    @Test
    void everyKeyIsRead() throws IOException, RuleLoadException {
        ProjectConfig c = ConfigLoader.load(write("""
                rules:
                  level: picky
                  disable: [NORD_SUD, style]
                severity:
                  FR_SPELLING_RULE: major
                  typography: neutral
                weights:
                  debris: 2
                minor-weights:
                  punctuation: 1
                  style: 0.5
                scoring:
                  tolerance: 12.5
                  min-words: 250
                typography:
                  quotes: any
                  accented-capitals: false
                names: [Jean Dupont]
                gate:
                  min-score: 90
                  min-mean: 95.5
                  fail-on: major
                  min-quality: 80
                  fail-on-verdict: true
                """));
        assertEquals(Level.PICKY, c.level());
        assertEquals(Map.of("FR_SPELLING_RULE", Severity.MAJOR), c.severities().byRule());
        assertEquals(Map.of(Category.TYPOGRAPHY, Severity.NEUTRAL), c.severities().byCategory());
        assertEquals(Map.of(Category.DEBRIS, 2.0), c.weights());
        assertEquals(Set.of("NORD_SUD", "style", "QUOTES_NOT_FRENCH", "QUOTES_NOT_FRENCH_EACH", "CAPITAL_WITHOUT_ACCENT"),
                c.allDisabled());
        assertEquals(Set.of("Jean Dupont"), c.names());
        assertEquals(90.0, c.gate().minScore());
        assertEquals(95.5, c.gate().minMean());
        assertEquals(Severity.MAJOR, c.gate().failOn());
        assertEquals(80.0, c.gate().minQuality());
        assertTrue(c.gate().failOnVerdict());
        assertEquals(new Calibration(12.5, 250), c.calibration());
        assertEquals(Map.of(Category.PUNCTUATION, 1.0, Category.STYLE, 0.5, Category.TYPOGRAPHY, 0.1), c.minorWeights(),
                "the file's minor weights over the defaults");
        assertEquals(0.5, c.scorer().penalty(new Finding("R", Category.STYLE, Severity.MINOR, 0, 1, "m", List.of(), "t")));
    }

    @Test
    void withoutAScoringSectionTheDefaultsHold() throws IOException, RuleLoadException {
        ProjectConfig c = ConfigLoader.load(write("weights:\n  debris: 2\n"));
        assertEquals(Calibration.DEFAULT, c.calibration());
        assertEquals(0.1, c.minorWeights().get(Category.PUNCTUATION));
        assertFalse(c.gate().failOnVerdict());
        assertEquals(new Calibration(20, 100), ConfigLoader.load(write("scoring:\n  tolerance: 20\n")).calibration());
    }

    @Test
    void anUnknownKeyNamesTheFileLineAndKey() throws IOException, RuleLoadException {
        String message = error("rules:\n  level: default\n\ngate:\n  min-score: 90\n  colour: red\n");
        assertEquals(dir.resolve("relecture.yaml") + ": line 6: unknown key 'colour'", message);
    }

    @Test
    void aBadValueNamesTheFileLineAndKey() throws IOException, RuleLoadException {
        assertEquals(dir.resolve("relecture.yaml") + ": line 4: severity.DEBRIS_URL: 'huge' is not one of "
                + "neutral, minor, major, critical", error("rules:\n  level: default\nseverity:\n  DEBRIS_URL: huge\n"));
        assertTrue(error("gate:\n  fail-on: major\n  min-score: 150\n").endsWith(
                "line 3: gate.min-score: '150.0' is not a score from 0 to 100"));
        assertTrue(error("weights:\n  debris: -1\n").endsWith("line 2: weights.debris: '-1.0' is not a weight (a number from 0 to 100)"));
        assertTrue(error("weights:\n  colour: 1\n").contains("line 2: weights.colour: no such category"));
        assertTrue(error("typography:\n  quotes: curly\n").endsWith("line 2: typography.quotes: 'curly' is not one of french, any"));
        assertTrue(error("rules:\n  disable: [NORD_SUD, ~]\n").endsWith("line 2: rules.disable: an empty entry in the list"));
        assertTrue(error("names:\n  - Jean Dupont\n  -\n").endsWith("line 1: names: an empty entry in the list"));
        assertTrue(error("scoring:\n  tolerance: 0\n").endsWith(
                "line 2: scoring.tolerance: '0.0' is not a tolerance (penalty points per 1,000 words, more than 0)"));
        assertTrue(error("scoring:\n  min-words: -5\n").endsWith("line 2: scoring.min-words: '-5' is not a word count (0 or more)"));
        assertTrue(error("minor-weights:\n  colour: 1\n").contains("line 2: minor-weights.colour: no such category"));
        assertTrue(error("gate:\n  min-quality: 101\n").endsWith("line 2: gate.min-quality: '101.0' is not a score from 0 to 100"));
        String notANumber = error("gate:\n  min-mean: lots\n");
        assertTrue(notANumber.endsWith("line 2: 'gate.min-mean' should be a number, not the text 'lots'"), notANumber);
    }

    @Test
    void aKeyGivenTwiceIsRefusedAtItsSecondLine() throws IOException {
        assertEquals(dir.resolve("relecture.yaml") + ": line 3: key 'rules' appears twice",
                error("rules:\n  level: picky\nrules:\n  level: default\n"));
        assertTrue(error("severity:\n  style: minor\n  style: major\n").endsWith("line 3: key 'style' appears twice"));
    }

    @Test
    void absurdWeightsAreRefused() throws IOException, RuleLoadException {
        assertTrue(error("weights:\n  debris: 1e308\n").endsWith(
                "line 2: weights.debris: '1.0E308' is not a weight (a number from 0 to 100)"));
        assertTrue(error("weights:\n  debris: 1e400\n").endsWith(
                "line 2: weights.debris: 'Infinity' is not a weight (a number from 0 to 100)"));
        assertTrue(error("weights:\n  style: 100.5\n").endsWith("line 2: weights.style: '100.5' is not a weight (a number from 0 to 100)"));
        assertTrue(error("weights:\n  style: .nan\n").startsWith(dir.resolve("relecture.yaml") + ": line 2: "));
        assertEquals(Map.of(Category.STYLE, 100.0), ConfigLoader.load(write("weights:\n  style: 100\n")).weights());
    }

    /** Each file holds a mistake of another kind; every message is in the terms of the file, none in Java's. */
    @Test
    void messagesSpeakOfTheFileNeverOfJava() throws IOException {
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("rules: 5\n", "line 1: 'rules' should be a section of keys with their values (key: value), not the number 5");
        expected.put("rules:\n  level: [a]\n", "line 2: 'rules.level' should be a text, not a list");
        expected.put("rules:\n  disable: {a: b}\n", "line 2: 'rules.disable' should be a list, not keys with their values");
        expected.put("weights: [1, 2]\n", "line 1: 'weights' should be keys with their values (key: value), not a list");
        expected.put("names: Jean Dupont\n", "line 1: 'names' should be a list, not the text 'Jean Dupont'");
        expected.put("typography:\n  accented-capitals: maybe\n",
                "line 2: 'typography.accented-capitals' should be true or false, not the text 'maybe'");
        expected.put("- a\n- b\n", "line 1: the file should be keys with their values (key: value), not a list");
        expected.put("gate: !!binary AAAA\n",
                "line 1: 'gate' should be a section of keys with their values (key: value), not a binary value");
        expected.put("gate:\n  min-score: " + "9".repeat(1500) + "\n", "line 2: a number too long (over 1,000 digits)");
        expected.put("a: b: c\n", "line 1, column 5: mapping values are not allowed here");
        expected.put("rules: {level: picky\n",
                "line 2, column 1: while parsing a flow mapping: expected ',' or '}', but got <stream end>");
        expected.put("? [a, b]\n: c\n", "line 1: a key must be a name, not a list or a section");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            String message = error(e.getKey());
            assertEquals(dir.resolve("relecture.yaml") + ": " + e.getValue(), message);
            assertNoJavaNames(message);
        }
    }

    /** A "billion laughs": nine aliases of nine aliases, nine levels deep, would be 387 million items. */
    @Test
    void aYamlBombIsRefusedWithoutBeingExpanded() throws IOException {
        StringBuilder bomb = new StringBuilder("l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 9; i++) {
            bomb.append("l").append(i).append(": &l").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*l" + (i - 1)))).append("]\n");
        }
        bomb.append("names: *l9\n");
        // The YAML reader does not expand aliases of lists: *l9 is read as the name of one.
        assertEquals(dir.resolve("relecture.yaml") + ": line 11: 'names' should be a list, not the text 'l9'",
                error(bomb.toString()));
    }

    static void assertNoJavaNames(String message) {
        for (String java : new String[] {"$", "Exception", "java.", "com.fasterxml", "org.", "`", "Spec", "Constraints",
                "JsonToken", "snakeyaml"}) {
            assertFalse(message.contains(java), "'" + java + "' in: " + message);
        }
    }

    @Test
    void aMissingExplicitFileIsAnError() {
        assertThrows(RuleLoadException.class, () -> ConfigLoader.find(dir.resolve("absent.yaml")));
    }
}
