package org.relecture.reports;

/**
 * Text from documents, file names and rule files made safe to print on a terminal: every
 * character a terminal would obey rather than show is written as a visible escape, {@code \}{@code u001b}
 * for ESC. That is the C0 and C1 controls (escape sequences can recolour, move the cursor, set the
 * window title, or hide what follows), DEL, the line and paragraph separators, and the
 * bidirectional overrides, embeddings, isolates and marks, which can make a line read otherwise
 * than it is written ("Trojan source"). Everything else, accents and emoji included, is kept.
 */
public final class TerminalText {
    private TerminalText() {
    }

    /** The text with each character a terminal would obey written as {@code \}{@code uXXXX}. */
    public static String escape(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (obeyed(c)) {
                if (sb == null) {
                    sb = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                sb.append(escape(c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** The visible form of one character: {@code \}{@code u001b} for ESC. */
    public static String escape(int c) {
        return String.format("\\u%04x", c);
    }

    /** True for a character that a terminal acts on or that reorders the characters around it. */
    public static boolean obeyed(int c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f)
                || c == '\u2028' || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200e' || c == '\u200f' || c == '\u061c';
    }
}
