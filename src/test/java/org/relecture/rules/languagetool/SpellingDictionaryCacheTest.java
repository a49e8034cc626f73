package org.relecture.rules.languagetool;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import morfologik.fsa.CFSA2;
import morfologik.speller.Speller;
import morfologik.stemming.Dictionary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relecture.rules.FrenchLexicon;

/**
 * The dictionary {@link SpellingDictionaryCache} writes reads back as the automaton LanguageTool
 * built, and answers every question its speller asks the same way. (That whole reports stay the
 * same with it, in a JVM that reads it, is {@code SpellingCacheProcessTest}'s.)
 */
class SpellingDictionaryCacheTest {
    private static final List<String> WORDS = List.of("relecture", "ortographe", "developpement", "batiment",
            "apeller", "acceuil", "Gaulle", "covoiturage", "néerlandophone", "wxqz", "languetool", "chaussete");
    private static Map<String, Dictionary> built;

    @BeforeAll
    static void buildTheSpeller() throws Exception {
        FrenchLexicon.french().getDefaultSpellingRule().isMisspelled("relecture");
        built = SpellingDictionaryCache.languageToolsDictionaries();
        assertFalse(built.isEmpty(), "LanguageTool keeps the dictionary of its word list where relecture looks");
    }

    @Test
    void theWrittenDictionaryIsTheBuiltOne() throws Exception {
        Map<String, Dictionary> read = SpellingDictionaryCache.read(SpellingDictionaryCache.write(built));
        assertEquals(built.keySet(), read.keySet());
        for (String key : built.keySet()) {
            CFSA2 original = (CFSA2) built.get(key).fsa;
            CFSA2 copy = (CFSA2) read.get(key).fsa;
            assertArrayEquals(original.arcs, copy.arcs);
            assertArrayEquals(original.labelMapping, copy.labelMapping);
            assertEquals(original.getFlags(), copy.getFlags());
            assertEquals(built.get(key).metadata.getAttributes(), read.get(key).metadata.getAttributes());
            for (int distance = 1; distance <= 3; distance++) {
                Speller a = new Speller(built.get(key), distance);
                Speller b = new Speller(read.get(key), distance);
                for (String word : WORDS) {
                    assertEquals(a.isMisspelled(word), b.isMisspelled(word), word);
                    assertEquals(a.findReplacements(word), b.findReplacements(word), word);
                    assertEquals(a.findSimilarWords(word), b.findSimilarWords(word), word);
                    assertEquals(a.replaceRunOnWords(word), b.replaceRunOnWords(word), word);
                }
            }
        }
    }

    @Test
    void aDamagedOrForeignFileIsRefused() throws Exception {
        byte[] bytes = SpellingDictionaryCache.write(built);
        assertNotNull(bytes);
        byte[] damaged = bytes.clone();
        damaged[damaged.length / 2] ^= 1;
        assertThrows(IOException.class, () -> SpellingDictionaryCache.read(damaged));
        assertThrows(IOException.class, () -> SpellingDictionaryCache.read(new byte[] {1, 2, 3}));
        assertThrows(IOException.class, () -> SpellingDictionaryCache.read("some other file, long enough".getBytes()));
    }

    @Test
    void savedOnceReplacedAtomicallyAndNotLoadedOverWhatLanguageToolHolds(@TempDir Path folder) throws Exception {
        SpellingDictionaryCache cache = new SpellingDictionaryCache(folder);
        String name = cache.file().getFileName().toString();
        Path older = Files.writeString(folder.resolve(name.substring(0, name.lastIndexOf('-')) + "-0.bin"), "older jars'");
        Path otherHome = Files.writeString(folder.resolve("spelling-0-0.bin"), "another installation's");
        cache.save();
        assertTrue(Files.size(cache.file()) > 100_000);
        assertFalse(Files.exists(older), "the file of other jars goes");
        try (var files = Files.list(folder)) {
            assertEquals(Set.of(cache.file(), otherHome), files.collect(Collectors.toSet()),
                    "another installation's stays, no part is left");
        }
        assertFalse(cache.load(), "this JVM's LanguageTool built its own: it is kept");
    }

    @Test
    void aDamagedFileIsNotLoaded(@TempDir Path folder) throws Exception {
        SpellingDictionaryCache cache = new SpellingDictionaryCache(folder);
        Files.write(cache.file(), new byte[] {0, 1, 2});
        assertFalse(cache.load());
    }
}
