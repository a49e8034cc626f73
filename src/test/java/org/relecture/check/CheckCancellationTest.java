package org.relecture.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.findings.Severity;
import org.relecture.rules.CheckOptions;
import org.relecture.rules.Detector;
import org.relecture.rules.FakeDetector;
import org.relecture.rules.RuleInfo;
import org.relecture.rules.files.RuleLibrary;
import org.relecture.rules.languagetool.LanguageToolDetector;
import org.relecture.testing.TestDocuments;
import org.relecture.text.Document;

/**
 * A check is cancelled by interrupting the thread that runs it (the server does so when a request
 * passes its time limit): the check stops at the next detector, or at the next sentence inside
 * LanguageTool, and ends with an {@link InterruptedException} instead of a partial result.
 */
class CheckCancellationTest {
    private static final String TEXT = "Nous avons recu la lettre hier. Le facteur est passé tôt. "
            + "Il a aporté un colis. Les enfant sont sortis. Nous somme contents.";

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void anInterruptStopsTheCheckerBeforeItsNextDetector() throws Exception {
        AtomicInteger secondRan = new AtomicInteger();
        AtomicInteger firstRan = new AtomicInteger();
        Detector first = detector("FIRST", document -> {
            if (firstRan.getAndIncrement() == 0) {
                Thread.currentThread().interrupt(); // the time limit passes while this detector runs
            }
            return List.of(new Finding("FIRST", Category.STYLE,
                    Severity.NEUTRAL, 0, 3, "first", List.of(), "test"));
        });
        Detector second = detector("SECOND", document -> {
            secondRan.incrementAndGet();
            return List.of();
        });
        Checker checker = new Checker(List.of(first, second), CheckOptions.defaults());
        Document document = TestDocuments.read("t.txt", TEXT);

        assertThrows(InterruptedException.class, () -> checker.check(document));
        assertEquals(0, secondRan.get(), "the detector after the interrupt still ran");
        assertFalse(Thread.currentThread().isInterrupted(), "the interrupt is consumed, as InterruptedException says");

        // The same checker then serves the next request in full.
        assertEquals(1, checker.check(document).size());
        assertEquals(1, secondRan.get());
    }

    @Test
    void anInterruptedLanguageToolCheckEndsWithoutAPartialResult() throws Exception {
        LanguageToolDetector languageTool = new LanguageToolDetector(CheckOptions.defaults(), RuleLibrary.empty());
        Document document = TestDocuments.read("t.txt", TEXT);
        List<Finding> full = languageTool.check(document);
        assertTrue(full.size() >= 3, full.toString());

        // Interrupted before its first sentence: LanguageTool asks its cancel callback at every
        // sentence, so it checks none of them, and the detector says so instead of returning [].
        Thread.currentThread().interrupt();
        assertThrows(InterruptedException.class, () -> languageTool.check(document));
        assertFalse(Thread.currentThread().isInterrupted());

        assertEquals(full, languageTool.check(document), "the same LanguageTool checks in full afterwards");
    }

    private static Detector detector(String rule, FakeDetector.Body body) {
        return new Detector() {
            @Override
            public List<RuleInfo> rules() {
                return List.of(RuleInfo.builtin(rule, Category.STYLE,
                        Severity.NEUTRAL, "a test detector"));
            }

            @Override
            public List<Finding> check(Document document) throws Exception {
                return body.check(document);
            }
        };
    }
}
