package org.relecture.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.relecture.check.DocumentResult;
import org.relecture.check.CorpusRunner;
import org.relecture.scoring.CorpusSummary;
import org.relecture.scoring.ScoredDocument;
import org.relecture.scoring.Scorer;
import org.relecture.text.Input;

/** One corpus run: check each input, score it, hand it on in input order, total the corpus. */
final class CorpusCheck {
    private final CorpusRunner runner;
    private final List<Input> inputs;
    private final Scorer scorer;
    private final PrintStream err;

    CorpusCheck(CorpusRunner runner, List<Input> inputs, Scorer scorer, PrintStream err) {
        this.runner = runner;
        this.inputs = inputs;
        this.scorer = scorer;
        this.err = err;
    }

    int size() {
        return inputs.size();
    }

    /** Every input reaches {@code sink}, failures included; each failure is also named on stderr. */
    CorpusSummary run(Consumer<ScoredDocument> sink) throws InterruptedException {
        return run(UnaryOperator.identity(), sink);
    }

    /**
     * @param before what to make of each result before it is scored (a gate leaves out the
     *               findings its baseline accepts); called in input order, one result at a time
     */
    CorpusSummary run(UnaryOperator<DocumentResult> before, Consumer<ScoredDocument> sink) throws InterruptedException {
        CorpusSummary summary = new CorpusSummary();
        runner.run(inputs, result -> {
            if (!result.ok()) {
                err.println("relecture: " + result.label() + ": " + result.failure().reason());
            }
            ScoredDocument scored = ScoredDocument.of(before.apply(result), scorer);
            summary.add(scored);
            sink.accept(scored);
        });
        return summary;
    }
}
