package org.relecture.rules;

import java.util.List;
import org.relecture.findings.Finding;
import org.relecture.text.Document;

/**
 * Something that finds problems in a document. Instances need not be thread-safe: each worker
 * thread gets its own {@link Checker} and so its own detectors.
 */
public interface Detector {
    /** Every rule this detector can report; each finding's rule id is one of them. */
    List<RuleInfo> rules();

    List<Finding> check(Document document) throws Exception;
}
