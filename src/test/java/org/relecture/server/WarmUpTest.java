package org.relecture.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.relecture.text.WordCounter;

/** The warm-up's texts (varied, request-sized) and its run (each text once, failures fail it). */
class WarmUpTest {
    @Test
    void theTextsAreTheSampleThenLanguageToolsExamplesInParagraphsOfAboutThreeHundredWords() {
        List<String> texts = WarmUp.texts("Un échantillon.", new JLanguageTool(Languages.getLanguageForShortCode("fr")).getAllRules());
        assertEquals("Un échantillon.", texts.get(0));
        assertTrue(texts.size() > 60, "enough varied texts for the budget: " + texts.size());
        for (String text : texts.subList(1, texts.size())) {
            int words = WordCounter.count(text);
            assertTrue(words >= 300 && words < 400, words + " words");
            assertFalse(text.contains("marker>"), text);
        }
        assertEquals(texts.size(), Set.copyOf(texts).size(), "no text twice");
    }

    @Test
    void everyTextIsSentOnceThroughTheEndpoint() throws Exception {
        Set<String> sent = ConcurrentHashMap.newKeySet();
        List<String> texts = List.of("un", "deux", "trois", "quatre", "cinq");
        WarmUp.run(params -> {
            assertEquals("fr", params.get("language").orElseThrow());
            assertTrue(sent.add(params.get("text").orElseThrow()));
            return CompletableFuture.completedFuture(new Answer(200, Answer.JSON, new byte[0]));
        }, texts, 2, Duration.ofMinutes(1));
        assertEquals(Set.copyOf(texts), sent);
    }

    @Test
    void aFailedCheckFailsTheWarmUp() {
        assertThrows(ExecutionException.class, () -> WarmUp.run(
                params -> CompletableFuture.completedFuture(Answer.error(500, "broken")),
                List.of("un"), 1, Duration.ofMinutes(1)));
    }
}
