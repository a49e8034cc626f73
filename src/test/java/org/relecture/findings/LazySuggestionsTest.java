package org.relecture.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazySuggestionsTest {
    private final AtomicInteger calls = new AtomicInteger();
    private final LazySuggestions lazy = LazySuggestions.of(() -> {
        calls.incrementAndGet();
        return List.of("écluse", "recluse");
    });

    @Test
    void nothingIsComputedUntilRead() {
        Finding finding = new Finding("R", Category.SPELLING, Severity.MINOR, 0, 7, "m", lazy, "languagetool");
        assertEquals(0, calls.get());
        assertFalse(lazy.computed());
        assertSame(lazy, finding.suggestions());
    }

    @Test
    void computedOnceWhenRead() {
        assertEquals("recluse", lazy.get(1));
        assertEquals(List.of("écluse", "recluse"), lazy);
        assertEquals(2, lazy.size());
        assertEquals(1, calls.get());
        assertTrue(lazy.computed());
    }

    @Test
    void isImmutable() {
        assertThrows(UnsupportedOperationException.class, () -> lazy.add("x"));
        assertThrows(UnsupportedOperationException.class, () -> lazy.set(0, "x"));
    }

    @Test
    void aFindingWithComputedSuggestionsHoldsAPlainListEqualToTheLazyOne() {
        Finding finding = new Finding("R", Category.SPELLING, Severity.MINOR, 0, 7, "m", lazy, "languagetool");
        Finding computed = finding.withComputedSuggestions();
        assertNotSame(finding, computed);
        assertFalse(computed.suggestions() instanceof LazySuggestions);
        assertEquals(finding, computed);
        assertSame(computed, computed.withComputedSuggestions());
    }
}
