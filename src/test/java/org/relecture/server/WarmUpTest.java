package org.relecture.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.Rule;
import org.relecture.text.WordCounter;

/** The warm-up's texts (varied, request-sized, every other misspelt) and its rounds (until the JIT settles, within the budget; failures fail it). */
class WarmUpTest {
    private static final JLanguageTool FRENCH = new JLanguageTool(Languages.getLanguageForShortCode("fr"));

    @Test
    void theExamplesAreLanguageToolsInParagraphsOfAboutThreeHundredWords() {
        List<String> examples = WarmUp.examples(FRENCH.getAllRules());
        assertTrue(examples.size() > 60, "enough varied texts for the budget: " + examples.size());
        for (String text : examples) {
            int words = WordCounter.count(text);
            assertTrue(words >= 300 && words < 400, words + " words");
            assertFalse(text.contains("marker>"), text);
        }
        assertEquals(examples.size(), Set.copyOf(examples).size(), "no text twice");
    }

    @Test
    void theNamesAreLanguageToolsExtraWordsThatAreNames() {
        List<String> names = WarmUp.names();
        assertTrue(names.size() > 1000, names.size() + " names");
        assertTrue(names.containsAll(List.of("GitHub", "Gmail")), "names as LanguageTool writes them");
        assertTrue(names.stream().allMatch(name -> Character.isUpperCase(name.charAt(0))), "names only");
    }

    @Test
    void theTextsAreTheSampleThenTheExamplesEveryOtherMisspeltTheSameAtEveryStart() {
        List<Rule> rules = FRENCH.getAllRules();
        List<String> examples = WarmUp.examples(rules);
        List<String> texts = WarmUp.texts("Un échantillon.", rules);
        assertEquals("Un échantillon.", texts.get(0));
        assertEquals(examples.size() + 1, texts.size());
        for (int i = 1; i < texts.size(); i++) {
            String example = examples.get(i - 1);
            if (i % 2 == 1) {
                assertEquals(example, texts.get(i));
            } else {
                assertNotEquals(example, texts.get(i));
                assertEquals(WordCounter.count(example), WordCounter.count(texts.get(i)), 10);
            }
        }
        assertEquals(texts, WarmUp.texts("Un échantillon.", rules));
    }

    @Test
    void roundsGoOnUntilTheJitSettlesGoingRoundTheTexts() throws Exception {
        List<String> sent = Collections.synchronizedList(new ArrayList<>());
        List<String> texts = List.of("un", "deux", "trois");
        // The JIT compiles all the time of the first two rounds, then nothing: three rounds.
        AtomicLong compiled = new AtomicLong();
        WarmUp.Summary done = WarmUp.run(text -> {
            sent.add(text);
            if (sent.size() <= 2 * WarmUp.ROUND) {
                compiled.addAndGet(1_000);
            }
        }, texts, 2, Duration.ofMinutes(5), compiled::get, line -> { });
        assertEquals(3, done.rounds());
        assertEquals(3 * WarmUp.ROUND, sent.size());
        assertEquals(3 * WarmUp.ROUND, done.checks());
        for (String text : texts) {
            assertEquals(WarmUp.ROUND, Collections.frequency(sent, text), "each text as often: " + sent);
        }
    }

    @Test
    void aSpentBudgetEndsTheWarmUpAfterItsFirstCheck() throws Exception {
        AtomicInteger sent = new AtomicInteger();
        AtomicLong compiled = new AtomicLong();
        WarmUp.Summary done = WarmUp.run(text -> {
            sent.incrementAndGet();
            compiled.addAndGet(1_000); // never settles
        }, List.of("un"), 1, Duration.ofNanos(1), compiled::get, line -> { });
        assertEquals(1, done.rounds());
        assertEquals(1, sent.get());
        assertEquals(1, done.checks());
    }

    @Test
    void aFailedCheckFailsTheWarmUp() {
        assertThrows(ExecutionException.class, () -> WarmUp.run(text -> {
            throw new IllegalStateException("warm-up check answered 500");
        }, List.of("un"), 1, Duration.ofMinutes(1), () -> 0, line -> { }));
    }
}
