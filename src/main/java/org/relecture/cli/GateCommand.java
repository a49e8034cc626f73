package org.relecture.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.relecture.api.GateVerdict;
import org.relecture.baseline.Baseline;
import org.relecture.baseline.BaselineException;
import org.relecture.reports.Renderer;
import org.relecture.scoring.CorpusSummary;
import org.relecture.scoring.Gate;
import org.relecture.text.AtomicOutput;
import org.relecture.text.FileKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "gate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Fail (exit 1) when a document scores under --min-score or --min-quality, has a finding at or "
                + "above --fail-on, fails its verdict (with --fail-on-verdict), or the corpus mean is under --min-mean; "
                + "the failing documents and reasons go to stderr, the report (--format) to stdout or --output.")
final class GateCommand implements Callable<Integer> {
    private final Io io;

    @Mixin
    GateOptions thresholds;

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
        return corpus.run(io, common.verbose, this::judge);
    }

    /** Judges the run against the gate (and baseline) these options give. */
    private int judge(CorpusCheck run) throws IOException, InterruptedException {
        Optional<Gate> gate = thresholds.gate(run.relecture().gate(), io);
        if (gate.isEmpty()) {
            return ExitCode.USAGE_OR_INPUT;
        }
        Optional<String> refusal = writeBaselineRefusal(run.files());
        if (refusal.isPresent()) {
            io.err().println("relecture: --write-baseline " + writeBaseline + ": " + refusal.get());
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
        // The report may replace neither an input nor the baseline it is judged against.
        List<Path> reads = new ArrayList<>(run.files());
        if (baseline != null && writeBaseline == null) {
            reads.add(baseline);
        }
        return report.deliver(io, reads, out -> {
            Renderer renderer = report.format.renderer(out, report.renderOptions(io, common, gate.get()));
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

    /**
     * Why {@code --write-baseline} may not be written, checked before the run: it may not be an
     * input (the baseline would replace a document) nor the report's file (one would replace the
     * other).
     */
    private Optional<String> writeBaselineRefusal(List<Path> inputs) throws IOException {
        if (writeBaseline == null) {
            return Optional.empty();
        }
        Optional<String> refusal = OutputTarget.refusal(writeBaseline, inputs);
        if (refusal.isEmpty() && report.output != null && OutputTarget.same(writeBaseline, report.output)) {
            return Optional.of("is also the --output file; the report would replace the baseline");
        }
        return refusal;
    }

    /** Writes the baseline whole or not at all; false after naming the problem on stderr. */
    private boolean record(Baseline recorded) {
        try (AtomicOutput file = AtomicOutput.create(writeBaseline)) {
            recorded.write(file.stream());
            file.commit();
        } catch (IOException e) {
            io.err().println("relecture: " + writeBaseline + ": cannot be written: " + FileKind.reason(e));
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
}
