package org.relecture.rules;

import java.util.ArrayList;
import java.util.List;
import org.languagetool.tokenizers.Tokenizer;

/**
 * A word tokenizer that answers at once for a string of Latin letters only, and asks the
 * tokenizer it wraps about anything else.
 *
 * <p>At each start, LanguageTool's spelling rule runs the word tokenizer over every line of its
 * French word lists (about 36,000 lines) to tell single words from multi-word entries. The French
 * tokenizer passes each line through ten regular expressions: over a second of CPU on a cold
 * JVM. A string of letters holds nothing those expressions or the tokenizer's delimiters act on
 * (apostrophes, hyphens, digits, spaces, punctuation), so it is one token, as the French tokenizer
 * says too; {@code SingleWordTokenizerTest} checks that for every line of the lists.
 */
final class SingleWordTokenizer implements Tokenizer {
    /** Past Latin Extended-B: a few letters of other scripts (Hangul fillers) are delimiters. */
    private static final char LATIN_END = '\u0250';

    private final Tokenizer tokenizer;
    /** Known answers while the spelling rule is built ({@link FrenchLexicon#spellingRule}), else null. */
    private volatile TokenMemo memo;

    SingleWordTokenizer(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    void use(TokenMemo memo) {
        this.memo = memo;
    }

    @Override
    public List<String> tokenize(String text) {
        if (!isLatinWord(text)) {
            TokenMemo known = memo;
            return known == null ? tokenizer.tokenize(text) : known.tokenize(text, tokenizer);
        }
        List<String> one = new ArrayList<>(1); // mutable, as the tokenizer's own lists
        one.add(text);
        return one;
    }

    static boolean isLatinWord(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= LATIN_END || !Character.isLetter(c)) {
                return false;
            }
        }
        return true;
    }
}
