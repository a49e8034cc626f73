package org.relecture.spark;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What a job reads and writes.
 *
 * @param inputs       folders, files or globs (Hadoop paths: {@code hdfs://}, {@code s3a://}... on a cluster)
 * @param partitions   how many slices to check in parallel; 0 for twice Spark's default parallelism
 * @param worst        how many of the worst documents the summary names
 */
public record JobSpec(List<String> inputs, InputFormat inputFormat, String idColumn, String textColumn, Path output,
                      OutputFormat outputFormat, int partitions, int worst) {
    public JobSpec {
        inputs = List.copyOf(inputs);
    }

    /** How the inputs are read. */
    public enum InputFormat {
        /** {@code .txt} and {@code .md} files, folders searched recursively; the id is the file's path. */
        TEXT,
        /** JSON Lines rows with an id and a text column. */
        JSON,
        /** Parquet rows with an id and a text column. */
        PARQUET;

        /** The format the inputs' names say: all {@code .jsonl}/{@code .json}, all {@code .parquet}, else text. */
        public static InputFormat guess(List<String> inputs) {
            if (!inputs.isEmpty() && inputs.stream().allMatch(i -> lower(i).endsWith(".jsonl") || lower(i).endsWith(".json"))) {
                return JSON;
            }
            if (!inputs.isEmpty() && inputs.stream().allMatch(i -> lower(i).endsWith(".parquet"))) {
                return PARQUET;
            }
            return TEXT;
        }

        private static String lower(String s) {
            return s.toLowerCase(Locale.ROOT);
        }
    }

    /** How {@code documents} and {@code findings} are written. */
    public enum OutputFormat {
        PARQUET, JSON
    }
}
