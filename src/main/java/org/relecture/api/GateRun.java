package org.relecture.api;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.relecture.baseline.Baseline;
import org.relecture.check.DocumentResult;
import org.relecture.scoring.CorpusSummary;
import org.relecture.scoring.Gate;
import org.relecture.text.Input;

/**
 * One gate run: each result loses the findings the baseline accepts (all of them when a new
 * baseline is recorded, so that the corpus is judged as the new baseline would judge it), is
 * scored, judged and handed on; then the corpus is judged.
 */
final class GateRun {
    private final Gate gate;
    private final Baseline.Acceptance accepted;
    private final Baseline.Recorder recorder;
    private int failingDocuments;
    private int acceptedFindings;

    private GateRun(Gate gate, Baseline.Acceptance accepted, Baseline.Recorder recorder) {
        this.gate = gate;
        this.accepted = accepted;
        this.recorder = recorder;
    }

    static GateRun against(Gate gate, Baseline baseline) {
        return new GateRun(gate, baseline.start(), null);
    }

    static GateRun recording(Gate gate) {
        return new GateRun(gate, null, new Baseline.Recorder());
    }

    GateVerdict run(Relecture relecture, List<Input> inputs, Consumer<JudgedDocument> sink) throws InterruptedException {
        CorpusSummary summary = relecture.run(inputs, this::withoutAccepted, scored -> {
            List<String> failures = gate.failures(scored);
            if (!failures.isEmpty()) {
                failingDocuments++;
            }
            sink.accept(new JudgedDocument(scored, failures));
        });
        Optional<Baseline> recorded = Optional.ofNullable(recorder).map(Baseline.Recorder::baseline);
        int accepted = recorded.map(Baseline::size).orElse(acceptedFindings);
        return new GateVerdict(summary, failingDocuments, accepted, gate.corpusFailures(summary), recorded);
    }

    private DocumentResult withoutAccepted(DocumentResult result) {
        if (recorder != null) {
            recorder.record(result);
            return result.ok() ? new DocumentResult(result.label(), result.document(), List.of(), null) : result;
        }
        DocumentResult kept = accepted.withoutAccepted(result);
        acceptedFindings += result.findings().size() - kept.findings().size();
        return kept;
    }
}
