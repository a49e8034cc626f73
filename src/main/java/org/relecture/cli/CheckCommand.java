package org.relecture.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.relecture.reports.Format;
import org.relecture.reports.RenderOptions;
import org.relecture.reports.Renderer;
import org.relecture.scoring.CorpusSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Check French text files, directories (.txt and .md, recursively) or stdin (-).")
final class CheckCommand implements Callable<Integer> {
    private final Io io;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    CorpusOptions corpus;

    @Mixin
    CommonOptions common;

    CheckCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Logging.configure(common.verbose);
        Optional<CorpusCheck> run = corpus.prepare(io);
        if (run.isEmpty()) {
            return ExitCode.USAGE_OR_INPUT;
        }
        Renderer renderer = format.renderer(io.out(), new RenderOptions(common.useColor()));
        renderer.begin();
        CorpusSummary summary = run.get().run(scored -> {
            try {
                renderer.document(scored);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        renderer.end(summary);
        io.out().flush();
        return CorpusOptions.exitCode(summary);
    }
}
