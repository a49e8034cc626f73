package org.relecture.rules.debris;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Clean French of several kinds, written for these tests: nothing in it is debris. */
class CleanTextTest {
    @ParameterizedTest
    @ValueSource(strings = {"clean-poem.txt", "clean-dialogue.txt", "clean-theatre.txt", "clean-article.txt",
            "clean-privacy-article.txt"})
    void cleanTextHasNoDebris(String name) {
        String text = DebrisTestSupport.resource(name);
        assertEquals(List.of(), DebrisTestSupport.flagged(text));
    }
}
