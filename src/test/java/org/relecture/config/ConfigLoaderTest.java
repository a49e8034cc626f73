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
                c.accentedCapitals(), c.names(), c.gate(), null);
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
        assertTrue(error("weights:\n  debris: -1\n").endsWith("line 2: weights.debris: '-1.0' is not a weight (a number, 0 or more)"));
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
        assertTrue(notANumber.contains("line 2: bad value for 'gate.min-mean'"), notANumber);
    }

    @Test
    void aMissingExplicitFileIsAnError() {
        assertThrows(RuleLoadException.class, () -> ConfigLoader.find(dir.resolve("absent.yaml")));
    }
}
