package org.relecture.config;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.relecture.findings.Category;
import org.relecture.findings.Severity;
import org.relecture.rules.Level;
import org.relecture.rules.SeverityOverrides;
import org.relecture.rules.files.YamlFiles;
import org.relecture.scoring.Calibration;
import org.relecture.scoring.Gate;
import org.relecture.scoring.Scorer;

/**
 * A project's settings from {@code relecture.yaml}; options given on the command line override
 * them. {@link #DEFAULTS} is what a project without the file gets, and what {@code relecture init}
 * writes out.
 *
 * @param level      the rule level
 * @param disabled   rule ids and categories turned off, besides those the typography policy turns off
 * @param enabledOnly rule ids and categories to run alone; empty for all
 * @param weights    category weights of the score; a category not named weighs 1.0
 * @param minorWeights what a minor finding of a category weighs besides (the defaults with the file's
 *                   over them); a category not named weighs 1.0
 * @param calibration the tolerance and the minimum length of the calibrated score and verdict
 * @param times      how times of day are written (typography policy)
 * @param names      writings of names never reported as misspellings or variants
 * @param gate       the thresholds of {@code relecture gate}
 * @param source     the file and its text, to name the line of a key in errors found later; null
 *                   for the defaults
 */
public record ProjectConfig(Level level, Set<String> disabled, Set<String> enabledOnly, SeverityOverrides severities,
                            Map<Category, Double> weights, Map<Category, Double> minorWeights,
                            Calibration calibration, QuoteStyle quotes, boolean accentedCapitals,
                            TimeStyle times, Set<String> names, Gate gate, Source source) {
    /** Where a configuration came from. */
    public record Source(Path file, String text) {
        /** "line 7: severity.DEBRIS_URL", what an error about a key names before the problem; a top-level key has no section. */
        public String at(String section, String key) {
            int line = YamlFiles.lineOfKey(text, section, key);
            return (line > 0 ? "line " + line + ": " : "") + (section == null ? key : section + "." + key);
        }
    }

    /** The rules each typography policy turns off; RuleOptions checks they exist. */
    static final List<String> FOREIGN_QUOTE_RULES = List.of("QUOTES_NOT_FRENCH", "QUOTES_NOT_FRENCH_EACH");
    static final String CAPITAL_ACCENT_RULE = "CAPITAL_WITHOUT_ACCENT";

    /**
     * No file: every rule at its own severity, weights 1.0 (minor punctuation and typography 0.1), a
     * tolerance of 15 points per 1,000 words, French quotes, accented capitals, times as newsrooms
     * print them ({@code 12h45}), and a gate that fails on a critical finding only (DESIGN.md: one
     * critical finding can be an automatic fail).
     */
    public static final ProjectConfig DEFAULTS = new ProjectConfig(Level.DEFAULT, Set.of(), Set.of(),
            SeverityOverrides.NONE, Map.of(), Scorer.DEFAULT_MINOR_WEIGHTS, Calibration.DEFAULT, QuoteStyle.FRENCH, true,
            TimeStyle.NEWSROOM, Set.of(), new Gate(null, null, Severity.CRITICAL, null, false), null);

    /** The commented file {@code relecture init} writes; it reads back as {@link #DEFAULTS}. */
    public static final String TEMPLATE = "relecture.yaml";

    public ProjectConfig {
        disabled = Set.copyOf(disabled);
        enabledOnly = Set.copyOf(enabledOnly);
        weights = Map.copyOf(weights);
        minorWeights = Map.copyOf(minorWeights);
        names = Set.copyOf(names);
    }

    /** The scoring this configuration asks for. */
    public Scorer scorer() {
        return new Scorer(weights, minorWeights, calibration);
    }

    /** What the file turns off: its {@code disable} list and the rules its typography policy leaves out. */
    public Set<String> allDisabled() {
        Set<String> all = new LinkedHashSet<>(disabled);
        if (quotes == QuoteStyle.ANY) {
            all.addAll(FOREIGN_QUOTE_RULES);
        }
        if (!accentedCapitals) {
            all.add(CAPITAL_ACCENT_RULE);
        }
        return all;
    }

    /** "relecture.yaml: line 7: severity.X", to start an error message about a key with. */
    public String where(String section, String key) {
        return source == null ? section + "." + key : source.file() + ": " + source.at(section, key);
    }
}
