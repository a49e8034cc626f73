import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load client of bench/server-load.sh: POSTs one text to a LanguageTool-compatible
 * /v2/check REQUESTS times from CONCURRENCY threads (after WARMUP requests that are not counted)
 * and prints one line: p50 p95 p99 (ms), requests per second, errors, matches of the last answer.
 * Usage: java bench/ServerLoad.java BASE_URL TEXT_FILE REQUESTS CONCURRENCY WARMUP
 */
public final class ServerLoad {
    public static void main(String[] args) throws Exception {
        String url = args[0] + "/v2/check";
        String text = Files.readString(Path.of(args[1]));
        int requests = Integer.parseInt(args[2]);
        int concurrency = Integer.parseInt(args[3]);
        int warmup = Integer.parseInt(args[4]);
        String form = "language=fr&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();

        String last = "";
        for (int i = 0; i < warmup; i++) {
            last = client.send(request, HttpResponse.BodyHandlers.ofString()).body();
        }
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            workers.add(pool.submit(() -> {
                while (next.getAndIncrement() < requests) {
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200 || !response.body().contains("\"matches\"")) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - sent);
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        int matches = last.split("\"rule\":", -1).length - 1;
        System.out.printf("%.0f %.0f %.0f %.1f %d %d%n", ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
                requests / seconds, errors.get(), matches);
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static double ms(List<Long> sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }
}
