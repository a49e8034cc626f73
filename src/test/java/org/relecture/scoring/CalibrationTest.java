package org.relecture.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class CalibrationTest {
    private static final Calibration T15 = new Calibration(15, 100);

    @Test
    void linearFromOneHundredToEightyAtTheToleranceAndSixtyAtTwiceIt() {
        assertEquals(100, T15.score(0), 1e-9);
        assertEquals(90, T15.score(7.5), 1e-9);
        assertEquals(80, T15.score(15), 1e-9);
        assertEquals(60, T15.score(30), 1e-9);
    }

    @Test
    void thenAnExponentialTailThatContinuesTheLineAndNeverReachesZero() {
        assertEquals(60 * Math.exp(-1), T15.score(30 + 45), 1e-9);
        double slopeBefore = (T15.score(30) - T15.score(30 - 1e-6)) / 1e-6;
        double slopeAfter = (T15.score(30 + 1e-6) - T15.score(30)) / 1e-6;
        assertEquals(slopeBefore, slopeAfter, 1e-3, "the tail meets the line with its slope");
        assertTrue(T15.score(1000) > 0);
        assertEquals(0, T15.score(Double.POSITIVE_INFINITY));
    }

    @Property(tries = 200)
    void aHigherPenaltyNeverScoresHigher(@ForAll @DoubleRange(min = 0, max = 500) double a,
                                         @ForAll @DoubleRange(min = 0, max = 500) double b) {
        if (a <= b) {
            assertTrue(T15.score(a) >= T15.score(b), a + " vs " + b);
        }
    }

    @Test
    void aTextPassesUpToTheToleranceAndItsBandFollowsTheScore() {
        Quality at = T15.judge(15, 1000);
        assertEquals(Verdict.PASS, at.verdict());
        assertEquals(Band.GOOD, at.band());
        Quality over = T15.judge(15.1, 1000);
        assertEquals(Verdict.FAIL, over.verdict());
        assertEquals(Band.BELOW_TARGET, over.band());
        assertEquals(Band.BEST, T15.judge(0, 1000).band());
        assertEquals(Band.HIGH, T15.judge(4, 1000).band());
        assertEquals(Band.POOR, T15.judge(31, 1000).band());
    }

    @Property(tries = 200)
    void passingIsBeingInOneOfTheThreeUpperBands(@ForAll @DoubleRange(min = 0, max = 200) double penalty) {
        Quality q = T15.judge(penalty, 1000);
        assertEquals(q.passes(), q.band().compareTo(Band.GOOD) >= 0, q.toString());
    }

    @Test
    void theToleranceScalesTheWholeCurve() {
        Calibration strict = new Calibration(5, 100);
        assertEquals(80, strict.score(5), 1e-9);
        assertEquals(Verdict.FAIL, strict.judge(6, 1000).verdict());
        assertEquals(Verdict.PASS, T15.judge(6, 1000).verdict());
    }

    @Test
    void aShortTextIsJudgedOverTheMinimumLength() {
        // One minor error in a 30-word caption: 33 points per 1,000 words of its own, 10 over 100 words.
        Quality caption = T15.judge(1, 30);
        assertEquals(100, caption.scoredWords());
        assertEquals(10, caption.penaltyPer1000(), 1e-9);
        assertEquals(Verdict.PASS, caption.verdict());
        Quality unpadded = new Calibration(15, 0).judge(1, 30);
        assertEquals(Verdict.FAIL, unpadded.verdict());
        assertEquals(Band.POOR, unpadded.band());
        assertEquals(1000, T15.judge(1, 1000).scoredWords(), "a longer text keeps its length");
    }

    @Test
    void anEmptyTextWithAPenaltyIsTheWorstWithoutAMinimum() {
        Calibration none = new Calibration(15, 0);
        assertEquals(0, none.judge(1, 0).score());
        assertEquals(100, none.judge(0, 0).score());
    }

    @Test
    void aToleranceMustBePositiveAndTheMinimumNotNegative() {
        assertThrows(IllegalArgumentException.class, () -> new Calibration(0, 100));
        assertThrows(IllegalArgumentException.class, () -> new Calibration(Double.NaN, 100));
        assertThrows(IllegalArgumentException.class, () -> new Calibration(15, -1));
    }

    @Test
    void bandsHaveTheirReportNamesAndRanges() {
        assertEquals("below-target", Band.BELOW_TARGET.id());
        assertEquals("below target", Band.BELOW_TARGET.label());
        assertEquals(60, Band.BELOW_TARGET.from());
        assertEquals(80, Band.BELOW_TARGET.to());
        assertEquals(100, Band.BEST.to());
        assertEquals(Band.BEST, Band.of(100));
        assertEquals(Band.HIGH, Band.of(97.99));
        assertEquals(Band.POOR, Band.of(0));
    }
}
