package org.relecture.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.relecture.api.RankedCorpus;
import org.relecture.reports.RankingWriter;
import org.relecture.reports.Renderer;
import org.relecture.scoring.Gate;
import org.relecture.scoring.ScoredDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "rank", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Rank documents by calibrated quality score, best first, with their band, verdict and worst problems, "
                + "and a corpus summary with the documents per band.")
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
        return corpus.run(io, common.verbose, check -> report.deliver(io, check.files(), out -> {
            RankedCorpus ranked = check.rank(worst);
            Optional<RankingWriter> ranking = RankingWriter.of(report.format, out);
            if (ranking.isPresent()) {
                ranking.get().write(ranked.places(), ranked.summary());
            } else {
                renderBestFirst(out, ranked, check.relecture().gate());
            }
            return CorpusOptions.exitCode(ranked.summary());
        }));
    }

    /** A format without a ranking of its own gets the documents best first, then the inputs that failed. */
    private void renderBestFirst(OutputStream out, RankedCorpus ranked, Gate gate) throws IOException {
        Renderer renderer = report.format.renderer(out, report.renderOptions(io, common, gate));
        renderer.begin();
        for (ScoredDocument doc : ranked.bestFirst()) {
            renderer.document(doc);
        }
        for (ScoredDocument doc : ranked.documents()) {
            if (!doc.ok()) {
                renderer.document(doc);
            }
        }
        renderer.end(ranked.summary());
    }
}
