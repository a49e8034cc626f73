package org.relecture.check;

import java.util.List;
import java.util.Objects;
import org.relecture.findings.Finding;
import org.relecture.text.Document;

/**
 * The outcome for one input: a checked document with its findings, or a failure naming why the
 * input could not be checked. Exactly one of {@code document} and {@code failure} is set.
 */
public record DocumentResult(String label, Document document, List<Finding> findings, Failure failure) {

    public enum FailureKind {
        /** The input could not be read or decoded: the user's to fix. */
        INPUT,
        /** A detector failed on a readable input: ours to fix. */
        INTERNAL
    }

    /**
     * Why an input went unchecked.
     *
     * @param cause the exception behind an internal failure, so that {@code -v} can show its
     *              trace; null when the reason says all (an unreadable input)
     */
    public record Failure(FailureKind kind, String reason, Throwable cause) {
    }

    public DocumentResult {
        Objects.requireNonNull(label, "label");
        if ((document == null) == (failure == null)) {
            throw new IllegalArgumentException("a result has either a document or a failure");
        }
        findings = List.copyOf(findings);
    }

    public static DocumentResult checked(Document document, List<Finding> findings) {
        return new DocumentResult(document.path(), document, findings, null);
    }

    public static DocumentResult failed(String label, FailureKind kind, String reason) {
        return failed(label, kind, reason, null);
    }

    public static DocumentResult failed(String label, FailureKind kind, String reason, Throwable cause) {
        return new DocumentResult(label, null, List.of(), new Failure(kind, reason, cause));
    }

    public boolean ok() {
        return failure == null;
    }
}
