package org.relecture.api;

import java.util.List;
import java.util.Optional;
import org.relecture.baseline.Baseline;
import org.relecture.scoring.CorpusSummary;

/**
 * What a gate decided about a corpus.
 *
 * @param summary          the corpus as judged (without the accepted findings)
 * @param acceptedFindings findings the baseline accepted, or, when one was recorded, all of them
 * @param corpusFailures   why the corpus as a whole fails, beyond its documents (the mean score)
 * @param recorded         the baseline of every finding, when the run was asked to record one
 */
public record GateVerdict(CorpusSummary summary, int failingDocuments, int acceptedFindings,
                          List<String> corpusFailures, Optional<Baseline> recorded) {
    public GateVerdict {
        corpusFailures = List.copyOf(corpusFailures);
    }

    /** Inputs that could not be checked: a gate that did not see them gives no verdict. */
    public int unchecked() {
        return summary.inputFailures() + summary.internalFailures();
    }

    /** True when every input was checked, so that the verdict means something. */
    public boolean judged() {
        return unchecked() == 0;
    }

    /** True when every input was checked and nothing fails. */
    public boolean passed() {
        return judged() && failingDocuments == 0 && corpusFailures.isEmpty();
    }
}
