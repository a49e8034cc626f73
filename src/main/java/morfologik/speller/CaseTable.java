/*
 * relecture's own class (not a copy of morfologik's), beside its copy of Speller.
 */
package morfologik.speller;

/**
 * {@link Character}'s {@code isLetter}, {@code isLowerCase} and {@code toLowerCase} of every char,
 * computed once: {@link Speller}'s edit-distance search asks them of two chars at nearly every
 * comparison of a word ignoring diacritics and case (LanguageTool's French), and in flight
 * recordings of the server that was about a third of a suggestion search's time, in Character's
 * lookups of the char's Unicode block and properties. The answers are Character's own.
 */
final class CaseTable {
    private static final byte LETTER = 1;
    private static final byte LOWER_CASE = 2;
    private static final byte[] FLAGS = new byte[Character.MAX_VALUE + 1];
    private static final char[] LOWER = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            FLAGS[c] = (byte) ((Character.isLetter(ch) ? LETTER : 0) | (Character.isLowerCase(ch) ? LOWER_CASE : 0));
            LOWER[c] = Character.toLowerCase(ch);
        }
    }

    private CaseTable() {
    }

    static boolean isLetter(char c) {
        return (FLAGS[c] & LETTER) != 0;
    }

    static boolean isLowerCase(char c) {
        return (FLAGS[c] & LOWER_CASE) != 0;
    }

    static char toLowerCase(char c) {
        return LOWER[c];
    }
}
