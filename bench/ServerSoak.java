import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load of bench/server-soak.sh, on a relecture server on this machine (loopback only): 20
 * warm-up checks, a quiet run (CONCURRENCY clients checking one paragraph), then the soak: the same clients, plus SLOW
 * slow clients (heads sent a byte at a time, bodies that stall, bodies that trickle, each
 * reconnecting when the server cuts it) and oversized requests mixed in (a body over --max-body,
 * a text over --max-text, a request line over the head limit, 10,000 headers, a bad chunk
 * length), while the server's resident memory is sampled. Every loop ends at its deadline.
 *
 * <p>A normal request's answer is wrong when it is not 200 or its matches (rule, offset,
 * length) differ from the first answer's; an oversized one is wrong when its status is not the
 * expected 4xx JSON. Prints one line of figures (see bench/server-soak.sh) and writes the memory
 * samples to OUT_DIR/rss.csv.
 *
 * <p>Usage: java bench/ServerSoak.java BASE_URL SERVER_PID TEXT_FILE QUIET_SECONDS SOAK_SECONDS
 * CONCURRENCY SLOW MAX_BODY MAX_TEXT OUT_DIR
 */
public final class ServerSoak {
    private static final Pattern MATCH = Pattern.compile("\"offset\":(\\d+),\"length\":(\\d+).*?\"rule\":\\{\"id\":\"([^\"]+)\"");
    private static final int SAMPLE_SECONDS = 5;
    /** Checks before the quiet run, not counted: the JIT compiles the checking code meanwhile. */
    private static final int WARMUP = 20;

    private final String base;
    private final int port;
    private final long pid;
    private final String form;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30)).build();
    private final AtomicInteger wrong = new AtomicInteger();
    private final AtomicInteger serverErrors = new AtomicInteger();
    private final AtomicInteger slowCut = new AtomicInteger();
    private final AtomicInteger slowNotCut = new AtomicInteger();
    private final AtomicInteger oversized = new AtomicInteger();
    private final AtomicInteger oversizedWrong = new AtomicInteger();
    private final ConcurrentHashMap<String, Integer> wrongStatuses = new ConcurrentHashMap<>();
    private volatile String reference;

    private ServerSoak(String base, long pid, String text) {
        this.base = base;
        this.port = URI.create(base).getPort();
        this.pid = pid;
        this.form = "language=fr&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws Exception {
        ServerSoak soak = new ServerSoak(args[0], Long.parseLong(args[1]), Files.readString(Path.of(args[2])));
        int quietSeconds = Integer.parseInt(args[3]);
        int soakSeconds = Integer.parseInt(args[4]);
        int concurrency = Integer.parseInt(args[5]);
        int slow = Integer.parseInt(args[6]);
        long maxBody = Long.parseLong(args[7]);
        int maxText = Integer.parseInt(args[8]);
        Path out = Path.of(args[9]);

        soak.reference = matches(soak.check().body());
        for (int i = 1; i < WARMUP; i++) {
            soak.check();
        }
        List<Long> quiet = soak.load(concurrency, quietSeconds);
        int quietWrong = soak.wrong.getAndSet(0);
        int quietErrors = soak.serverErrors.getAndSet(0);

        long end = System.nanoTime() + soakSeconds * 1_000_000_000L;
        ExecutorService background = Executors.newCachedThreadPool();
        List<Future<?>> tasks = new ArrayList<>();
        for (int i = 0; i < slow; i++) {
            int mode = i % 3;
            tasks.add(background.submit(() -> soak.slowClient(mode, end)));
        }
        tasks.add(background.submit(() -> soak.oversizedClient(end, maxBody, maxText)));
        List<long[]> rss = Collections.synchronizedList(new ArrayList<>());
        tasks.add(background.submit(() -> soak.sampleMemory(end, rss)));
        List<Long> loaded = soak.load(concurrency, soakSeconds);
        for (Future<?> task : tasks) {
            task.get();
        }
        background.shutdown();

        StringBuilder csv = new StringBuilder("seconds,rss_mb\n");
        rss.forEach(s -> csv.append(s[0]).append(',').append(s[1]).append('\n'));
        Files.writeString(out.resolve("rss.csv"), csv);
        long firstHalfMax = rss.stream().filter(s -> s[0] <= soakSeconds / 2).mapToLong(s -> s[1]).max().orElse(0);
        long secondHalfMax = rss.stream().filter(s -> s[0] > soakSeconds / 2).mapToLong(s -> s[1]).max().orElse(0);
        long first = rss.isEmpty() ? 0 : rss.get(0)[1];
        long last = rss.isEmpty() ? 0 : rss.get(rss.size() - 1)[1];
        System.err.println("wrong statuses: " + soak.wrongStatuses);
        System.out.printf(Locale.ROOT, "%d %.0f %.0f %d %d %d %.0f %.0f %d %d %d %d %d %d %d %d %d %d%n",
                quiet.size(), ms(quiet, 0.50), ms(quiet, 0.95), quietWrong, quietErrors,
                loaded.size(), ms(loaded, 0.50), ms(loaded, 0.95), soak.wrong.get(), soak.serverErrors.get(),
                soak.oversized.get(), soak.oversizedWrong.get(), soak.slowCut.get(), soak.slowNotCut.get(),
                first, firstHalfMax, secondHalfMax, last);
    }

    /** CONCURRENCY clients checking the paragraph until the time is up; their latencies. */
    private List<Long> load(int concurrency, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> clients = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            clients.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<String> answer = check();
                        if (answer.statusCode() >= 500) {
                            serverErrors.incrementAndGet();
                        }
                        if (answer.statusCode() != 200 || !reference.equals(matches(answer.body()))) {
                            wrong.incrementAndGet();
                            wrongStatuses.merge("check " + answer.statusCode(), 1, Integer::sum);
                        }
                    } catch (Exception e) {
                        wrong.incrementAndGet();
                        wrongStatuses.merge("check " + e.getClass().getSimpleName(), 1, Integer::sum);
                    }
                    latencies.add(System.nanoTime() - sent);
                }
                return null;
            }));
        }
        for (Future<?> c : clients) {
            c.get();
        }
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return sorted;
    }

    private HttpResponse<String> check() throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + "/v2/check")).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** rule@offset+length of every match, in order: what two answers to the same text must share. */
    private static String matches(String answer) {
        StringBuilder out = new StringBuilder();
        Matcher m = MATCH.matcher(answer);
        while (m.find()) {
            out.append(m.group(3)).append('@').append(m.group(1)).append('+').append(m.group(2)).append(' ');
        }
        return out.toString();
    }

    /**
     * One slow client until the time is up: mode 0 sends a head a byte every half second, mode 1
     * a body's first 100 bytes and then nothing, mode 2 a body a byte every half second; each
     * attempt counts as cut when the server closes it (or answers 408) before it is done.
     */
    private void slowClient(int mode, long end) {
        String head = mode == 0 ? "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "
                : "POST /v2/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                        + "Content-Length: 100000\r\n\r\nlanguage=fr&text=" + (mode == 1 ? "a".repeat(83) : "");
        while (System.nanoTime() < end) {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                socket.setSoTimeout(500);
                OutputStream out = socket.getOutputStream();
                out.write(head.getBytes(StandardCharsets.ISO_8859_1));
                boolean cut = false;
                int tick = 0;
                for (; tick < 240 && System.nanoTime() < end && !cut; tick++) {
                    if (mode != 1) {
                        out.write('a');
                    }
                    cut = closedOrAnswered(socket.getInputStream());
                }
                if (cut) {
                    slowCut.incrementAndGet();
                } else if (tick == 240) {
                    slowNotCut.incrementAndGet(); // two minutes without being cut; the soak's end does not count
                }
            } catch (IOException e) {
                slowCut.incrementAndGet(); // reset by the server while writing
            }
        }
    }

    /** Waits up to the socket's timeout for the server to answer (its 408) or close. */
    private static boolean closedOrAnswered(InputStream in) throws IOException {
        try {
            in.read();
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        }
    }

    /** Every two seconds one request over a limit; each must get its 4xx JSON answer. */
    private void oversizedClient(long end, long maxBody, int maxText) {
        String host = "Host: 127.0.0.1\r\n";
        String tooLongText = "language=fr&text=" + "a+".repeat(maxText);
        List<Object[]> requests = List.of(
                new Object[] {413, "POST /v2/check HTTP/1.1\r\n" + host + "Content-Type: application/x-www-form-urlencoded\r\n"
                        + "Content-Length: " + (maxBody + 1) + "\r\nConnection: close\r\n\r\n" + "a".repeat(1000)},
                new Object[] {413, "POST /v2/check HTTP/1.1\r\n" + host + "Content-Type: application/x-www-form-urlencoded\r\n"
                        + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + Long.toHexString(maxBody + 1) + "\r\n"
                        + "a".repeat((int) Math.min(maxBody + 1, 4_000_000)) + "\r\n0\r\n\r\n"},
                new Object[] {413, "POST /v2/check HTTP/1.1\r\n" + host + "Content-Type: application/x-www-form-urlencoded\r\n"
                        + "Content-Length: " + tooLongText.length() + "\r\nConnection: close\r\n\r\n" + tooLongText},
                new Object[] {414, "GET /v2/check?text=" + "a".repeat(500_000) + " HTTP/1.1\r\n" + host + "\r\n"},
                new Object[] {431, "GET /health HTTP/1.1\r\n" + host + "X-Many: v\r\n".repeat(10_000) + "\r\n"},
                new Object[] {400, "POST /v2/check HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\n\r\nZZZ\r\nabc\r\n0\r\n\r\n"});
        for (int i = 0; System.nanoTime() < end; i++) {
            Object[] request = requests.get(i % requests.size());
            oversized.incrementAndGet();
            String status = statusOf((String) request[1]);
            if (!status.equals(request[0] + " json")) {
                oversizedWrong.incrementAndGet();
                wrongStatuses.merge("oversized " + request[0] + " -> " + status, 1, Integer::sum);
            }
            sleep(2000);
        }
    }

    /** "STATUS json" when the answer is JSON, else what came back. */
    private String statusOf(String request) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(60_000);
            Thread writer = new Thread(() -> {
                try {
                    OutputStream out = socket.getOutputStream();
                    out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                } catch (IOException e) {
                    // answered and closed before reading it all
                }
            });
            writer.setDaemon(true);
            writer.start();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) >= 0 && !head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                head.write(b);
            }
            String text = head.toString(StandardCharsets.ISO_8859_1);
            String[] line = text.split(" ", 3);
            return line.length < 2 ? "nothing" : line[1] + (text.toLowerCase(Locale.ROOT).contains("content-type: application/json") ? " json" : " not-json");
        } catch (IOException e) {
            return e.getClass().getSimpleName();
        }
    }

    private void sampleMemory(long end, List<long[]> samples) {
        long start = System.nanoTime();
        while (System.nanoTime() < end) {
            samples.add(new long[] {(System.nanoTime() - start) / 1_000_000_000L, rssMegabytes()});
            sleep(SAMPLE_SECONDS * 1000L);
        }
    }

    private long rssMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException e) {
            // the server is gone: reported as 0
        }
        return 0;
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static double ms(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
