package org.relecture.api;

import java.util.List;
import org.relecture.scoring.ScoredDocument;

/**
 * A document as a gate saw it: scored without the findings its baseline accepts.
 *
 * @param failures why it fails the gate, in words for a CI log; empty when it passes
 */
public record JudgedDocument(ScoredDocument document, List<String> failures) {
    public JudgedDocument {
        failures = List.copyOf(failures);
    }

    public boolean passed() {
        return failures.isEmpty();
    }
}
