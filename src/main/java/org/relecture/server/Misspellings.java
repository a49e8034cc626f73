package org.relecture.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Misspells about one long word in {@value #EVERY} of a text, the way typing does: a letter
 * changed, added, dropped or swapped, a letter doubled, a sound spelt another way, a capital
 * inside a word, two words run together, a stray hyphen, an elided article before a misspelt word;
 * or puts in its place a name in lower case, as addresses, file names and technical texts write
 * them.
 *
 * <p>For the warm-up: LanguageTool's examples of errors are mostly correct words, so the search
 * for spelling suggestions (morfologik's {@code Speller.findRepl}, which for an unknown word
 * tries edit distances 1 to 3) hardly ran before the server said ready. The JIT then compiled it
 * on a profile that had never seen its costly branches, and the first real paragraph with unknown
 * words had it deoptimised and compiled again while it waited. The edits are drawn from a seeded
 * {@link Random}, so that every start warms up on the same texts.
 *
 * <p>The names matter on their own: the search takes another branch for a word whose other case
 * is in a dictionary without tags (LanguageTool's list of extra words, where most names are), so
 * code compiled without them was deoptimised at the first {@code pdf} or {@code linux}.
 */
final class Misspellings {
    /** Words this long, or longer: those whose search for suggestions costs most. */
    private static final int LONG = 6;
    /** About one long word in this many is misspelt. */
    private static final int EVERY = 6;

    private static final Pattern LONG_WORD = Pattern.compile("\\p{L}{" + LONG + ",}");
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzéèêàçô";

    /**
     * Spellings of one sound, each of which French writers put for the others; the search for
     * suggestions knows them (the dictionary's replacement pairs) and takes branches of its own for them.
     */
    private static final List<List<String>> SOUNDS = List.of(List.of("eau", "au", "o"), List.of("ph", "f"),
            List.of("qu", "k", "c"), List.of("ai", "é", "è", "ei"), List.of("ct", "x"), List.of("th", "t"),
            List.of("ss", "ç"), List.of("ll", "l"), List.of("tt", "t"), List.of("mm", "m"), List.of("nn", "n"),
            List.of("pp", "p"), List.of("rr", "r"), List.of("ement", "ent"));

    private enum Edit { TYPO, DOUBLED, SOUND, CAPITAL, RUN_TOGETHER, HYPHENATED, ELIDED, NAME_IN_LOWER_CASE }

    private final Random random;
    private final List<String> names;

    /** @param names what {@link Edit#NAME_IN_LOWER_CASE} draws from, written as the dictionary has them */
    Misspellings(long seed, List<String> names) {
        if (names.isEmpty()) {
            throw new IllegalArgumentException("no names");
        }
        this.random = new Random(seed);
        this.names = List.copyOf(names);
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
            case SOUND -> sound(word, at);
            case CAPITAL -> word.substring(0, at) + word.substring(at, at + 1).toUpperCase(Locale.ROOT)
                    + word.substring(at + 1);
            case RUN_TOGETHER -> word;
            case HYPHENATED -> word.substring(0, at) + '-' + word.substring(at);
            case ELIDED -> (random.nextBoolean() ? "l'" : "d'") + typo(word, at);
            case NAME_IN_LOWER_CASE -> names.get(random.nextInt(names.size())).toLowerCase(Locale.ROOT);
        };
    }

    /** One spelling of a sound in the word, past its first letter, put another way; a typo if it has none. */
    private String sound(String word, int at) {
        List<String> edits = new ArrayList<>();
        for (List<String> sound : SOUNDS) {
            for (String spelling : sound) {
                for (int i = word.indexOf(spelling, 1); i >= 0; i = word.indexOf(spelling, i + 1)) {
                    for (String other : sound) {
                        if (!other.equals(spelling)) {
                            edits.add(word.substring(0, i) + other + word.substring(i + spelling.length()));
                        }
                    }
                }
            }
        }
        return edits.isEmpty() ? typo(word, at) : edits.get(random.nextInt(edits.size()));
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
