package org.relecture.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.relecture.rules.languagetool.LanguageToolDetector;

/**
 * Suggestions computed lazily, for the findings kept only, change no report: the JSON report of
 * the seeds and of five documents of Debian manuals (human translation and Apertium's machine
 * translation, src/test/resources/lazy-suggestions/SOURCES.md) is byte for byte the one of a run
 * with LanguageTool's own French and every suggestion computed at once.
 */
class EagerSuggestionsTest {
    private static final String[] CHECK = {"check", "--format", "json", "--no-cache", "-j", "1",
            "seeds", "src/test/resources/lazy-suggestions"};

    @Test
    void reportIsTheSameAsWithEverySuggestionComputed() {
        CliRun lazy = CliRun.run(CHECK);
        CliRun eager;
        System.setProperty(LanguageToolDetector.EAGER_SUGGESTIONS, "true");
        try {
            eager = CliRun.run(CHECK);
        } finally {
            System.clearProperty(LanguageToolDetector.EAGER_SUGGESTIONS);
        }
        assertEquals(eager.exitCode(), lazy.exitCode(), lazy.err());
        assertEquals(eager.out(), lazy.out());
        long withSuggestions = 0;
        for (JsonNode document : lazy.json().get("documents")) {
            for (JsonNode finding : document.get("findings")) {
                if (finding.get("rule").asText().equals("FR_SPELLING_RULE") && !finding.get("suggestions").isEmpty()) {
                    withSuggestions++;
                }
            }
        }
        assertTrue(withSuggestions >= 30, "spelling findings with suggestions: " + withSuggestions);
    }
}
