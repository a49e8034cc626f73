package org.relecture.spark;

import java.util.List;
import org.relecture.scoring.CorpusSummary;

/**
 * What the driver learns of a job.
 *
 * @param worst          the lowest-scoring documents, worst first
 * @param failing        each failing document with why (the gate's per-document thresholds)
 * @param corpusFailures why the corpus as a whole fails (the gate's mean threshold)
 * @param errors         each document that could not be read or checked, with why
 */
public record JobResult(CorpusSummary summary, List<WorstDocuments.Entry> worst, List<String> failing,
                        List<String> corpusFailures, List<String> errors) {
    public boolean passed() {
        return failing.isEmpty() && corpusFailures.isEmpty();
    }
}
