package org.relecture.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    @Test
    void removesALeadingBomAndKeepsLineEndings() throws InputException {
        byte[] bytes = "\uFEFFÉté\r\nhiver".getBytes(StandardCharsets.UTF_8);
        assertEquals("Été\r\nhiver", TextDecoder.decode(bytes, "f.txt"));
    }

    @Test
    void refusesMalformedUtf8NamingTheByteOffset() {
        byte[] latin1 = "abc été".getBytes(StandardCharsets.ISO_8859_1);
        InputException e = assertThrows(InputException.class, () -> TextDecoder.decode(latin1, "f.txt"));
        assertEquals("f.txt", e.label());
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
        assertTrue(e.getMessage().contains("byte offset 4"), e.getMessage());
    }

    @Test
    void refusesBinaryFiles() {
        byte[] bytes = {'P', 'K', 3, 4, 0, 0};
        InputException e = assertThrows(InputException.class, () -> TextDecoder.decode(bytes, "a.zip"));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
    }
}
