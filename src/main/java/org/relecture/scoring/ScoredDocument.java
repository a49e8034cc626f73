package org.relecture.scoring;

import java.util.List;
import java.util.Objects;
import org.relecture.check.DocumentResult;
import org.relecture.findings.Finding;
import org.relecture.text.Document;

/**
 * A checked input with its score, what every report is made of. An input that could not be
 * checked has no score.
 */
public record ScoredDocument(DocumentResult result, DocumentScore score) {
    public ScoredDocument {
        Objects.requireNonNull(result, "result");
        if (result.ok() == (score == null)) {
            throw new IllegalArgumentException("a checked document has a score, a failed input none");
        }
    }

    public static ScoredDocument of(DocumentResult result, Scorer scorer) {
        return new ScoredDocument(result,
                result.ok() ? scorer.score(result.findings(), result.document().words()) : null);
    }

    public boolean ok() {
        return result.ok();
    }

    public String label() {
        return result.label();
    }

    public Document document() {
        return result.document();
    }

    public List<Finding> findings() {
        return result.findings();
    }
}
