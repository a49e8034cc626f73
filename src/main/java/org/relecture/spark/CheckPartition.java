package org.relecture.spark;

import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.relecture.api.Relecture;
import org.relecture.api.Worker;
import org.relecture.check.DocumentResult;
import org.relecture.findings.Severity;
import org.relecture.scoring.Gate;
import org.relecture.scoring.ScoredDocument;
import org.relecture.text.Document;
import org.relecture.text.InputException;
import org.relecture.text.TextDecoder;

/**
 * Checks the documents of one partition on this thread's worker: each input row (id, and its
 * file's bytes or its text column) becomes one {@link DocumentRows#CHECKED} row. A document that
 * cannot be read or checked becomes an error row; the job goes on.
 */
final class CheckPartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final JobSetting setting;
    private final String fingerprint;
    // The gate's per-document thresholds (a record of Spark-serialisable parts, rebuilt on the executor).
    private final Double minScore;
    private final Severity failOn;
    private final Double minQuality;
    private final boolean failOnVerdict;

    CheckPartition(JobSetting setting, String fingerprint, Gate gate) {
        this.setting = setting;
        this.fingerprint = fingerprint;
        this.minScore = gate.minScore();
        this.failOn = gate.failOn();
        this.minQuality = gate.minQuality();
        this.failOnVerdict = gate.failOnVerdict();
    }

    @Override
    public Iterator<Row> call(Iterator<Row> inputs) {
        Relecture relecture = ExecutorCheckers.relecture(setting, fingerprint);
        Worker worker = ExecutorCheckers.worker(setting, fingerprint);
        Gate gate = new Gate(minScore, null, failOn, minQuality, failOnVerdict);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return inputs.hasNext();
            }

            @Override
            public Row next() {
                return check(relecture, worker, gate, inputs.next());
            }
        };
    }

    private static Row check(Relecture relecture, Worker worker, Gate gate, Row input) {
        String id = input.getString(0);
        if (id == null) {
            return DocumentRows.failed("", DocumentResult.FailureKind.INPUT, "a row has no id");
        }
        String text;
        try {
            text = !input.isNullAt(1) ? TextDecoder.decode((byte[]) input.get(1), id) : input.getString(2);
        } catch (InputException e) {
            return DocumentRows.failed(id, DocumentResult.FailureKind.INPUT, e.getMessage());
        }
        if (text == null) {
            return DocumentRows.failed(id, DocumentResult.FailureKind.INPUT, "no text");
        }
        try {
            Document document = relecture.document(id, text);
            ScoredDocument scored = worker.check(document);
            return DocumentRows.of(scored, gate.failures(scored));
        } catch (RuntimeException e) {
            return DocumentRows.failed(id, DocumentResult.FailureKind.INTERNAL, String.valueOf(e));
        }
    }
}
