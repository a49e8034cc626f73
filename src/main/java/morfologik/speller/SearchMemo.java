/*
 * relecture's own class (not a copy of morfologik's), beside its copy of Speller.
 */
package morfologik.speller;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import morfologik.fsa.FSA;
import morfologik.stemming.DictionaryMetadata;

/**
 * The candidates of recent suggestion searches, shared by every {@link Speller} of the JVM.
 * LanguageTool makes a new speller for each word it asks suggestions of, and its French spelling
 * rule asks again and again for the same parts of words (elided, hyphenated) that no cache of its
 * own keeps; each of the server's checkers has its own rule and caches too. What a search finds
 * depends only on what the key holds when the speller has not searched before: a speller's later
 * searches read what earlier ones left in its edit-distance matrix, so only a first search is
 * answered from here ({@link Speller}).
 */
final class SearchMemo {
    /** Some minutes of an editor's checks; an entry is a word and a few dozen candidates. */
    private static final int CAPACITY = 8192;

    /**
     * A search's inputs: the dictionary (its automaton and metadata, by identity), the edit
     * distance, whether the word is searched even when known, whether the speller still looks
     * for separators (a dictionary lookup may have turned that off before), and the word.
     */
    record Key(FSA fsa, DictionaryMetadata metadata, int distance, boolean evenIfKnown, boolean separators,
            String word) {
    }

    /** A candidate as the search sorted it: its word, edit distance and frequency-weighted distance. */
    record Candidate(String word, int editDistance, int weightedDistance) {
    }

    /** What a search found, and whether the speller looked for separators after it. */
    record Found(List<Candidate> candidates, boolean separatorsAfter) {
    }

    private static final Map<Key, Found> RECENT = new LinkedHashMap<>(CAPACITY * 4 / 3 + 1, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Found> eldest) {
            return size() > CAPACITY;
        }
    };

    private SearchMemo() {
    }

    static Found get(Key key) {
        synchronized (RECENT) {
            return RECENT.get(key);
        }
    }

    static void put(Key key, Found found) {
        synchronized (RECENT) {
            RECENT.put(key, found);
        }
    }
}
