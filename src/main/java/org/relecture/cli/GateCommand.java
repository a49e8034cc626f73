package org.relecture.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.relecture.baseline.Baseline;
import org.relecture.baseline.BaselineException;
import org.relecture.check.DocumentResult;
import org.relecture.findings.Severity;
import org.relecture.reports.Renderer;
import org.relecture.scoring.CorpusSummary;
import org.relecture.scoring.Gate;
import org.relecture.scoring.ScoredDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "gate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Fail (exit 1) when a document scores under --min-score, has a finding at or above --fail-on, "
                + "or the corpus mean is under --min-mean; the failing documents and reasons go to stderr, the report "
                + "(--format) to stdout or --output.")
final class GateCommand implements Callable<Integer> {
    private final Io io;

    @Option(names = "--min-score", paramLabel = "N", description = "Lowest score a document may have (0-100).")
    Double minScore;

    @Option(names = "--min-mean", paramLabel = "N", description = "Lowest mean score of the corpus (0-100).")
    Double minMean;

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
        Optional<CorpusCheck> run = corpus.prepare(io);
        if (run.isEmpty()) {
            return ExitCode.USAGE_OR_INPUT;
        }
        Optional<Gate> gate = gate();
        if (gate.isEmpty()) {
            return ExitCode.USAGE_OR_INPUT;
        }
        Baseline accepted = Baseline.empty();
        if (baseline != null && writeBaseline == null) {
            try {
                accepted = Baseline.read(baseline);
            } catch (BaselineException e) {
                io.err().println("relecture: " + e.getMessage());
                return ExitCode.USAGE_OR_INPUT;
            }
        }
        Baseline known = accepted;
        return report.deliver(io, run.get().files(), out -> {
            Renderer renderer = report.format.renderer(out, report.renderOptions(common, gate.get()));
            Verdict verdict = judge(run.get(), gate.get(), known, renderer);
            int code = CorpusOptions.exitCode(verdict.summary);
            if (code != ExitCode.OK) {
                // An input went unchecked: no verdict, and no baseline that would silently lack its findings.
                int unchecked = verdict.summary.inputFailures() + verdict.summary.internalFailures();
                io.err().println("relecture: gate not judged: " + unchecked
                        + (unchecked == 1 ? " input" : " inputs") + " could not be checked");
                return code;
            }
            if (writeBaseline != null && !recordBaseline(verdict)) {
                return ExitCode.USAGE_OR_INPUT;
            }
            verdict.corpusFailures.forEach(reason -> io.err().println("relecture: gate: corpus: " + reason));
            io.err().println(summaryLine(verdict));
            return verdict.passed() ? ExitCode.OK : ExitCode.QUALITY_FAILED;
        });
    }

    /** Writes the baseline whole or not at all; false after naming the problem on stderr. */
    private boolean recordBaseline(Verdict verdict) {
        try (AtomicOutput file = AtomicOutput.create(writeBaseline)) {
            Baseline.write(file.stream(), verdict.recorded);
            file.commit();
        } catch (IOException e) {
            io.err().println("relecture: " + writeBaseline + ": cannot be written: " + e.getMessage());
            return false;
        }
        verdict.acceptedFindings = verdict.recorded.stream().mapToInt(r -> r.findings().size()).sum();
        io.err().println("relecture: gate: " + verdict.acceptedFindings + " findings recorded in " + writeBaseline);
        return true;
    }

    /** What the run found against the gate. */
    private static final class Verdict {
        CorpusSummary summary;
        int failingDocuments;
        int acceptedFindings;
        List<String> corpusFailures = List.of();
        /** With --write-baseline: every result as checked, to record. */
        final List<DocumentResult> recorded = new ArrayList<>();

        boolean passed() {
            return failingDocuments == 0 && corpusFailures.isEmpty();
        }
    }

    /**
     * Checks the corpus without the accepted findings (all of them when a baseline is being
     * written) and names each failing document on stderr as it comes.
     */
    private Verdict judge(CorpusCheck run, Gate gate, Baseline accepted, Renderer renderer)
            throws IOException, InterruptedException {
        Verdict verdict = new Verdict();
        verdict.summary = run.report(result -> {
            if (writeBaseline != null) {
                verdict.recorded.add(result);
                return result.ok() ? new DocumentResult(result.label(), result.document(), List.of(), null) : result;
            }
            DocumentResult kept = accepted.withoutAccepted(result);
            verdict.acceptedFindings += result.findings().size() - kept.findings().size();
            return kept;
        }, renderer, scored -> {
            List<String> reasons = gate.failures(scored);
            if (!reasons.isEmpty()) {
                verdict.failingDocuments++;
                io.err().println("relecture: gate: " + scored.label() + ": " + String.join("; ", reasons));
            }
        });
        verdict.corpusFailures = gate.corpusFailures(verdict.summary);
        return verdict;
    }

    private static String summaryLine(Verdict v) {
        CorpusSummary s = v.summary;
        String mean = s.documents() == 0 ? "" : String.format(Locale.ROOT, ", mean score %.1f", s.meanScore());
        String accepted = v.acceptedFindings == 0 ? "" : "; " + v.acceptedFindings + " findings accepted by the baseline";
        return "relecture: gate " + (v.passed() ? "passed" : "failed") + ": " + v.failingDocuments + " of "
                + s.documents() + " documents failing" + mean + accepted;
    }

    /** The configuration's thresholds, each overridden by its option; empty after an error on stderr. */
    private Optional<Gate> gate() {
        Gate file = corpus.config().gate();
        Gate gate = new Gate(minScore != null ? minScore : file.minScore(), minMean != null ? minMean : file.minMean(),
                failOn != null ? failOn : file.failOn());
        for (Double score : new Double[] {gate.minScore(), gate.minMean()}) {
            if (score != null && !(score >= 0 && score <= 100)) {
                io.err().println("relecture: --min-score and --min-mean take a score from 0 to 100, not " + score);
                return Optional.empty();
            }
        }
        return Optional.of(gate);
    }
}
