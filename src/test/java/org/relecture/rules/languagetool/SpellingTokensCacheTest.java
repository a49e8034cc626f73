package org.relecture.rules.languagetool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.spelling.CachingWordListLoader;
import org.languagetool.tokenizers.Tokenizer;
import org.languagetool.tokenizers.fr.FrenchWordTokenizer;

/**
 * The answers {@link SpellingTokensCache} writes read back as the French tokenizer gave them, for
 * every line of the spelling word lists; a damaged or foreign file is refused. (That reports stay
 * the same in a JVM that reads it is {@code SpellingCacheProcessTest}'s.)
 */
class SpellingTokensCacheTest {
    private static final Tokenizer FRENCH = new FrenchWordTokenizer();

    /** The French tokenizer's answers for the lines of the spelling rule's main word lists. */
    private static Map<String, List<String>> wordListTokens() {
        Map<String, List<String>> tokens = new HashMap<>();
        for (String file : List.of("/fr/hunspell/spelling.txt", "/fr/hunspell/ignore.txt")) {
            if (JLanguageTool.getDataBroker().resourceExists(file)) {
                for (String line : new CachingWordListLoader().loadWords(file)) {
                    tokens.put(line, FRENCH.tokenize(line));
                }
            }
        }
        return tokens;
    }

    @Test
    void theWrittenAnswersAreTheTokenizersForEveryLine() throws Exception {
        Map<String, List<String>> tokens = wordListTokens();
        assertTrue(tokens.size() > 10_000, tokens.size() + " lines");
        tokens.put("", new ArrayList<>(FRENCH.tokenize("")));
        tokens.put("Œuvre d’art  — 12 345,6 €", FRENCH.tokenize("Œuvre d’art  — 12 345,6 €"));
        assertEquals(tokens, SpellingTokensCache.read(SpellingTokensCache.write(tokens)));
    }

    @Test
    void aDamagedOrForeignFileIsRefused() throws Exception {
        byte[] bytes = SpellingTokensCache.write(Map.of("peut-être", List.of("peut-être"), "l'homme", List.of("l'", "homme")));
        for (int i = 0; i < bytes.length; i++) {
            byte[] damaged = bytes.clone();
            damaged[i] ^= 1;
            assertThrows(IOException.class, () -> SpellingTokensCache.read(damaged), "byte " + i);
        }
        assertThrows(IOException.class, () -> SpellingTokensCache.read(new byte[] {1, 2, 3}));
        assertThrows(IOException.class, () -> SpellingTokensCache.read("some other file, long enough".getBytes()));
    }

    @Test
    void savedUnderItsOwnNameAndAnUnreadableFileLoadsNothing(@TempDir Path folder) throws Exception {
        SpellingTokensCache cache = new SpellingTokensCache(folder);
        assertEquals(Map.of(), cache.load(), "no file yet");
        Path old = folder.resolve(cache.file().getFileName().toString().replaceFirst("-[0-9a-f]+\\.tokens$", "-0.tokens"));
        Files.writeString(old, "a file of another LanguageTool");
        Path dictionaries = new SpellingDictionaryCache(folder).file();
        Files.writeString(dictionaries, "the automaton's file");
        Map<String, List<String>> tokens = Map.of("peut-être", List.of("peut-être"), "l'homme", List.of("l'", "homme"));
        cache.save(tokens);
        assertEquals(tokens, cache.load());
        try (var files = Files.list(folder)) {
            assertEquals(Set.of(cache.file(), dictionaries), files.collect(Collectors.toSet()),
                    "the file of another LanguageTool goes, the automaton's stays");
        }
        Files.write(cache.file(), new byte[] {0, 1, 2});
        assertEquals(Map.of(), cache.load(), "a damaged file is tokenized again");
    }
}
