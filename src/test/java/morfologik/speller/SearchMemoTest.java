package morfologik.speller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import morfologik.stemming.Dictionary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A speller whose first search {@link SearchMemo} answers must answer, then and afterwards, as the
 * library's own Speller does: compared side by side on LanguageTool's French dictionary over the
 * words of {@link MorfologikSpellerPatchTest}, at the edit distances LanguageTool's French rule
 * searches, one after the other and from several threads at once.
 */
class SearchMemoTest {
    private static URLClassLoader library;
    private static Class<?> theirSpeller;
    private static Object theirDictionary;
    private static Dictionary ours;
    private static final List<String> WORDS = new ArrayList<>(MorfologikSpellerPatchTest.variants());

    @BeforeAll
    static void loadBothSpellers() throws Exception {
        URL dictionary = SearchMemoTest.class.getResource(MorfologikSpellerPatchTest.DICTIONARY);
        assertNotNull(dictionary, MorfologikSpellerPatchTest.DICTIONARY);
        library = new URLClassLoader(MorfologikSpellerPatchTest.morfologikJars(), ClassLoader.getPlatformClassLoader());
        theirSpeller = library.loadClass("morfologik.speller.Speller");
        theirDictionary = library.loadClass("morfologik.stemming.Dictionary")
                .getMethod("read", URL.class).invoke(null, dictionary);
        ours = Dictionary.read(dictionary);
    }

    @AfterAll
    static void close() throws Exception {
        library.close();
    }

    @Test
    void aSearchAnsweredFromTheMemoIsTheLibrarysSearch() throws Exception {
        for (int distance = 1; distance <= 3; distance++) {
            for (String word : WORDS) {
                List<CharSequence> searched = words(new Speller(ours, distance).findReplacementCandidates(word));
                SearchMemo.Found found = SearchMemo.get(
                        new SearchMemo.Key(ours.fsa, ours.metadata, distance, false, true, word));
                assertNotNull(found, "the search of " + word + " kept, distance " + distance);
                assertEquals(searched, found.candidates().stream().map(c -> (CharSequence) c.word()).toList());
                // isMisspelled first, as LanguageTool asks: a lookup that may change what the search looks for.
                assertEquals(MorfologikSpellerPatchTest.answers(their(distance), word),
                        MorfologikSpellerPatchTest.answers(new Speller(ours, distance), word),
                        word + ", distance " + distance);
            }
        }
    }

    @Test
    void aSpellerAnsweredFromTheMemoSearchesNextAsTheLibrarysDoes() throws Exception {
        for (int distance = 1; distance <= 3; distance++) {
            for (int i = 0; i + 1 < WORDS.size(); i += 7) {
                String first = WORDS.get(i);
                String next = WORDS.get(i + 1);
                new Speller(ours, distance).findReplacementCandidates(first);
                Speller speller = new Speller(ours, distance);
                Object theirs = their(distance);
                assertEquals(MorfologikSpellerPatchTest.answers(theirs, first),
                        MorfologikSpellerPatchTest.answers(speller, first), first + ", distance " + distance);
                assertEquals(MorfologikSpellerPatchTest.answers(theirs, next),
                        MorfologikSpellerPatchTest.answers(speller, next),
                        next + " after " + first + ", distance " + distance);
            }
        }
    }

    @Test
    void spellersOnSeveralThreadsAnswerAsTheLibrarys() throws Exception {
        int distance = 2;
        Map<String, List<String>> expected = new HashMap<>();
        for (String word : WORDS) {
            expected.put(word, MorfologikSpellerPatchTest.answers(their(distance), word));
        }
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Map<String, List<String>>>> answers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                List<String> order = new ArrayList<>(WORDS);
                Collections.shuffle(order, new Random(t));
                answers.add(threads.submit(() -> {
                    Map<String, List<String>> got = new HashMap<>();
                    for (String word : order) {
                        got.put(word, MorfologikSpellerPatchTest.answers(new Speller(ours, distance), word));
                    }
                    return got;
                }));
            }
            for (Future<Map<String, List<String>>> got : answers) {
                assertEquals(expected, got.get());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static Object their(int distance) throws Exception {
        return theirSpeller.getConstructor(theirDictionary.getClass(), int.class).newInstance(theirDictionary, distance);
    }

    private static List<CharSequence> words(List<Speller.CandidateData> candidates) {
        return candidates.stream().map(c -> (CharSequence) c.getWord()).toList();
    }
}
