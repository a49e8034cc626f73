package org.relecture.api;

import org.relecture.check.DocumentResult;
import org.relecture.fix.FixOutcome;
import org.relecture.scoring.ScoredDocument;

/**
 * What {@code relecture fix} did with one input.
 *
 * @param outcome the fix of its text (an input that could not be read is an unchecked outcome)
 * @param written true when the file was rewritten
 * @param problem why a file that needed fixing was not written (it changed since it was read, or
 *                could not be written), or null
 */
public record FileFix(FixOutcome outcome, boolean written, String problem) {
    static FileFix unreadable(String label, String reason) {
        DocumentResult failed = DocumentResult.failed(label, DocumentResult.FailureKind.INPUT, reason);
        return new FileFix(FixOutcome.unchecked(new ScoredDocument(failed, null)), false, null);
    }

    public String label() {
        return outcome.label();
    }
}
