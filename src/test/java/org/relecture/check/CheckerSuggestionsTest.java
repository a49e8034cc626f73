package org.relecture.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.findings.LazySuggestions;
import org.relecture.findings.Severity;
import org.relecture.rules.FakeDetector;
import org.relecture.rules.languagetool.LanguageToolDetector;
import org.relecture.text.Document;

/** A checker computes the suggestions of the findings it keeps, and of no other. */
class CheckerSuggestionsTest {
    private final AtomicInteger dropped = new AtomicInteger();
    private final AtomicInteger kept = new AtomicInteger();

    @Test
    void suggestionsOfADroppedFindingAreNeverComputed() throws Exception {
        Document document = new Document("test", "Accueil Grebnv Contact. Il a écrit une letre.", List.of());
        int debrisEnd = document.text().indexOf(" Il");
        Checker checker = FakeDetector.checker(d -> List.of(
                new Finding(FakeDetector.RULE, Category.DEBRIS, Severity.MAJOR, 0, debrisEnd, "debris", List.of(), "test"),
                spelling(document.text().indexOf("Grebnv"), 6, "Grebnev", dropped),
                spelling(document.text().indexOf("letre"), 5, "lettre", kept)));

        List<Finding> findings = checker.check(document);

        assertEquals(2, findings.size());
        assertEquals(0, dropped.get());
        assertEquals(1, kept.get());
        Finding letre = findings.get(1);
        assertEquals(List.of("lettre"), letre.suggestions());
        assertFalse(letre.suggestions() instanceof LazySuggestions);
    }

    private static Finding spelling(int start, int length, String suggestion, AtomicInteger calls) {
        return new Finding(FakeDetector.RULE, Category.SPELLING, Severity.MINOR, start, start + length, "typo",
                LazySuggestions.of(() -> {
                    calls.incrementAndGet();
                    return List.of(suggestion);
                }), LanguageToolDetector.SOURCE);
    }
}
