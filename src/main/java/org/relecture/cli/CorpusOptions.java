package org.relecture.cli;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.relecture.api.Relecture;
import org.relecture.cache.ResultCache;
import org.relecture.scoring.CorpusSummary;
import org.relecture.text.ByteSize;
import org.relecture.text.Input;
import org.relecture.text.InputCollector;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * What every command that checks a corpus takes: paths, workers, rules. The commands differ only
 * in what they make of the scored documents.
 */
final class CorpusOptions {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, or - for stdin.")
    List<String> paths;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Worker threads (default: the number of cores).")
    Integer jobs;

    @Option(names = "--max-size", paramLabel = "SIZE", defaultValue = "10M", converter = SizeConverter.class,
            description = "Largest document read, in bytes or with K, M or G (default: ${DEFAULT-VALUE}); a larger "
                    + "file, or more on stdin, is an input error (exit 2) and the others are still checked.")
    long maxSize;

    @Mixin
    RuleOptions ruleOptions;

    @Mixin
    CacheOptions cacheOptions;

    /** What a command does with the run these options describe; returns its exit code. */
    @FunctionalInterface
    interface Body {
        int on(CorpusCheck check) throws IOException, InterruptedException;
    }

    /**
     * Runs BODY on the run these options describe, its result cache open, and closes it; when the
     * options are unusable, says why on stderr and returns {@link ExitCode#USAGE_OR_INPUT}
     * without calling BODY (so a report is never begun for a run that cannot happen).
     *
     * @param verbose whether an input that fails on a bug shows the trace of its exception
     */
    int run(Io io, boolean verbose, Body body) throws IOException, InterruptedException {
        Optional<CorpusCheck> prepared = prepare(io, verbose);
        if (prepared.isEmpty()) {
            return ExitCode.USAGE_OR_INPUT;
        }
        try (CorpusCheck check = prepared.get()) {
            return body.on(check);
        }
    }

    private Optional<CorpusCheck> prepare(Io io, boolean verbose) {
        if (jobs != null && jobs < 1) {
            io.err().println("relecture: --jobs must be at least 1");
            return Optional.empty();
        }
        ResultCache cache = cacheOptions.open(io);
        Optional<Relecture> relecture = ruleOptions.open(io, builder -> {
            builder.maxDocumentBytes(maxSize).cache(cache);
            if (jobs != null) {
                builder.workers(jobs);
            }
        });
        if (relecture.isEmpty()) {
            cache.close();
            return Optional.empty();
        }
        List<Input> inputs = InputCollector.collect(paths);
        ProgressBar progress = ProgressBar.forRun(TerminalStream.unescaped(io.err()), inputs.size(),
                io.caller().environment(), io.caller().stderrTerminal() ? "true" : null);
        return Optional.of(new CorpusCheck(relecture.get(), cache, inputs, io.err(), progress, verbose));
    }

    /** {@code --max-size}: a picocli usage error (exit 2) for a size that is not one. */
    static final class SizeConverter implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return ByteSize.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** The exit code of a run whose every input was handled: input and internal failures show. */
    static int exitCode(CorpusSummary summary) {
        if (summary.internalFailures() > 0) {
            return ExitCode.INTERNAL;
        }
        return summary.inputFailures() > 0 ? ExitCode.USAGE_OR_INPUT : ExitCode.OK;
    }
}
