package org.relecture.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CostEstimateTest {
    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

    @Test
    void eachUnknownWordOfFiveLettersOrMoreCostsTheWordCost() {
        CostEstimate estimate = new CostEstimate(100, Set.of("maison", "grande")::contains);
        assertEquals(200 * MS, estimate.nanos("Une grande maison, Zorglub et xantrophile, gnaf."));
    }

    @Test
    void aWordSeenInARecentRequestCostsNothingMore() {
        CostEstimate estimate = new CostEstimate(100, word -> false);
        assertEquals(200 * MS, estimate.nanos("Zorglub xantrophile"));
        assertEquals(100 * MS, estimate.nanos("xantrophile zorglubique xantrophile"));
    }

    @Test
    void theLexiconKnowsFrenchWordsInAnyForm() {
        CostEstimate estimate = CostEstimate.configured();
        assertEquals(0, estimate.nanos("Les gouvernements européens développèrent leurs politiques économiques."));
        assertEquals(2 * 100 * MS, estimate.nanos("Les gouvernements Zorglubique xantrophile."));
    }

    @Test
    void noWordCostNoEstimate() {
        assertEquals(0, new CostEstimate(0, word -> false).nanos("Zorglub xantrophile"));
    }
}
