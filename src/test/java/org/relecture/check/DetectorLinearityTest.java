package org.relecture.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.relecture.findings.Finding;
import org.relecture.rules.CheckOptions;
import org.relecture.rules.Detector;
import org.relecture.rules.RulesHome;
import org.relecture.rules.files.RuleLibrary;
import org.relecture.testing.TestDocuments;
import org.relecture.text.Document;

/**
 * Every detector of relecture's own (built-in and the rule files') and the whole checker without
 * LanguageTool work in time linear in the text: on each {@link HostileShapes hostile shape}, ten
 * times the text costs at most {@value #BOUND} times the processor time. A super-linear detector
 * (a regular expression that backtracks over a long word, a loop over pairs) costs a hundred
 * times or more, so the bound is far from both. To be robust on a loaded machine the time is the
 * thread's processor time (not the wall clock), the least of several runs after warm-up, measured
 * again before a shape is declared super-linear; no time is compared with a fixed limit. Each
 * detector is measured on each shape, and then the whole checker: one detector's cost can be small
 * beside the others', so that the checker's ratio alone hid a token scan in {@code TechnicalText}
 * whose time grew with the square of the brackets after a link.
 */
class DetectorLinearityTest {
    private static final int LENGTH = 2_500;
    private static final double BOUND = 20;
    /** Below this, processor time is noise: a run that short counts as this long. */
    private static final long FLOOR_NANOS = 3_000_000;
    private static final int RUNS = 2;
    private static final int ATTEMPTS = 3;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @FunctionalInterface
    private interface Check {
        List<Finding> run(Document document) throws Exception;
    }

    @Test
    void theCheckerAndEachDetectorAreLinearOnEveryShape() throws Exception {
        RuleLibrary library = RuleLibrary.load(List.of(RulesHome.locate().orElseThrow()));
        List<Detector> detectors = new ArrayList<>(BuiltinDetectors.create(library));
        detectors.addAll(library.yamlRules());
        Checker checker = new Checker(detectors, CheckOptions.defaults());
        List<String> superLinear = new ArrayList<>();
        for (Map.Entry<String, IntFunction<String>> shape : HostileShapes.all().entrySet()) {
            Document small = TestDocuments.read("t.txt", shape.getValue().apply(LENGTH));
            Document large = TestDocuments.read("t.txt", shape.getValue().apply(10 * LENGTH));
            int found = superLinear.size();
            for (Detector detector : detectors) {
                double ratio = ratio(detector::check, small, large);
                if (ratio > BOUND) {
                    superLinear.add("%s, %s: %.1f times the time for 10 times the text".formatted(
                            shape.getKey(), name(detector), ratio));
                }
            }
            if (superLinear.size() == found && ratio(checker::check, small, large) > BOUND) {
                superLinear.add(shape.getKey() + ": the checker, though no detector alone");
            }
        }
        assertTrue(superLinear.isEmpty(), "super-linear (at most " + BOUND + " times allowed):\n"
                + String.join("\n", superLinear));
    }

    private static String name(Detector detector) {
        return detector.getClass().getSimpleName() + " (" + detector.rules().get(0).id() + ")";
    }

    /** Time on the large document over time on the small one: the least ratio of a few attempts. */
    private static double ratio(Check check, Document small, Document large) throws Exception {
        check.run(small);
        double least = Double.MAX_VALUE;
        for (int attempt = 0; attempt < ATTEMPTS && least > BOUND; attempt++) {
            long base = Math.max(FLOOR_NANOS, leastTime(check, small, RUNS));
            long tenfold = leastTime(check, large, 1);
            least = Math.min(least, (double) tenfold / base);
            if (least > 3 * BOUND) {
                break; // far beyond noise: no need to measure again
            }
        }
        return least;
    }

    private static long leastTime(Check check, Document document, int runs) throws Exception {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long start = THREADS.getCurrentThreadCpuTime();
            check.run(document);
            least = Math.min(least, THREADS.getCurrentThreadCpuTime() - start);
        }
        return least;
    }
}
