package org.relecture.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.relecture.api.GateVerdict;
import org.relecture.baseline.Baseline;
import org.relecture.baseline.BaselineException;
import org.relecture.findings.Severity;
import org.relecture.reports.Renderer;
import org.relecture.scoring.CorpusSummary;
import org.relecture.scoring.Gate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "gate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Fail (exit 1) when a document scores under --min-score or --min-quality, has a finding at or "
                + "above --fail-on, fails its verdict (with --fail-on-verdict), or the corpus mean is under --min-mean; "
                + "the failing documents and reasons go to stderr, the report (--format) to stdout or --output.")
final class GateCommand implements Callable<Integer> {
    private final Io io;

    @Option(names = "--min-score", paramLabel = "N", description = "Lowest raw MQM score a document may have (0-100).")
    Double minScore;

    @Option(names = "--min-mean", paramLabel = "N", description = "Lowest mean raw MQM score of the corpus (0-100).")
    Double minMean;

    @Option(names = "--min-quality", paramLabel = "N",
            description = "Lowest calibrated quality score a document may have (0-100; 80 is the tolerance).")
    Double minQuality;

    @Option(names = "--fail-on-verdict", negatable = true,
            description = "Fail a document whose penalty per 1,000 words is over the tolerance (scoring.tolerance); "
                    + "--no-fail-on-verdict does not (default: the configuration's gate.fail-on-verdict, else not).")
    Boolean failOnVerdict;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Fail on any finding of this severity or above: neutral, minor, major, critical "
                    + "(default: the configuration's, else critical).")
    Severity failOn;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Accepted findings (from --write-baseline): they neither fail the gate nor count in its scores.")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Record every current finding in FILE as accepted (written atomically); the gate then passes "
                    + "unless an input cannot be read.")
    Path writeBaseline;

    @Mixin
    ReportOptions report;

    @Mixin
    CorpusOptions corpus;

    @Mixin
    CommonOptions common;

    GateCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Logging.configure(common.verbose);
        Optional<CorpusCheck> prepared = corpus.prepare(io, common.verbose);
        if (prepared.isEmpty()) {
            return ExitCode.USAGE_OR_INPUT;
        }
        try (CorpusCheck run = prepared.get()) {
            Optional<Gate> gate = gate(run.relecture().gate());
            if (gate.isEmpty()) {
                return ExitCode.USAGE_OR_INPUT;
            }
            Optional<Baseline> accepted = Optional.of(Baseline.empty());
            if (writeBaseline != null) {
                accepted = Optional.empty();
            } else if (baseline != null) {
                try {
                    accepted = Optional.of(Baseline.read(baseline));
                } catch (BaselineException e) {
                    io.err().println("relecture: " + e.getMessage());
                    return ExitCode.USAGE_OR_INPUT;
                }
            }
            Optional<Baseline> known = accepted;
            return report.deliver(io, run.files(), out -> {
                Renderer renderer = report.format.renderer(out, report.renderOptions(common, gate.get()));
                GateVerdict verdict = run.gate(gate.get(), known, renderer, judged -> {
                    if (!judged.passed()) {
                        run.say("relecture: gate: " + judged.document().label() + ": " + String.join("; ", judged.failures()));
                    }
                });
                if (!verdict.judged()) {
                    // An input went unchecked: no verdict, and no baseline that would silently lack its findings.
                    io.err().println("relecture: gate not judged: " + verdict.unchecked()
                            + (verdict.unchecked() == 1 ? " input" : " inputs") + " could not be checked");
                    return CorpusOptions.exitCode(verdict.summary());
                }
                if (verdict.recorded().isPresent() && !record(verdict.recorded().get())) {
                    return ExitCode.USAGE_OR_INPUT;
                }
                verdict.corpusFailures().forEach(reason -> io.err().println("relecture: gate: corpus: " + reason));
                io.err().println(summaryLine(verdict));
                return verdict.passed() ? ExitCode.OK : ExitCode.QUALITY_FAILED;
            });
        }
    }

    /** Writes the baseline whole or not at all; false after naming the problem on stderr. */
    private boolean record(Baseline recorded) {
        try (AtomicOutput file = AtomicOutput.create(writeBaseline)) {
            recorded.write(file.stream());
            file.commit();
        } catch (IOException e) {
            io.err().println("relecture: " + writeBaseline + ": cannot be written: " + e.getMessage());
            return false;
        }
        io.err().println("relecture: gate: " + recorded.size() + " findings recorded in " + writeBaseline);
        return true;
    }

    private static String summaryLine(GateVerdict v) {
        CorpusSummary s = v.summary();
        String mean = s.documents() == 0 ? "" : String.format(Locale.ROOT, ", corpus quality %.1f (%s), mean score %.1f",
                s.quality().score(), s.quality().band().label(), s.meanScore());
        String accepted = v.acceptedFindings() == 0 ? "" : "; " + v.acceptedFindings() + " findings accepted by the baseline";
        return "relecture: gate " + (v.passed() ? "passed" : "failed") + ": " + v.failingDocuments() + " of "
                + s.documents() + " documents failing" + mean + accepted;
    }

    /** The configuration's thresholds, each overridden by its option; empty after an error on stderr. */
    private Optional<Gate> gate(Gate file) {
        Gate gate = new Gate(minScore != null ? minScore : file.minScore(), minMean != null ? minMean : file.minMean(),
                failOn != null ? failOn : file.failOn(), minQuality != null ? minQuality : file.minQuality(),
                failOnVerdict != null ? failOnVerdict : file.failOnVerdict());
        for (Double score : new Double[] {gate.minScore(), gate.minMean(), gate.minQuality()}) {
            if (score != null && !(score >= 0 && score <= 100)) {
                io.err().println("relecture: --min-score, --min-mean and --min-quality take a score from 0 to 100, not "
                        + score);
                return Optional.empty();
            }
        }
        return Optional.of(gate);
    }
}
