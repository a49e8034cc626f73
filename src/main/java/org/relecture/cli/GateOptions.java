package org.relecture.cli;

import java.util.Optional;
import org.relecture.findings.Severity;
import org.relecture.scoring.Gate;
import picocli.CommandLine.Option;

/** The gate's thresholds, each overriding the configuration's: {@code gate} and {@code spark} judge alike. */
final class GateOptions {
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

    /** The configuration's thresholds, each overridden by its option; empty after an error on stderr. */
    Optional<Gate> gate(Gate file, Io io) {
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
