package org.relecture.cli;

import java.util.List;
import java.util.Optional;
import org.relecture.check.CorpusRunner;
import org.relecture.config.ProjectConfig;
import org.relecture.rules.CheckOptions;
import org.relecture.rules.Checker;
import org.relecture.rules.LanguageToolPreload;
import org.relecture.rules.files.RuleLibrary;
import org.relecture.scoring.CorpusSummary;
import org.relecture.scoring.Scorer;
import org.relecture.text.Input;
import org.relecture.text.InputCollector;
import org.relecture.text.InputReader;
import org.relecture.text.SentenceSplitter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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

    @Mixin
    RuleOptions ruleOptions;

    /**
     * The run these options describe, ready to check; empty, after saying why on stderr, when the
     * options are unusable (so a report is never begun for a run that cannot happen).
     */
    Optional<CorpusCheck> prepare(Io io) {
        LanguageToolPreload.start();
        int workers = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        if (workers < 1) {
            io.err().println("relecture: --jobs must be at least 1");
            return Optional.empty();
        }
        Optional<RuleLibrary> loaded = ruleOptions.selectableLibrary(io.err());
        if (loaded.isEmpty()) {
            return Optional.empty();
        }
        RuleLibrary library = loaded.get();
        CheckOptions options = ruleOptions.checkOptions();
        CorpusRunner runner = new CorpusRunner(() -> Checker.create(options, library),
                new InputReader(new SentenceSplitter(), io.in()), workers);
        List<Input> inputs = InputCollector.collect(paths);
        ProgressBar progress = ProgressBar.forRun(io.err(), inputs.size(), System.getenv(),
                System.getProperty(ProgressBar.TTY_PROPERTY));
        return Optional.of(new CorpusCheck(runner, inputs, scorer(), io.err(), progress));
    }

    /** The score of the project's category weights; valid once {@link #prepare} has read the configuration. */
    Scorer scorer() {
        return new Scorer(ruleOptions.config().weights());
    }

    ProjectConfig config() {
        return ruleOptions.config();
    }

    /** The exit code of a run whose every input was handled: input and internal failures show. */
    static int exitCode(CorpusSummary summary) {
        if (summary.internalFailures() > 0) {
            return ExitCode.INTERNAL;
        }
        return summary.inputFailures() > 0 ? ExitCode.USAGE_OR_INPUT : ExitCode.OK;
    }
}
