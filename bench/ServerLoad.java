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
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load client of bench/server-load.sh. Reads distinct paragraphs, one a line, and sends each
 * once as a POST to a LanguageTool-compatible /v2/check, in four phases: the first request (the
 * server has just said it is ready), WARMUP uncounted requests, REQUESTS1 at concurrency 1, then
 * REQUESTS4 at concurrency 4. No text is sent twice, so a result cache cannot answer.
 *
 * <p>This client is a fresh JVM: its first HTTP exchange loads and runs the JDK's HTTP client
 * cold and opens the connection, tens to hundreds of milliseconds that are the client's, not the
 * server's. So before the timed first check it warms itself with a few GETs of READY_PATH, the
 * path the script was just told answers (relecture's /health, LanguageTool's /v2/languages), on
 * the same client and connection; never a check, which would warm the server. Both servers get
 * the same. As a diagnostic, the first paragraph is sent again at the end: its latency warm says
 * whether the first request is slow or its paragraph heavy.
 *
 * <p>Prints one line: first (ms), p50 p95 at concurrency 1, p50 p95 at concurrency 4 (ms),
 * requests/s at concurrency 4, errors, matches per answer (mean over the measured requests), the
 * first paragraph sent again at the end (ms), the first and the last of the client's own warm-up
 * GETs (ms: what its cold start would have added to the first request). On stderr: every warm-up
 * GET (ms).
 * Usage: java bench/ServerLoad.java BASE_URL PARAGRAPHS WARMUP REQUESTS1 REQUESTS4 READY_PATH
 */
public final class ServerLoad {
    /** How many GETs of the ready path warm the client: the first loads it, the rest run it. */
    private static final int CLIENT_WARM_UP = 5;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI url;
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicInteger matches = new AtomicInteger();
    private double lastWarmUpGet;

    private ServerLoad(URI url) {
        this.url = url;
    }

    public static void main(String[] args) throws Exception {
        ServerLoad load = new ServerLoad(URI.create(args[0] + "/v2/check"));
        List<String> paragraphs = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
        int warmup = Integer.parseInt(args[2]);
        int requests1 = Integer.parseInt(args[3]);
        int requests4 = Integer.parseInt(args[4]);
        if (paragraphs.size() < 1 + warmup + requests1 + requests4) {
            throw new IllegalArgumentException("not enough distinct paragraphs: " + paragraphs.size());
        }
        double clientFirst = load.warmItself(URI.create(args[0] + args[5]));
        Iterator<String> texts = paragraphs.iterator();
        String firstText = texts.next();
        double first = load.send(firstText) / 1e6;
        for (int i = 0; i < warmup; i++) {
            load.send(texts.next());
        }
        load.errors.set(0);
        load.matches.set(0);
        List<Long> one = load.run(take(texts, requests1), 1);
        long start = System.nanoTime();
        List<Long> four = load.run(take(texts, requests4), 4);
        double seconds = (System.nanoTime() - start) / 1e9;
        int errors = load.errors.get();
        double matches = load.matches.get() / (double) (requests1 + requests4);
        double firstAgain = load.send(firstText) / 1e6;
        System.out.printf("%.0f %.0f %.0f %.0f %.0f %.1f %d %.1f %.0f %.0f %.1f%n", first, ms(one, 0.50), ms(one, 0.95),
                ms(four, 0.50), ms(four, 0.95), requests4 / seconds, errors, matches, firstAgain, clientFirst,
                load.lastWarmUpGet);
    }

    /**
     * GETs of the ready path, on this client, timed on stderr; any answer but 200 is an error.
     * Returns the first one's time (ms), the client's own cold start; keeps the last one's.
     */
    private double warmItself(URI ready) throws Exception {
        double first = 0;
        StringBuilder times = new StringBuilder("client warm-up GETs of " + ready.getPath() + " (ms):");
        for (int i = 0; i < CLIENT_WARM_UP; i++) {
            long sent = System.nanoTime();
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(ready).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            double took = (System.nanoTime() - sent) / 1e6;
            first = i == 0 ? took : first;
            lastWarmUpGet = took;
            times.append(String.format(" %.1f", took));
            if (response.statusCode() != 200) {
                throw new IllegalStateException(ready + " answered " + response.statusCode());
            }
        }
        System.err.println(times);
        return first;
    }

    private static List<String> take(Iterator<String> texts, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(texts.next());
        }
        return out;
    }

    /** Sends every text once from CONCURRENCY threads; returns the sorted latencies (ns). */
    private List<Long> run(List<String> texts, int concurrency) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            workers.add(pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < texts.size(); ) {
                    latencies.add(send(texts.get(i)));
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return sorted;
    }

    /** One check; returns its latency (ns), counting an error or the matches of its answer. */
    private long send(String text) {
        String form = "language=fr&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(url)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        long sent = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - sent;
            if (response.statusCode() != 200 || !response.body().contains("\"matches\"")) {
                errors.incrementAndGet();
            } else {
                matches.addAndGet(response.body().split("\"rule\":", -1).length - 1);
            }
            return took;
        } catch (Exception e) {
            errors.incrementAndGet();
            return System.nanoTime() - sent;
        }
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static double ms(List<Long> sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }
}
