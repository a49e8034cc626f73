package org.relecture.text;

/** The line around an offset, for rules and matchers that look no further than one line. */
public final class LineBounds {
    private LineBounds() {
    }

    /** The offset where the line holding {@code offset} starts (after a LF, CR or CRLF). */
    public static int start(String text, int offset) {
        int i = offset;
        while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
            i--;
        }
        return i;
    }

    /** The offset where the line holding {@code offset} ends (before its line break, or at the end). */
    public static int end(String text, int offset) {
        int i = offset;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }
}
