package org.relecture.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * {@code relecture.yaml} as written; every key is optional and an unknown one is an error.
 * {@link ConfigLoader} turns it into a {@link ProjectConfig}.
 */
record ConfigSpec(
        RulesSpec rules,
        Map<String, String> severity,
        Map<String, Double> weights,
        @JsonProperty("minor-weights") Map<String, Double> minorWeights,
        ScoringSpec scoring,
        TypographySpec typography,
        List<String> names,
        GateSpec gate) {

    record RulesSpec(String level, List<String> disable, @JsonProperty("enable-only") List<String> enableOnly) {
    }

    record TypographySpec(String quotes, @JsonProperty("accented-capitals") Boolean accentedCapitals, String times) {
    }

    record ScoringSpec(Double tolerance, @JsonProperty("min-words") Integer minWords) {
    }

    record GateSpec(@JsonProperty("min-score") Double minScore, @JsonProperty("min-mean") Double minMean,
                    @JsonProperty("fail-on") String failOn, @JsonProperty("min-quality") Double minQuality,
                    @JsonProperty("fail-on-verdict") Boolean failOnVerdict) {
    }
}
