package org.relecture.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relecture.scoring.Gate;

/**
 * A real distributed run: a Spark standalone master and two worker JVMs started on loopback, the
 * job submitted to them. Its executors are other JVMs that build relecture from the rules the job
 * carries; the results must equal a local run's.
 */
class SparkStandaloneTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Process> CLUSTER = new ArrayList<>();
    private static String master;

    @TempDir
    static Path scratch;

    @BeforeAll
    static void startCluster() throws Exception {
        // The workers launch executors from SPARK_HOME/jars; the class path comes from spark.executor.extraClassPath.
        Path sparkHome = Files.createDirectories(scratch.resolve("spark-home/jars"));
        int port = freePort();
        master = "spark://127.0.0.1:" + port;
        CLUSTER.add(start(sparkHome.getParent(), "master", "org.apache.spark.deploy.master.Master",
                "--host", "127.0.0.1", "--port", String.valueOf(port), "--webui-port", String.valueOf(freePort())));
        awaitPort(port);
        for (int i = 1; i <= 2; i++) {
            CLUSTER.add(start(sparkHome.getParent(), "worker-" + i, "org.apache.spark.deploy.worker.Worker", master,
                    "--host", "127.0.0.1", "--cores", "1", "--memory", "2g", "--webui-port", String.valueOf(freePort()),
                    "--work-dir", Files.createDirectories(scratch.resolve("work-" + i)).toString()));
        }
    }

    @AfterAll
    static void stopCluster() {
        CLUSTER.forEach(Process::destroy);
    }

    @Test
    void twoWorkersGiveTheFindingsAndScoresOfTheLibrary(@TempDir Path out) throws Exception {
        Map<String, String> texts = new TreeMap<>();
        Path corpus = corpus(out.resolve("corpus.jsonl"), texts);
        JobSpec spec = new JobSpec(List.of(corpus.toString()), JobSpec.InputFormat.JSON, "id", "text",
                out.resolve("result"), JobSpec.OutputFormat.JSON, 4, 3);
        SparkSession cluster = SparkSession.builder().master(master).appName("relecture-standalone-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.executor.memory", "1500m")
                .config("spark.executor.extraClassPath", System.getProperty("java.class.path"))
                .getOrCreate();
        JobResult result;
        int executors;
        try {
            awaitExecutors(cluster, 2);
            executors = cluster.sparkContext().getExecutorMemoryStatus().size() - 1;
            // The driver's own checker stays in this JVM: the executors build theirs from the rules the job carries.
            result = new SparkJob(cluster).run(spec, DefaultSetting.setting(), DefaultSetting.here(), Gate.NONE);
        } finally {
            cluster.stop();
        }

        assertEquals(2, executors);
        assertEquals(texts.size(), result.summary().documents());
        assertTrue(result.summary().findings() > 0);
        assertEquals(SparkJobTest.expected(texts), SparkJobTest.actual(out.resolve("result")));
    }

    private static Path corpus(Path file, Map<String, String> texts) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("eval/clean/clean.jsonl")).subList(20, 28);
        List<String> rows = new ArrayList<>();
        for (String line : lines) {
            JsonNode row = JSON.readTree(line);
            texts.put(row.get("id").asText(), row.get("text").asText());
            rows.add(JSON.writeValueAsString(Map.of("id", row.get("id").asText(), "text", row.get("text").asText())));
        }
        return Files.writeString(file, String.join("\n", rows) + "\n");
    }

    private static Process start(Path sparkHome, String name, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m"));
        command.addAll(moduleOptions());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(scratch.resolve(name + ".log").toFile());
        builder.environment().put("SPARK_HOME", sparkHome.toString());
        builder.environment().put("SPARK_SCALA_VERSION", "2.13");
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        return builder.start();
    }

    /** The JVM options this test JVM was started with for Spark (the pom's spark.module.options). */
    private static List<String> moduleOptions() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("-XX:+IgnoreUnrecognizedVMOptions")
                        || a.startsWith("-Djdk.reflect") || a.startsWith("-Dio.netty"))
                .toList();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void awaitPort(int port) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                return;
            } catch (IOException notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("the Spark master did not start: see " + scratch + File.separator
                            + "master.log", notYet);
                }
                Thread.sleep(200);
            }
        }
    }

    private static void awaitExecutors(SparkSession spark, int wanted) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (spark.sparkContext().getExecutorMemoryStatus().size() - 1 < wanted) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the workers did not register " + wanted + " executors; see " + scratch);
            }
            Thread.sleep(200);
        }
    }
}
