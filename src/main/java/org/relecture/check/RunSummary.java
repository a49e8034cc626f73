package org.relecture.check;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.relecture.findings.Finding;
import org.relecture.findings.Severity;

/** Totals over a run, accumulated one result at a time so the results need not be kept. */
public final class RunSummary {
    private int documents;
    private int words;
    private int findings;
    private int inputFailures;
    private int internalFailures;
    private final Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);

    public void add(DocumentResult result) {
        if (!result.ok()) {
            if (result.failure().kind() == DocumentResult.FailureKind.INPUT) {
                inputFailures++;
            } else {
                internalFailures++;
            }
            return;
        }
        documents++;
        words += result.document().words();
        for (Finding f : result.findings()) {
            findings++;
            bySeverity.merge(f.severity(), 1, Integer::sum);
        }
    }

    public int documents() {
        return documents;
    }

    public int words() {
        return words;
    }

    public int findings() {
        return findings;
    }

    public int inputFailures() {
        return inputFailures;
    }

    public int internalFailures() {
        return internalFailures;
    }

    public Map<Severity, Integer> bySeverity() {
        return Collections.unmodifiableMap(bySeverity);
    }
}
