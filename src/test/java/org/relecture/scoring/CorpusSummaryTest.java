package org.relecture.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relecture.check.DocumentResult;
import org.relecture.text.Document;

class CorpusSummaryTest {
    private static final Calibration CALIBRATION = new Calibration(15, 100);

    /** A document of {@code words} words with this penalty, scored as the scorer would. */
    private static ScoredDocument scored(double penalty, int words) {
        Document doc = new Document("d.txt", "Un texte court.", List.of());
        double score = Math.max(0, 100 * (1 - penalty / words));
        return new ScoredDocument(DocumentResult.checked(doc, List.of()),
                new DocumentScore(penalty, words, 1000 * penalty / words, score, CALIBRATION.judge(penalty, words)));
    }

    @Test
    void meanMedianMinimumOfTheRawScores() {
        CorpusSummary summary = new CorpusSummary(CALIBRATION);
        for (double penalty : new double[] {5, 59.5, 0, 28, 90.1}) {
            summary.add(scored(penalty, 100));
        }
        summary.add(ScoredDocument.of(DocumentResult.failed("bad.txt", DocumentResult.FailureKind.INPUT, "not UTF-8"),
                Scorer.defaults()));
        assertEquals(5, summary.documents());
        assertEquals(1, summary.inputFailures());
        assertEquals((95 + 40.5 + 100 + 72 + 9.9) / 5, summary.meanScore(), 1e-9);
        assertEquals(72, summary.medianScore(), 1e-9);
        assertEquals(9.9, summary.minScore(), 1e-9);
        assertEquals(100, summary.maxScore(), 1e-9);
    }

    @Test
    void theDistributionCountsDocumentsPerBandSoGoodAndPoorShowApart() {
        CorpusSummary summary = new CorpusSummary(CALIBRATION);
        // Penalties per 1,000 words: 0 (best), 3 (high), 5 and 12 (good), 20 (below target), 40 and 80 (poor).
        for (double perThousand : new double[] {0, 3, 5, 12, 20, 40, 80}) {
            summary.add(scored(perThousand, 1000));
        }
        assertArrayEquals(new int[] {2, 1, 2, 1, 1}, summary.distribution(), "poor, below target, good, high, best");
        assertEquals(4, summary.passing());
    }

    @Test
    void theCorpusIsJudgedAsOneSampleOfAllItsWords() {
        CorpusSummary summary = new CorpusSummary(CALIBRATION);
        summary.add(scored(2, 1000));
        summary.add(scored(58, 3000));
        Quality corpus = summary.quality();
        assertEquals(15, corpus.penaltyPer1000(), 1e-9, "60 points over 4,000 words");
        assertEquals(80, corpus.score(), 1e-9);
        assertEquals(Verdict.PASS, corpus.verdict());
        assertEquals(1, summary.passing(), "the second document alone is over the tolerance");
    }

    @Test
    void aShortDocumentCountsItsMinimumLengthInTheCorpus() {
        CorpusSummary summary = new CorpusSummary(CALIBRATION);
        summary.add(scored(1, 20));
        summary.add(scored(1, 900));
        assertEquals(2.0, summary.quality().penaltyPer1000(), 1e-9, "2 points over 100 + 900 words");
        assertEquals(1000 * 2.0 / 920, summary.penaltyPer1000(), 1e-9, "the corpus's own length");
    }

    @Test
    void theMedianOfAnEvenCountIsTheMiddlePairsMean() {
        CorpusSummary summary = new CorpusSummary(CALIBRATION);
        summary.add(scored(40, 100));
        summary.add(scored(20, 100));
        assertEquals(70, summary.medianScore(), 1e-9);
    }

    @Test
    void noCheckedDocumentMeansNoStatistics() {
        CorpusSummary empty = new CorpusSummary(CALIBRATION);
        assertTrue(Double.isNaN(empty.meanScore()));
        assertTrue(Double.isNaN(empty.medianScore()));
        assertNull(empty.quality());
        assertArrayEquals(new int[5], empty.distribution());
    }
}
