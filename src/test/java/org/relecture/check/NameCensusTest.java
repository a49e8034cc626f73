package org.relecture.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relecture.testing.TestDocuments;

class NameCensusTest {
    private static final List<String> CORPUS = List.of(
            "Mardon a signé avec Quérigny-sur-Mer. L'Okonjo parle.",
            "À Quérigny, Mardon dit non. ÉTAT et État.",
            "un mardon, l'état des lieux. Ærø et Øresund.",
            "**Mardon** dans [Zelda](https://zelda.example).");

    private static NameCensus census(List<String> texts) {
        NameCensus census = new NameCensus();
        for (int i = 0; i < texts.size(); i++) {
            census.add(TestDocuments.read("d" + i + ".md", texts.get(i)));
        }
        return census;
    }

    @Test
    void countsCapitalisedWordsWholeAndByPartsAndWhatIsWrittenInLowerCase() {
        NameCensus census = census(CORPUS);
        assertEquals(new NameCensus.Count("Mardon", 3, 3, true), census.count("Mardon"));
        assertEquals(new NameCensus.Count("Quérigny", 2, 2, true), census.count("Quérigny"));
        assertEquals(1, census.count("Quérigny-sur-Mer").documents());
        assertEquals(1, census.count("Okonjo").occurrences(), "the elided article is left out");
        assertNull(census.count("ÉTAT"), "an acronym is not counted");
        assertTrue(census.inLowerCase("Mardon"));
        assertTrue(census.inLowerCase("État"), "état, written in lower case");
        assertFalse(census.inLowerCase("Ærø"));
        assertEquals(1, census.count("Zelda").occurrences(), "a link's text is prose");
        assertFalse(census.inLowerCase("Zelda"), "its target is markup");
        assertEquals(4, census.documents());
    }

    @Test
    void partsCountedApartAndMergedCountAsTheWholeCorpus() {
        NameCensus whole = census(CORPUS);
        NameCensus merged = census(CORPUS.subList(0, 1)).merge(census(CORPUS.subList(1, 3))).merge(census(CORPUS.subList(3, 4)));
        assertEquals(whole.documents(), merged.documents());
        assertEquals(whole.unknownWords(), merged.unknownWords());
        for (String word : List.of("Mardon", "Quérigny", "Quérigny-sur-Mer", "Okonjo", "Ærø", "Øresund", "Zelda", "Mer")) {
            assertEquals(whole.count(word), merged.count(word), word);
            assertEquals(whole.inLowerCase(word), merged.inLowerCase(word), word);
        }
    }
}
