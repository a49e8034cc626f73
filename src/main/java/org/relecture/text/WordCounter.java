package org.relecture.text;

/**
 * Counts words for the MQM evaluated word count. A word is a run of letters, digits and marks;
 * hyphenated compounds ({@code porte-parole}) count once and elided forms ({@code l'Ukraine})
 * twice, as French word counters in translation tools do. A scan, not a regular expression:
 * java.util.regex repeats a group ({@code (?:-\w+)*}) by recursion, which overflows the stack on a
 * long hyphenated run.
 */
public final class WordCounter {
    private WordCounter() {
    }

    public static int count(CharSequence text) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int c = Character.codePointAt(text, i);
            i += Character.charCount(c);
            if (isWordChar(c)) {
                if (!inWord) {
                    n++;
                    inWord = true;
                }
            } else if (!(inWord && isHyphen(c) && i < text.length() && isWordChar(Character.codePointAt(text, i)))) {
                inWord = false;
            }
        }
        return n;
    }

    /** A letter, number or mark ({@code [\p{L}\p{N}\p{M}]}). */
    private static boolean isWordChar(int c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                 Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
                 Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
            default -> false;
        };
    }

    /** The hyphen-minus and Unicode's hyphen and non-breaking hyphen. */
    private static boolean isHyphen(int c) {
        return c == '-' || c == '‐' || c == '‑';
    }
}
