package org.relecture.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relecture.baseline.Baseline;
import org.relecture.check.DocumentResult;
import org.relecture.findings.Severity;
import org.relecture.rules.FakeDetector;
import org.relecture.scoring.Gate;
import org.relecture.scoring.ScoredDocument;
import org.relecture.testing.TestFiles;
import org.relecture.text.Input;
import org.relecture.text.InputCollector;

/** The facade at work, with relecture's spacing rule alone (no LanguageTool). */
class RelectureTest {
    private static final String GLUED = "Le conseil a voté le budget hier soir.La séance a duré trois heures.\n";
    private static final String CLEAN = "Le conseil a voté le budget hier soir après un long débat.\n";
    private static Relecture relecture;

    @TempDir
    Path dir;

    @BeforeAll
    static void build() throws Exception {
        relecture = Relecture.builder().enableOnly(List.of("MISSING_SPACE_AFTER_PUNCTUATION")).workers(2).build();
    }

    private List<Input> corpus(String... texts) throws Exception {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            paths.add(TestFiles.write(dir, "doc" + i + ".txt", texts[i]).toString());
        }
        return InputCollector.collect(paths);
    }

    @Test
    void aCorpusComesInInputOrderWithTheFindingsOfEachDocumentAlone() throws Exception {
        List<ScoredDocument> seen = new ArrayList<>();
        relecture.check(corpus(GLUED, CLEAN, GLUED, CLEAN, GLUED), seen::add);
        assertEquals(List.of("doc0.txt", "doc1.txt", "doc2.txt", "doc3.txt", "doc4.txt"),
                seen.stream().map(s -> Path.of(s.label()).getFileName().toString()).toList());
        for (ScoredDocument scored : seen) {
            assertEquals(relecture.check(scored.document()).findings(), scored.findings());
        }
        assertEquals(List.of(1, 0, 1, 0, 1), seen.stream().map(s -> s.findings().size()).toList());
    }

    @Test
    void aRuleThatThrowsFailsItsDocumentKeepingTheException() throws Exception {
        IllegalStateException boom = new IllegalStateException("boom");
        Relecture failing = FakeDetector.relecture(document -> {
            throw boom;
        });
        DocumentResult result = failing.check(failing.document("t.txt", "Un texte.")).result();
        assertEquals(DocumentResult.FailureKind.INTERNAL, result.failure().kind());
        assertSame(boom, result.failure().cause());
        assertTrue(result.failure().reason().contains("boom"), result.failure().reason());
    }

    @Test
    void aRecordedBaselineAcceptsEveryFindingAndCanBeUsedTwice() throws Exception {
        List<Input> inputs = corpus(GLUED, CLEAN, GLUED);
        Gate anyFinding = new Gate(null, null, Severity.MINOR, null, false);
        GateVerdict first = relecture.gate(inputs, anyFinding, Baseline.empty(), judged -> { });
        assertEquals(2, first.failingDocuments());
        assertFalse(first.passed());

        GateVerdict recording = relecture.gateRecording(inputs, anyFinding, judged -> { });
        assertTrue(recording.passed());
        Baseline recorded = recording.recorded().orElseThrow();
        assertEquals(2, recorded.size());
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        recorded.write(written);
        assertTrue(written.toString(java.nio.charset.StandardCharsets.UTF_8).contains("MISSING_SPACE_AFTER_PUNCTUATION"));

        for (int run = 0; run < 2; run++) {
            List<JudgedDocument> judged = new ArrayList<>();
            GateVerdict again = relecture.gate(inputs, anyFinding, recorded, judged::add);
            assertTrue(again.passed(), "run " + run);
            assertEquals(2, again.acceptedFindings());
            assertTrue(judged.stream().allMatch(j -> j.document().findings().isEmpty() && j.passed()));
        }
    }

    @Test
    void rankingPutsTheBestFirst() throws Exception {
        RankedCorpus ranked = relecture.rank(corpus(GLUED, CLEAN), 3, scored -> { });
        assertEquals(List.of("doc1.txt", "doc0.txt"), ranked.places().stream()
                .map(p -> Path.of(p.document().label()).getFileName().toString()).toList());
        assertEquals(1, ranked.places().get(1).worst().size());
    }
}
