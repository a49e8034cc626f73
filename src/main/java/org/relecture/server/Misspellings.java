package org.relecture.server;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Misspells about one long word in {@value #EVERY} of a text, the way typing does: a letter
 * changed, added, dropped or swapped, a letter doubled, a capital inside a word, two words run
 * together, a stray hyphen, an elided article before a misspelt word.
 *
 * <p>For the warm-up: LanguageTool's examples of errors are mostly correct words, so the search
 * for spelling suggestions (morfologik's {@code Speller.findRepl}, which for an unknown word
 * tries edit distances 1 to 3) hardly ran before the server said ready. The JIT then compiled it
 * on a profile that had never seen its costly branches, and the first real paragraph with unknown
 * words had it deoptimised and compiled again while it waited. The edits are drawn from a seeded
 * {@link Random}, so that every start warms up on the same texts.
 */
final class Misspellings {
    /** Words this long, or longer: those whose search for suggestions costs most. */
    static final int LONG = 6;
    /** About one long word in this many is misspelt. */
    static final int EVERY = 6;

    private static final Pattern LONG_WORD = Pattern.compile("\\p{L}{" + LONG + ",}");
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzéèêàçô";

    private enum Edit { TYPO, DOUBLED, CAPITAL, RUN_TOGETHER, HYPHENATED, ELIDED }

    private final Random random;

    Misspellings(long seed) {
        this.random = new Random(seed);
    }

    /** The text with about one long word in {@value #EVERY} misspelt; the rest as it was. */
    String misspell(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        Matcher word = LONG_WORD.matcher(text);
        int copied = 0;
        while (word.find()) {
            if (random.nextInt(EVERY) != 0) {
                continue;
            }
            out.append(text, copied, word.start());
            Edit edit = Edit.values()[random.nextInt(Edit.values().length)];
            out.append(misspell(word.group(), edit));
            copied = word.end();
            if (edit == Edit.RUN_TOGETHER && copied + 1 < text.length() && text.charAt(copied) == ' '
                    && Character.isLetter(text.charAt(copied + 1))) {
                copied++;
            }
        }
        return out.append(text, copied, text.length()).toString();
    }

    private String misspell(String word, Edit edit) {
        // Inside the word: its first letter kept, so that a capital at the start of a sentence stays.
        int at = 1 + random.nextInt(word.length() - 1);
        return switch (edit) {
            case TYPO -> typo(word, at);
            case DOUBLED -> word.substring(0, at) + word.charAt(at) + word.substring(at);
            case CAPITAL -> word.substring(0, at) + word.substring(at, at + 1).toUpperCase(Locale.ROOT)
                    + word.substring(at + 1);
            case RUN_TOGETHER -> word;
            case HYPHENATED -> word.substring(0, at) + '-' + word.substring(at);
            case ELIDED -> (random.nextBoolean() ? "l'" : "d'") + typo(word, at);
        };
    }

    /** A letter changed, added, dropped, or swapped with the one before it. */
    private String typo(String word, int at) {
        char letter = LETTERS.charAt(random.nextInt(LETTERS.length()));
        return switch (random.nextInt(4)) {
            case 0 -> word.substring(0, at) + letter + word.substring(at + 1);
            case 1 -> word.substring(0, at) + letter + word.substring(at);
            case 2 -> word.substring(0, at) + word.substring(at + 1);
            default -> word.substring(0, at - 1) + word.charAt(at) + word.charAt(at - 1) + word.substring(at + 1);
        };
    }
}
