package org.relecture.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relecture.check.DocumentResult;
import org.relecture.text.Document;

class CorpusSummaryTest {
    private static ScoredDocument scored(double score) {
        Document doc = new Document("d.txt", "Un texte court.", List.of());
        return new ScoredDocument(DocumentResult.checked(doc, List.of()), new DocumentScore(0, 3, 0, score));
    }

    @Test
    void meanMedianMinimumAndDistributionOfTheScores() {
        CorpusSummary summary = new CorpusSummary();
        for (double s : new double[] {95, 40.5, 100, 72, 9.9}) {
            summary.add(scored(s));
        }
        summary.add(ScoredDocument.of(DocumentResult.failed("bad.txt", DocumentResult.FailureKind.INPUT, "not UTF-8"),
                Scorer.defaults()));
        assertEquals(5, summary.documents());
        assertEquals(1, summary.inputFailures());
        assertEquals((95 + 40.5 + 100 + 72 + 9.9) / 5, summary.meanScore(), 1e-9);
        assertEquals(72, summary.medianScore(), 1e-9);
        assertEquals(9.9, summary.minScore(), 1e-9);
        assertEquals(100, summary.maxScore(), 1e-9);
        assertArrayEquals(new int[] {1, 0, 0, 0, 1, 0, 0, 1, 0, 2}, summary.distribution());
    }

    @Test
    void theMedianOfAnEvenCountIsTheMiddlePairsMean() {
        CorpusSummary summary = new CorpusSummary();
        summary.add(scored(60));
        summary.add(scored(80));
        assertEquals(70, summary.medianScore(), 1e-9);
    }

    @Test
    void noCheckedDocumentMeansNoStatistics() {
        assertTrue(Double.isNaN(new CorpusSummary().meanScore()));
        assertTrue(Double.isNaN(new CorpusSummary().medianScore()));
    }
}
