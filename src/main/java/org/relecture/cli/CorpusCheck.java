package org.relecture.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.relecture.api.GateVerdict;
import org.relecture.api.JudgedDocument;
import org.relecture.api.RankedCorpus;
import org.relecture.api.Relecture;
import org.relecture.baseline.Baseline;
import org.relecture.cache.ResultCache;
import org.relecture.check.DocumentResult;
import org.relecture.reports.Renderer;
import org.relecture.scoring.CorpusSummary;
import org.relecture.scoring.Gate;
import org.relecture.scoring.ScoredDocument;
import org.relecture.text.Input;

/**
 * One corpus run as the command line shows it: the library checks, and meanwhile a progress bar
 * advances and each input that could not be checked is named on stderr (with the trace of its
 * exception under {@code -v}).
 */
final class CorpusCheck implements AutoCloseable {
    /** A run of the library. */
    @FunctionalInterface
    private interface Call<T> {
        T run() throws InterruptedException;
    }

    private final Relecture relecture;
    private final ResultCache cache;
    private final List<Input> inputs;
    private final PrintStream err;
    private final ProgressBar progress;
    private final boolean verbose;
    private boolean completed;

    CorpusCheck(Relecture relecture, ResultCache cache, List<Input> inputs, PrintStream err, ProgressBar progress,
                boolean verbose) {
        this.relecture = relecture;
        this.cache = cache;
        this.inputs = inputs;
        this.err = err;
        this.progress = progress;
        this.verbose = verbose;
    }

    Relecture relecture() {
        return relecture;
    }

    /** The files this run reads, which no report may overwrite. */
    List<Path> files() {
        return inputs.stream().filter(Input.File.class::isInstance).map(i -> ((Input.File) i).path()).toList();
    }

    /** Checks the corpus through {@code renderer}, from {@code begin} to {@code end}. */
    CorpusSummary report(Renderer renderer) throws IOException, InterruptedException {
        renderer.begin();
        CorpusSummary summary = withProgress(() -> relecture.check(inputs,
                scored -> step(scored, () -> render(renderer, scored))));
        renderer.end(summary);
        return summary;
    }

    RankedCorpus rank(int worst) throws IOException, InterruptedException {
        return withProgress(() -> relecture.rank(inputs, worst, scored -> step(scored, () -> { })));
    }

    /**
     * Gates the corpus through {@code renderer}: each document is rendered as judged, then
     * {@code judged} hears of it.
     *
     * @param accepted the baseline, or empty to record a new one
     */
    GateVerdict gate(Gate gate, Optional<Baseline> accepted, Renderer renderer, Consumer<JudgedDocument> judged)
            throws IOException, InterruptedException {
        renderer.begin();
        Consumer<JudgedDocument> sink = j -> step(j.document(), () -> {
            render(renderer, j.document());
            judged.accept(j);
        });
        GateVerdict verdict = withProgress(() -> accepted.isPresent()
                ? relecture.gate(inputs, gate, accepted.get(), sink)
                : relecture.gateRecording(inputs, gate, sink));
        renderer.end(verdict.summary());
        return verdict;
    }

    /** A line on stderr, the progress bar out of its way. */
    void say(String line) {
        progress.clear();
        err.println(line);
    }

    /**
     * Runs the library with the progress bar; a report that cannot be written stops the run with
     * its IOException.
     */
    private <T> T withProgress(Call<T> call) throws IOException, InterruptedException {
        progress.start();
        try {
            T result = call.run();
            completed = true;
            return result;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            progress.clear();
        }
    }

    /** One input done: named on stderr if it could not be checked, handled by {@code work}, counted. */
    private void step(ScoredDocument scored, Runnable work) {
        if (!scored.ok()) {
            DocumentResult.Failure failure = scored.result().failure();
            say("relecture: " + scored.label() + ": " + failure.reason());
            if (verbose && failure.cause() != null) {
                failure.cause().printStackTrace(err);
            }
        }
        work.run();
        progress.advance(scored.label());
    }

    /**
     * Closes the result cache: last-use times written, least recently used entries let go; under
     * {@code -v}, says how much of the run it answered. A completed run that used the cache leaves its
     * {@link RunMarker}.
     */
    @Override
    public void close() {
        boolean cached = cache.enabled();
        if (verbose && cached) {
            say("relecture: cache " + cache.file() + ": " + cache.hits() + " of " + (cache.hits() + cache.misses())
                    + " documents known, " + cache.misses() + " checked");
        }
        cache.close();
        if (completed && cached) {
            RunMarker.write();
        }
    }

    private static void render(Renderer renderer, ScoredDocument scored) {
        try {
            renderer.document(scored);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
