package org.relecture.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.relecture.scoring.CorpusSummary;
import org.relecture.scoring.Gate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Check French text files, directories (.txt and .md, recursively) or stdin (-).")
final class CheckCommand implements Callable<Integer> {
    private final Io io;

    @Mixin
    ReportOptions report;

    @Mixin
    CorpusOptions corpus;

    @Mixin
    CommonOptions common;

    @Option(names = DaemonUse.NO_DAEMON, description = "Check in this process even when a daemon runs for this "
            + "directory (relecture daemon start).")
    boolean noDaemon;

    CheckCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Logging.configure(common.verbose);
        return corpus.run(io, common.verbose, check -> report.deliver(io, check.files(), out -> {
            CorpusSummary summary = check.report(report.format.renderer(out, report.renderOptions(io, common, Gate.NONE)));
            return CorpusOptions.exitCode(summary);
        }));
    }
}
