package org.relecture.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.relecture.findings.Category;
import org.relecture.findings.Severity;
import org.relecture.rules.Level;
import org.relecture.rules.RuleLoadException;
import org.relecture.rules.SeverityOverrides;
import org.relecture.rules.files.FileValues;
import org.relecture.rules.files.YamlFiles;
import org.relecture.scoring.Calibration;
import org.relecture.scoring.Gate;
import org.relecture.scoring.Scorer;

/**
 * Reads {@code relecture.yaml}: the file named with {@code --config}, else the one in the working
 * directory, else the defaults. Every value is checked here, so a bad one stops the run before
 * anything is checked, with the file, the line and the key.
 */
public final class ConfigLoader {
    public static final String FILE_NAME = "relecture.yaml";
    /**
     * A category weight multiplies every penalty of the category: at 100 one minor finding costs
     * a hundred words' worth, so a larger weight can only be a mistake (1e308 makes every score
     * infinite or NaN).
     */
    static final double MAX_WEIGHT = 100;

    private ConfigLoader() {
    }

    /** @param explicit the file given with {@code --config}, or null */
    public static ProjectConfig find(Path explicit) throws RuleLoadException {
        if (explicit != null) {
            if (!Files.isRegularFile(explicit)) {
                throw new RuleLoadException(explicit, "no such configuration file");
            }
            return load(explicit);
        }
        Path here = Path.of(FILE_NAME);
        return Files.isRegularFile(here) ? load(here) : ProjectConfig.DEFAULTS;
    }

    /** The commented default file, as {@code relecture init} writes it. */
    public static String template() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(ProjectConfig.TEMPLATE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the default configuration is missing from the jar", e);
        }
    }

    public static ProjectConfig load(Path file) throws RuleLoadException {
        String text = YamlFiles.text(file);
        if (text.isBlank()) {
            return ProjectConfig.DEFAULTS;
        }
        ConfigSpec spec = YamlFiles.parse(file, text, ConfigSpec.class);
        ProjectConfig.Source source = new ProjectConfig.Source(file, text);
        ConfigSpec.RulesSpec rules = spec.rules() != null ? spec.rules() : new ConfigSpec.RulesSpec(null, null, null);
        ConfigSpec.TypographySpec typography = spec.typography() != null ? spec.typography()
                : new ConfigSpec.TypographySpec(null, null, null);
        return new ProjectConfig(
                rules.level() == null ? Level.DEFAULT : choice(source, "rules", "level", rules.level(), Level.class),
                entries(source, "rules", "disable", rules.disable()),
                entries(source, "rules", "enable-only", rules.enableOnly()),
                severities(source, spec.severity()),
                weights(source, "weights", spec.weights(), Map.of()),
                weights(source, "minor-weights", spec.minorWeights(), Scorer.DEFAULT_MINOR_WEIGHTS),
                calibration(source, spec.scoring()),
                typography.quotes() == null ? QuoteStyle.FRENCH : choice(source, "typography", "quotes", typography.quotes(), QuoteStyle.class),
                typography.accentedCapitals() == null || typography.accentedCapitals(),
                typography.times() == null ? TimeStyle.NEWSROOM : choice(source, "typography", "times", typography.times(), TimeStyle.class),
                Set.copyOf(entries(source, null, "names", spec.names()).stream().map(String::strip).toList()),
                gate(source, spec.gate()),
                source);
    }

    /**
     * Keys are rule ids or categories; whether a rule id exists is known only once the rules are
     * loaded, so the command checks that ({@link ProjectConfig#where}).
     */
    private static SeverityOverrides severities(ProjectConfig.Source source, Map<String, String> spec)
            throws RuleLoadException {
        if (spec == null) {
            return SeverityOverrides.NONE;
        }
        Map<String, Severity> byRule = new LinkedHashMap<>();
        Map<Category, Severity> byCategory = new EnumMap<>(Category.class);
        for (Map.Entry<String, String> e : spec.entrySet()) {
            Severity severity = choice(source, "severity", e.getKey(), e.getValue(), Severity.class);
            Category category = category(e.getKey());
            if (category != null) {
                byCategory.put(category, severity);
            } else {
                byRule.put(e.getKey(), severity);
            }
        }
        return new SeverityOverrides(byRule, byCategory);
    }

    /** Category weights: the file's over {@code defaults}. */
    private static Map<Category, Double> weights(ProjectConfig.Source source, String section, Map<String, Double> spec,
                                                 Map<Category, Double> defaults) throws RuleLoadException {
        Map<Category, Double> weights = new EnumMap<>(Category.class);
        weights.putAll(defaults);
        if (spec == null) {
            return weights;
        }
        for (Map.Entry<String, Double> e : spec.entrySet()) {
            Category category = category(e.getKey());
            if (category == null) {
                throw error(source, section, e.getKey(), "no such category (" + Category.UNTRANSLATED.id()
                        + ", ..., " + Category.DEBRIS.id() + ")");
            }
            if (e.getValue() == null || !(e.getValue() >= 0 && e.getValue() <= MAX_WEIGHT)) {
                throw error(source, section, e.getKey(), "'" + e.getValue() + "' is not a weight (a number from 0 to "
                        + (int) MAX_WEIGHT + ")");
            }
            weights.put(category, e.getValue());
        }
        return weights;
    }

    /** A {@code scoring} section's keys each replace their default. */
    private static Calibration calibration(ProjectConfig.Source source, ConfigSpec.ScoringSpec spec)
            throws RuleLoadException {
        if (spec == null) {
            return Calibration.DEFAULT;
        }
        double tolerance = Calibration.DEFAULT.tolerance();
        if (spec.tolerance() != null) {
            tolerance = spec.tolerance();
            if (!(tolerance > 0) || Double.isInfinite(tolerance)) {
                throw error(source, "scoring", "tolerance", "'" + spec.tolerance()
                        + "' is not a tolerance (penalty points per 1,000 words, more than 0)");
            }
        }
        int minWords = Calibration.DEFAULT.minWords();
        if (spec.minWords() != null) {
            minWords = spec.minWords();
            if (minWords < 0) {
                throw error(source, "scoring", "min-words", "'" + minWords + "' is not a word count (0 or more)");
            }
        }
        return new Calibration(tolerance, minWords);
    }

    /** A file without a {@code gate} section keeps the default gate; a section says all it wants. */
    private static Gate gate(ProjectConfig.Source source, ConfigSpec.GateSpec spec) throws RuleLoadException {
        if (spec == null) {
            return ProjectConfig.DEFAULTS.gate();
        }
        return new Gate(score(source, "min-score", spec.minScore()), score(source, "min-mean", spec.minMean()),
                spec.failOn() == null ? null : choice(source, "gate", "fail-on", spec.failOn(), Severity.class),
                score(source, "min-quality", spec.minQuality()), Boolean.TRUE.equals(spec.failOnVerdict()));
    }

    private static Double score(ProjectConfig.Source source, String key, Double value) throws RuleLoadException {
        if (value != null && !(value >= 0 && value <= 100)) {
            throw error(source, "gate", key, "'" + value + "' is not a score from 0 to 100");
        }
        return value;
    }

    private static Category category(String name) {
        for (Category c : Category.values()) {
            if (c.id().equalsIgnoreCase(name.strip())) {
                return c;
            }
        }
        return null;
    }

    /** A list of names or ids; an empty item ({@code ~} or {@code -} alone) is an error, not a null to trip on. */
    private static Set<String> entries(ProjectConfig.Source source, String section, String key, List<String> values)
            throws RuleLoadException {
        if (values == null) {
            return Set.of();
        }
        if (values.stream().anyMatch(v -> v == null || v.isBlank())) {
            throw error(source, section, key, "an empty entry in the list");
        }
        return new LinkedHashSet<>(values);
    }

    private static <E extends Enum<E>> E choice(ProjectConfig.Source source, String section, String key, String value,
                                                Class<E> type) throws RuleLoadException {
        return FileValues.choice(source.file(), source.at(section, key), value, type);
    }

    private static RuleLoadException error(ProjectConfig.Source source, String section, String key, String problem) {
        return new RuleLoadException(source.file(), source.at(section, key) + ": " + problem);
    }
}
