package org.relecture.rules.files;

import java.util.Map;

/** {@code languagetool.yaml} as written; see {@link LanguageToolTuning}. */
record TuningSpec(Map<String, String> disable, Map<String, String> picky, Map<String, Recategorize> category) {
    record Recategorize(String category, String reason) {
    }
}
