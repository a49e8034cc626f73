package org.relecture.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relecture.api.Relecture;
import org.relecture.cache.ResultCache;

/**
 * The warm-up goes through HTTP: its checks are requests to the server's own port, answered
 * before {@code /health} says ready, and they pass the result cache by, so that a server started
 * again still runs them.
 */
class ServerWarmUpTest {
    @TempDir
    Path dir;

    @Test
    void theWarmUpChecksAreHttpRequestsAnsweredBeforeReadyAndPastTheCache() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (ResultCache cache = ResultCache.open(dir, ResultCache.DEFAULT_MAX_BYTES, message -> {
            throw new AssertionError(message);
        })) {
            ServerSettings settings = new ServerSettings(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                    Relecture.builder().workers(1).cache(cache).build(),
                    // A check time limit no held-up test machine reaches: each warm-up check answers 200.
                    ServerLimits.defaults().withChecks(Duration.ofMinutes(10), 4), Optional.empty(),
                    List.of(), new PrintStream(log, true, StandardCharsets.UTF_8), true, Duration.ofSeconds(1));
            try (RelectureServer server = RelectureServer.start(settings)) {
                server.awaitReady();
                String beforeReady = log.toString(StandardCharsets.UTF_8);
                assertTrue(beforeReady.contains("relecture: POST /v2/check (warm-up) 200"), beforeReady);
                assertTrue(beforeReady.contains("relecture: warmed up: "), beforeReady);
                assertEquals(0, cache.hits() + cache.misses(), "the warm-up neither reads nor fills the cache");

                String url = "http://127.0.0.1:" + server.address().getPort();
                HttpClient client = HttpClient.newHttpClient();
                assertEquals(200, client.send(HttpRequest.newBuilder(URI.create(url + "/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode());
                HttpResponse<String> check = client.send(HttpRequest.newBuilder(URI.create(url + "/v2/check"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("language=fr&text=Un%20essai.")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, check.statusCode());
                String after = log.toString(StandardCharsets.UTF_8).substring(beforeReady.length());
                assertTrue(after.contains("relecture: POST /v2/check 200"), after);
                assertFalse(after.contains("(warm-up)"), "a request without the pass is not the warm-up's: " + after);
                assertEquals(1, cache.misses(), "requests still use the cache");
            }
        }
    }
}
