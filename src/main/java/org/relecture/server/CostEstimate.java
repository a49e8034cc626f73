package org.relecture.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relecture.rules.FrenchLexicon;

/**
 * Guesses, on the request's thread and before the check waits, how much longer than others it
 * will take. Most of a check's spread is spelling suggestions: LanguageTool searches them for
 * every word its dictionary does not know, up to edit distance 3 when nothing is closer, and
 * keeps them for the words it has searched recently. So the guess is a fixed time for each word
 * of five letters or more that the French dictionary does not know and that no recent request
 * had; shorter words have few candidates. Only the order of waiting checks depends on it
 * ({@link ShortestFirstQueue}); {@code -Drelecture.server.wordCostMs=0} waits them in their order
 * of arrival.
 */
final class CostEstimate {
    static final String PROPERTY = "relecture.server.wordCostMs";
    /**
     * A round figure for what one unknown word may cost (searches up to edit distance 3, of the
     * word and of its parts). Its scale decides how long after an expensive check a cheap one may
     * arrive and still pass it.
     */
    private static final long DEFAULT_WORD_COST_MS = 100;
    /** As many as LanguageTool and the speller's memo keep the searches of, in round figures. */
    private static final int RECENT_WORDS = 8192;
    private static final Pattern LONG_WORD = Pattern.compile("\\p{L}{5,}");

    private final long nanosPerWord;
    private final Predicate<String> known;
    private final Map<String, Boolean> recent = new LinkedHashMap<>(RECENT_WORDS * 4 / 3 + 1, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > RECENT_WORDS;
        }
    };

    CostEstimate(long millisPerWord, Predicate<String> known) {
        this.nanosPerWord = TimeUnit.MILLISECONDS.toNanos(millisPerWord);
        this.known = known;
    }

    /** The server's: {@value #PROPERTY} milliseconds per word (default 100), LanguageTool's French lexicon. */
    static CostEstimate configured() {
        return new CostEstimate(Long.getLong(PROPERTY, DEFAULT_WORD_COST_MS), FrenchLexicon.get()::isWord);
    }

    /** The check of this text's cost beyond a check of known words, in nanoseconds; remembers its words. */
    long nanos(String text) {
        if (nanosPerWord == 0) {
            return 0;
        }
        List<String> unseen = new ArrayList<>();
        Matcher words = LONG_WORD.matcher(text);
        synchronized (recent) { // once per text: requests arrive together under load
            while (words.find()) {
                String word = words.group();
                if (recent.put(word, Boolean.TRUE) == null) {
                    unseen.add(word);
                }
            }
        }
        // The lexicon is asked outside the lock: it is the slower part, and thread-safe.
        return unseen.stream().filter(known.negate()).count() * nanosPerWord;
    }
}
