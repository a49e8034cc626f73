package org.relecture.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.relecture.check.CorpusRunner;
import org.relecture.reports.Format;
import org.relecture.reports.RenderOptions;
import org.relecture.reports.Renderer;
import org.relecture.rules.CheckOptions;
import org.relecture.rules.Checker;
import org.relecture.rules.LanguageToolPreload;
import org.relecture.rules.files.RuleLibrary;
import org.relecture.scoring.CorpusSummary;
import org.relecture.scoring.ScoredDocument;
import org.relecture.scoring.Scorer;
import org.relecture.text.Input;
import org.relecture.text.InputCollector;
import org.relecture.text.InputReader;
import org.relecture.text.SentenceSplitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Check French text files, directories (.txt and .md, recursively) or stdin (-).")
final class CheckCommand implements Callable<Integer> {
    private final Io io;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, or - for stdin.")
    List<String> paths;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Worker threads (default: the number of cores).")
    Integer jobs;

    @Mixin
    RuleOptions ruleOptions;

    @Mixin
    CommonOptions common;

    CheckCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Logging.configure(common.verbose);
        LanguageToolPreload.start();
        int workers = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        if (workers < 1) {
            io.err().println("relecture: --jobs must be at least 1");
            return ExitCode.USAGE_OR_INPUT;
        }
        Optional<RuleLibrary> loaded = ruleOptions.library(io.err());
        if (loaded.isEmpty()) {
            return ExitCode.USAGE_OR_INPUT;
        }
        RuleLibrary library = loaded.get();
        Set<String> unknown = ruleOptions.unknownSelections(library);
        if (!unknown.isEmpty()) {
            io.err().println("relecture: no rule or category is called " + String.join(", ", unknown)
                    + " (relecture rules lists them)");
            return ExitCode.USAGE_OR_INPUT;
        }
        List<Input> inputs = InputCollector.collect(paths);
        CheckOptions options = ruleOptions.checkOptions();
        CorpusRunner runner = new CorpusRunner(() -> Checker.create(options, library),
                new InputReader(new SentenceSplitter(), io.in()), workers);
        Renderer renderer = format.renderer(io.out(), new RenderOptions(common.useColor()));
        Scorer scorer = Scorer.defaults();
        CorpusSummary summary = new CorpusSummary();
        renderer.begin();
        runner.run(inputs, result -> {
            if (!result.ok()) {
                io.err().println("relecture: " + result.label() + ": " + result.failure().reason());
            }
            ScoredDocument scored = ScoredDocument.of(result, scorer);
            summary.add(scored);
            try {
                renderer.document(scored);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        renderer.end(summary);
        io.out().flush();
        return exitCode(summary);
    }

    static int exitCode(CorpusSummary summary) {
        if (summary.internalFailures() > 0) {
            return ExitCode.INTERNAL;
        }
        return summary.inputFailures() > 0 ? ExitCode.USAGE_OR_INPUT : ExitCode.OK;
    }
}
