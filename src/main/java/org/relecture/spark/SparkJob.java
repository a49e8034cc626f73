package org.relecture.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.relecture.api.Relecture;
import org.relecture.check.DocumentResult;
import org.relecture.findings.Severity;
import org.relecture.scoring.Calibration;
import org.relecture.scoring.CorpusSummary;
import org.relecture.scoring.DocumentScore;
import org.relecture.scoring.Gate;

/**
 * A corpus checked on Spark: the inputs read as (id, bytes or text) rows, spread over the
 * executors, checked there by {@link CheckPartition}, written as {@code documents} and
 * {@code findings}, and summed up on the driver as {@code rank} and {@code gate} sum up a run.
 * Spark does the scheduling, retries and writing (its output committer: a rerun replaces the
 * output whole).
 */
public final class SparkJob {
    private final SparkSession spark;

    public SparkJob(SparkSession spark) {
        this.spark = spark;
    }

    /**
     * Runs a job in a session of its own and stops it; what the command line calls, with nothing
     * of Spark in its signature so that the command line loads Spark only here.
     *
     * @param master Spark's master URL; null for spark-submit's choice, else {@code local[*]}
     */
    public static JobResult runOnce(String master, JobSpec spec, JobSetting setting, Relecture here, Gate gate) {
        SparkSession.Builder builder = SparkSession.builder().appName("relecture");
        String chosen = master != null ? master : System.getProperty("spark.master", "local[*]");
        SparkSession spark = builder.master(chosen).config("spark.ui.enabled", "false").getOrCreate();
        try {
            return new SparkJob(spark).run(spec, setting, here, gate);
        } finally {
            spark.stop();
        }
    }

    /**
     * Runs the job.
     *
     * @param here the driver's checker of {@code setting} (read from the user's files; in local mode its
     *             executors use it as is)
     */
    public JobResult run(JobSpec spec, JobSetting setting, Relecture here, Gate gate) {
        String fingerprint = here.fingerprint().digest();
        ExecutorCheckers.offer(fingerprint, here);
        Dataset<Row> inputs = spec.partitions() > 0 ? read(spec).repartition(spec.partitions())
                : read(spec).repartition(spark.sparkContext().defaultParallelism() * 2);
        Dataset<Row> checked = inputs
                .mapPartitions(new CheckPartition(setting, fingerprint, gate), Encoders.row(DocumentRows.CHECKED))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            write(checked.drop("findings").orderBy(col("ok"), col("calibratedScore"), col("score"), col("id")), spec,
                "documents");
            write(checked.select(col("id"), explode(col("findings")).as("f")).select(col("id"), col("f.*")), spec,
                    "findings");
            return summarise(checked, here.scorer().calibration(), gate, spec.worst());
        } finally {
            checked.unpersist();
        }
    }

    private Dataset<Row> read(JobSpec spec) {
        String[] paths = spec.inputs().toArray(String[]::new);
        return switch (spec.inputFormat()) {
            case TEXT -> spark.read().format("binaryFile")
                    .option("recursiveFileLookup", "true")
                    .option("pathGlobFilter", "*.{txt,md}")
                    .load(paths)
                    .select(regexp_replace(col("path"), "^file:", "").as("id"), col("content"),
                            lit(null).cast(DataTypes.StringType).as("text"));
            case JSON -> columns(spark.read().json(paths), spec);
            case PARQUET -> columns(spark.read().parquet(paths), spec);
        };
    }

    private static Dataset<Row> columns(Dataset<Row> rows, JobSpec spec) {
        return rows.select(col(spec.idColumn()).cast(DataTypes.StringType).as("id"),
                lit(null).cast(DataTypes.BinaryType).as("content"),
                col(spec.textColumn()).cast(DataTypes.StringType).as("text"));
    }

    private static void write(Dataset<Row> rows, JobSpec spec, String name) {
        String target = spec.output().resolve(name).toString();
        if (spec.outputFormat() == JobSpec.OutputFormat.JSON) {
            rows.write().mode(SaveMode.Overwrite).json(target);
        } else {
            rows.write().mode(SaveMode.Overwrite).parquet(target);
        }
    }

    /** The corpus totals, from the persisted rows, one small row per document on the driver. */
    private static JobResult summarise(Dataset<Row> checked, Calibration calibration, Gate gate, int worst) {
        CorpusSummary summary = new CorpusSummary(calibration);
        WorstDocuments worstDocuments = new WorstDocuments(worst);
        List<String> failing = new ArrayList<>();
        Iterator<Row> rows = checked.select(col("id"), col("ok"), col("errorKind"), col("error"), col("words"),
                col("score"), col("findings.severity").as("severities"), col("gateFailures"), col("penalty"),
                col("penaltyPer1000"), col("calibratedScore")).toLocalIterator();
        List<String> errors = new ArrayList<>();
        while (rows.hasNext()) {
            Row row = rows.next();
            String id = row.getString(0);
            if (!row.getBoolean(1)) {
                summary.addFailure(DocumentResult.FailureKind.valueOf(row.getString(2).toUpperCase(Locale.ROOT)));
                errors.add(id + ": " + row.getString(3));
                continue;
            }
            List<Severity> severities = row.<String>getList(6).stream()
                    .map(s -> Severity.valueOf(s.toUpperCase(Locale.ROOT))).toList();
            int words = row.getInt(4);
            double penalty = row.getDouble(8);
            // The same score the executor computed, rebuilt from its parts: the calibration is the driver's setting.
            summary.add(new DocumentScore(penalty, words, row.getDouble(9), row.getDouble(5),
                    calibration.judge(penalty, words)), severities);
            worstDocuments.offer(id, row.getDouble(10), row.getDouble(5), severities.size());
            List<String> failures = row.getList(7);
            if (!failures.isEmpty()) {
                failing.add(id + ": " + String.join("; ", failures));
            }
        }
        return new JobResult(summary, worstDocuments.worstFirst(), failing, gate.corpusFailures(summary), errors);
    }

}
