package org.relecture.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.relecture.check.DocumentResult;
import org.relecture.check.CorpusRunner;
import org.relecture.reports.Renderer;
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
    private final ProgressBar progress;

    CorpusCheck(CorpusRunner runner, List<Input> inputs, Scorer scorer, PrintStream err, ProgressBar progress) {
        this.runner = runner;
        this.inputs = inputs;
        this.scorer = scorer;
        this.err = err;
        this.progress = progress;
    }

    /** The files this run reads, which no report may overwrite. */
    List<Path> files() {
        return inputs.stream().filter(Input.File.class::isInstance).map(i -> ((Input.File) i).path()).toList();
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
        progress.start();
        try {
            runner.run(inputs, result -> {
                if (!result.ok()) {
                    progress.clear();
                    err.println("relecture: " + result.label() + ": " + result.failure().reason());
                }
                ScoredDocument scored = ScoredDocument.of(before.apply(result), scorer);
                summary.add(scored);
                sink.accept(scored);
                progress.advance(result.label());
            });
        } finally {
            progress.clear();
        }
        return summary;
    }

    /** Runs the corpus through {@code renderer}, from {@code begin} to {@code end}. */
    CorpusSummary report(Renderer renderer) throws IOException, InterruptedException {
        return report(UnaryOperator.identity(), renderer, scored -> { });
    }

    /**
     * Runs the corpus through {@code renderer}, from {@code begin} to {@code end}.
     *
     * @param before as for {@link #run(UnaryOperator, Consumer)}
     * @param also   what else to do with each scored document, after it is rendered
     */
    CorpusSummary report(UnaryOperator<DocumentResult> before, Renderer renderer, Consumer<ScoredDocument> also)
            throws IOException, InterruptedException {
        renderer.begin();
        CorpusSummary summary;
        try {
            summary = run(before, scored -> {
                try {
                    renderer.document(scored);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                also.accept(scored);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        renderer.end(summary);
        return summary;
    }
}
