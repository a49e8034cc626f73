package org.relecture.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.relecture.api.Relecture;
import org.relecture.api.RelectureException;
import org.relecture.scoring.CorpusSummary;
import org.relecture.scoring.Gate;
import org.relecture.spark.JobResult;
import org.relecture.spark.JobSetting;
import org.relecture.spark.JobSpec;
import org.relecture.spark.SparkJob;
import org.relecture.spark.WorstDocuments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "spark", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Check, score and gate a corpus on Apache Spark (embedded local[*] by default, or a cluster "
                + "through spark-submit): writes DIR/documents and DIR/findings, prints the corpus summary and the "
                + "worst documents; exits 1 when the gate fails.")
final class SparkCommand implements Callable<Integer> {
    private final Io io;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Folders or globs of .txt/.md files, or JSON Lines / Parquet files of rows (any Hadoop path).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--output", paramLabel = "DIR", required = true,
            description = "Where documents/ and findings/ are written (replaced on a rerun).")
    Path output;

    @Option(names = "--output-format", paramLabel = "FORMAT", defaultValue = "parquet",
            description = "parquet or json (JSON Lines) (default: ${DEFAULT-VALUE}).")
    JobSpec.OutputFormat outputFormat;

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "text, json or parquet (default: from the inputs' names: .jsonl/.json, .parquet, else text).")
    JobSpec.InputFormat inputFormat;

    @Option(names = "--id-column", paramLabel = "NAME", defaultValue = "id",
            description = "Column of a row's id (JSON Lines, Parquet; default: ${DEFAULT-VALUE}).")
    String idColumn;

    @Option(names = "--text-column", paramLabel = "NAME", defaultValue = "text",
            description = "Column of a row's text (JSON Lines, Parquet; default: ${DEFAULT-VALUE}).")
    String textColumn;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (default: spark-submit's, else local[*]).")
    String master;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Slices checked in parallel (default: twice Spark's default parallelism).")
    int partitions;

    @Option(names = "--worst", paramLabel = "N", defaultValue = "10",
            description = "How many of the worst documents to name (default: ${DEFAULT-VALUE}).")
    int worst;

    @Mixin
    GateOptions thresholds;

    @Mixin
    RuleOptions rules;

    @Mixin
    CommonOptions common;

    SparkCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        Logging.configure(common.verbose);
        Relecture here;
        JobSetting setting;
        try {
            setting = JobSetting.capture(rules.configFile, !rules.noDefaultRules, rules.ruleFolders, rules.level,
                    rules.disabled, rules.enabledOnly);
            here = setting.openHere();
        } catch (RelectureException e) {
            io.err().println("relecture: " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT;
        }
        Optional<Gate> judged = thresholds.gate(here.gate(), io);
        if (judged.isEmpty()) {
            return ExitCode.USAGE_OR_INPUT;
        }
        Gate gate = judged.get();
        JobSpec spec = new JobSpec(inputs, inputFormat != null ? inputFormat : JobSpec.InputFormat.guess(inputs),
                idColumn, textColumn, output, outputFormat, partitions, worst);
        JobResult result;
        try {
            result = SparkJob.runOnce(master, spec, setting, here, gate);
        } catch (NoClassDefFoundError e) {
            io.err().println("relecture: spark: Spark is not on the class path (" + e.getMessage()
                    + "): run `relecture spark` through the relecture launcher, or the jar with spark-submit");
            return ExitCode.USAGE_OR_INPUT;
        } catch (RuntimeException e) {
            // Spark's own analysis errors (a missing column, an unreadable path) are the user's to fix.
            if (e.getClass().getName().equals("org.apache.spark.sql.AnalysisException")) {
                io.err().println("relecture: spark: " + e.getMessage());
                return ExitCode.USAGE_OR_INPUT;
            }
            throw e;
        }
        report(result);
        return exitCode(result);
    }

    private void report(JobResult result) {
        CorpusSummary s = result.summary();
        io.out().printf(Locale.ROOT, "%d documents, %d words, %d findings; quality %.1f (%s, %s), %.1f penalty points "
                        + "per 1,000 words; mean raw score %.1f, lowest %.1f%n",
                s.documents(), s.words(), s.findings(), s.quality().score(), s.quality().band().label(),
                s.quality().verdict().id(), s.quality().penaltyPer1000(), s.meanScore(), s.minScore());
        if (!result.worst().isEmpty()) {
            io.out().println("worst documents:");
            for (WorstDocuments.Entry e : result.worst()) {
                io.out().printf(Locale.ROOT, "  %5.1f  %4d findings  %s%n", e.quality(), e.findings(), e.id());
            }
        }
        io.out().println("written: " + output.resolve("documents") + ", " + output.resolve("findings"));
        io.out().flush();
        result.errors().forEach(e -> io.err().println("relecture: " + e));
        result.failing().forEach(f -> io.err().println("relecture: gate: " + f));
        result.corpusFailures().forEach(f -> io.err().println("relecture: gate: corpus: " + f));
    }

    private static int exitCode(JobResult result) {
        int unchecked = CorpusOptions.exitCode(result.summary());
        if (unchecked != ExitCode.OK) {
            return unchecked;
        }
        return result.passed() ? ExitCode.OK : ExitCode.QUALITY_FAILED;
    }
}
