package org.relecture.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.languagetool.tokenizers.Tokenizer;

/**
 * The word tokenizer's answers for strings known ahead, and a record of those it had to give.
 *
 * <p>LanguageTool's French spelling rule runs the word tokenizer over about 15,000 lines of its
 * word lists at each start (those {@link SingleWordTokenizer} cannot answer at once), over a
 * second of CPU on a cold JVM. Those answers depend only on LanguageTool's jars, so relecture
 * keeps them in its cache folder ({@code SpellingTokensCache}) and gives them back here while the
 * spelling rule is built ({@link FrenchLexicon#spellingRule}). A string not known goes to the
 * tokenizer, so a memo only ever answers what the tokenizer would.
 */
public final class TokenMemo {
    private final Map<String, List<String>> known;
    private final Thread recorder;
    private final Map<String, List<String>> recorded = new HashMap<>();

    /**
     * @param known the tokenizer's answers, by the string tokenized
     * @param recorder the thread whose calls not answered by {@code known} are recorded: the one
     *                 building the spelling rule (another thread tokenizing meanwhile, a text to
     *                 check, is none of the word lists' business)
     */
    public TokenMemo(Map<String, List<String>> known, Thread recorder) {
        this.known = known;
        this.recorder = recorder;
    }

    List<String> tokenize(String text, Tokenizer tokenizer) {
        List<String> tokens = known.get(text);
        if (tokens != null) {
            return new ArrayList<>(tokens); // mutable, as the tokenizer's own lists
        }
        tokens = tokenizer.tokenize(text);
        if (Thread.currentThread() == recorder && !tokens.contains(null)) {
            synchronized (recorded) {
                recorded.put(text, List.copyOf(tokens));
            }
        }
        return tokens;
    }

    /** The answers the tokenizer gave the recording thread, by the string tokenized. */
    public Map<String, List<String>> recorded() {
        synchronized (recorded) {
            return Map.copyOf(recorded);
        }
    }
}
