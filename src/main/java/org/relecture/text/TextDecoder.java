package org.relecture.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Decodes bytes as strict UTF-8. A malformed file is refused with the byte offset rather than
 * checked with replacement characters, whose findings would point at text the user does not have.
 */
public final class TextDecoder {
    private static final char BOM = '\uFEFF';

    private TextDecoder() {
    }

    public static String decode(byte[] bytes, String label) throws InputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        String text;
        try {
            text = decoder.decode(buffer).toString();
        } catch (MalformedInputException e) {
            throw new InputException(label, "not valid UTF-8 (bad byte sequence at byte offset "
                    + buffer.position() + ")");
        } catch (CharacterCodingException e) {
            throw new InputException(label, "not valid UTF-8: " + e.getMessage());
        }
        if (text.indexOf('\0') >= 0) {
            throw new InputException(label, "looks like a binary file (contains NUL characters)");
        }
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }
}
