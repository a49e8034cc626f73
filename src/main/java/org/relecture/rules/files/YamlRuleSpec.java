package org.relecture.rules.files;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A YAML rule file as written: one rule, whose id is the file name (as in Vale). Unknown keys are
 * errors. The kind decides which of {@code tokens}, {@code swap} and {@code either} is used.
 */
record YamlRuleSpec(
        @JsonProperty(required = true) String kind,
        @JsonProperty(required = true) String category,
        @JsonProperty(required = true) String severity,
        String level,
        String fix,
        @JsonProperty(required = true) String description,
        @JsonProperty(required = true) String message,
        Boolean ignorecase,
        List<String> tokens,
        Map<String, String> swap,
        List<List<String>> either,
        @JsonProperty(required = true) List<ExampleSpec> examples) {

    /** {@code wrong} with a marker and {@code correction}, or {@code correct}. */
    record ExampleSpec(String wrong, String correction, String correct) {
    }
}
