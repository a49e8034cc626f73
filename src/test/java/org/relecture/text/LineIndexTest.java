package org.relecture.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LineIndexTest {
    @Test
    void countsLfCrlfAndCrAsOneBreakEach() {
        String text = "un\ndeux\r\ntrois\rquatre";
        LineIndex index = new LineIndex(text);
        assertEquals(4, index.lineCount());
        assertEquals(new LineColumn(1, 1), index.position(0));
        assertEquals(new LineColumn(2, 1), index.position(text.indexOf("deux")));
        assertEquals(new LineColumn(3, 1), index.position(text.indexOf("trois")));
        assertEquals(new LineColumn(4, 3), index.position(text.indexOf("atre")));
    }

    @Test
    void columnCountsCodePointsSoAnEmojiIsOneColumn() {
        String text = "é😀 mot";
        LineIndex index = new LineIndex(text);
        // "é" (1 unit), "😀" (2 UTF-16 units, one code point), space: "mot" is column 4.
        assertEquals(4, text.indexOf("mot"));
        assertEquals(new LineColumn(1, 4), index.position(text.indexOf("mot")));
    }

    @Test
    void endOfTextIsAValidPositionAndBeyondIsNot() {
        LineIndex index = new LineIndex("ab\n");
        assertEquals(new LineColumn(2, 1), index.position(3));
        assertThrows(IndexOutOfBoundsException.class, () -> index.position(4));
    }
}
