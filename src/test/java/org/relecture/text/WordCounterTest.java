package org.relecture.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordCounterTest {
    @Test
    void compoundsCountOnceAndElisionsTwice() {
        assertEquals(5, WordCounter.count("Le porte-parole de l'ONU"));
        assertEquals(5, WordCounter.count("En 2024, « c'est fini » !"));
        assertEquals(0, WordCounter.count(" \n – … "));
    }
}
