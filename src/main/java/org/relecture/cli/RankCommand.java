package org.relecture.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.relecture.reports.RankingWriter;
import org.relecture.reports.Renderer;
import org.relecture.scoring.CorpusSummary;
import org.relecture.scoring.Ranking;
import org.relecture.scoring.ScoredDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "rank", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Rank documents by quality score, best first, with their worst problems and a corpus summary.")
final class RankCommand implements Callable<Integer> {
    private final Io io;

    @Option(names = "--worst", paramLabel = "N", defaultValue = "3",
            description = "How many of each document's costliest findings to show (default: ${DEFAULT-VALUE}).")
    int worst;

    @Mixin
    ReportOptions report;

    @Mixin
    CorpusOptions corpus;

    @Mixin
    CommonOptions common;

    RankCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Logging.configure(common.verbose);
        if (worst < 0) {
            io.err().println("relecture: --worst must be 0 or more");
            return ExitCode.USAGE_OR_INPUT;
        }
        Optional<CorpusCheck> run = corpus.prepare(io);
        if (run.isEmpty()) {
            return ExitCode.USAGE_OR_INPUT;
        }
        return report.deliver(io, run.get().files(), out -> {
            List<ScoredDocument> documents = new ArrayList<>();
            CorpusSummary summary = run.get().run(documents::add);
            Optional<RankingWriter> ranking = RankingWriter.of(report.format, out);
            if (ranking.isPresent()) {
                ranking.get().write(Ranking.rank(documents, corpus.scorer(), worst), summary);
            } else {
                renderBestFirst(out, documents, summary);
            }
            return CorpusOptions.exitCode(summary);
        });
    }

    /** A format without a ranking of its own gets the documents best first, then the inputs that failed. */
    private void renderBestFirst(OutputStream out, List<ScoredDocument> documents, CorpusSummary summary)
            throws IOException {
        Renderer renderer = report.format.renderer(out, report.renderOptions(common, corpus.config().gate()));
        renderer.begin();
        for (ScoredDocument doc : Ranking.bestFirst(documents)) {
            renderer.document(doc);
        }
        for (ScoredDocument doc : documents) {
            if (!doc.ok()) {
                renderer.document(doc);
            }
        }
        renderer.end(summary);
    }
}
