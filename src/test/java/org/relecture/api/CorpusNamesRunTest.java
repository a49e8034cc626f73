package org.relecture.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relecture.scoring.ScoredDocument;
import org.relecture.testing.TestFiles;
import org.relecture.text.InputCollector;

/** A corpus run drops LanguageTool's spelling findings on the names its documents share; one document alone keeps them. */
class CorpusNamesRunTest {
    @TempDir
    Path dir;

    @Test
    void aNameTwoDocumentsWriteIsNoMisspellingInARun() throws Exception {
        Relecture relecture = Relecture.builder().enableOnly(List.of("FR_SPELLING_RULE")).workers(1).build();
        List<String> paths = List.of(
                TestFiles.write(dir, "a.txt", "Mardon a signé l'accord hier soir.\n").toString(),
                TestFiles.write(dir, "b.txt", "Mardon est reparti. Gouvernment fatigué.\n").toString());
        List<ScoredDocument> run = new ArrayList<>();
        relecture.check(InputCollector.collect(paths), run::add);
        assertEquals(List.of(List.of(), List.of("Gouvernment")), run.stream()
                .map(s -> s.findings().stream().map(f -> s.document().slice(f.start(), f.end())).toList()).toList());
        ScoredDocument alone = relecture.check(run.get(0).document());
        assertEquals(List.of("Mardon"), alone.findings().stream().map(f -> alone.document().slice(f.start(), f.end())).toList());
    }
}
