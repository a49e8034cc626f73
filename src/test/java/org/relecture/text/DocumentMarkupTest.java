package org.relecture.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DocumentMarkupTest {
    private static Document withMarkup(List<Markup> markup) {
        return new Document("t.md", "x".repeat(60), List.of(), markup);
    }

    @Test
    void aSpanTouchesTheMarkupItOverlapsAndNoOther() {
        Document document = withMarkup(List.of(new Markup(2, 4, ""), new Markup(10, 10, " "), new Markup(20, 30, " ")));
        assertTrue(document.touchesMarkup(3, 5));
        assertTrue(document.touchesMarkup(0, 3));
        assertFalse(document.touchesMarkup(4, 10), "a span ending where markup starts does not touch it");
        assertTrue(document.touchesMarkup(9, 11), "an empty region inside the span");
        assertTrue(document.touchesMarkup(25, 25), "an empty span inside a region");
        assertFalse(document.touchesMarkup(30, 40));
    }

    /** The linear scan the binary search replaced is the oracle. */
    @Property(tries = 500)
    void answersAsAScanOfEveryRegionDoes(@ForAll("regions") List<Integer> cuts, @ForAll("offsets") int start, @ForAll("lengths") int length) {
        List<Markup> markup = new ArrayList<>();
        for (int i = 0; i + 1 < cuts.size(); i += 2) {
            markup.add(new Markup(cuts.get(i), cuts.get(i + 1), ""));
        }
        int end = start + length;
        boolean expected = markup.stream().anyMatch(m -> m.start() < end && start < m.end());
        assertEquals(expected, withMarkup(markup).touchesMarkup(start, end), markup + " " + start + ".." + end);
    }

    /** Sorted offsets, taken in pairs: sorted regions apart from each other, some of them empty. */
    @Provide
    Arbitrary<List<Integer>> regions() {
        return Arbitraries.integers().between(0, 50).list().ofMaxSize(12).map(l -> l.stream().sorted().toList());
    }

    @Provide
    Arbitrary<Integer> offsets() {
        return Arbitraries.integers().between(0, 50);
    }

    @Provide
    Arbitrary<Integer> lengths() {
        return Arbitraries.integers().between(0, 12);
    }
}
