package org.relecture.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Clients that would deny the server to others: slow heads, stalled bodies, too many
 * connections, silent ones, and texts whose answers would have no end. Each test holds more
 * slow clients than the old server had threads, and a normal request must still be answered.
 */
class ServerDenialTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SLOW_CLIENTS = 30;
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(2);
    private static final int MAX_MATCHES = 5;
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(ServerLimits.defaults().withConnections(READ_TIMEOUT, Duration.ofSeconds(20), 128)
                .withMatches(MAX_MATCHES, 0.5));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void headsSentOneByteAtATimeDelayNobodyAndAreCutAtTheReadTimeout() throws Exception {
        assertTricklingClientsAreCut("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
    }

    @Test
    void bodiesSentOneByteAtATimeDelayNobodyAndAreCutAtTheReadTimeout() throws Exception {
        assertTricklingClientsAreCut("POST /v2/check HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\nlanguage=fr&text=");
    }

    /**
     * Slow clients send the start of a request, then one more byte every 100 ms for two minutes
     * (so the idle timeout never comes): a normal check is answered meanwhile, and the server
     * closes every slow connection once the read timeout passes, long before they would be done.
     */
    private static void assertTricklingClientsAreCut(String start) throws Exception {
        List<RawHttp> slow = new ArrayList<>();
        AtomicBoolean dripping = new AtomicBoolean(true);
        for (int i = 0; i < SLOW_CLIENTS; i++) {
            RawHttp http = new RawHttp(server.port());
            http.send(start);
            slow.add(http);
        }
        Thread drip = new Thread(() -> {
            for (int tick = 0; tick < 1200 && dripping.get(); tick++) {
                slow.forEach(http -> sendQuietly(http, "a"));
                sleep(100);
            }
        }, "slow-clients");
        drip.setDaemon(true);
        drip.start();
        try {
            assertCheckAnswered();
            for (RawHttp http : slow) {
                assertTrue(http.closedByServer(), "a slow client was not cut");
            }
        } finally {
            dripping.set(false);
            slow.forEach(RawHttp::close);
        }
    }

    @Test
    void aHeadThatStopsHalfWayIsAnswered408() throws Exception {
        try (RawHttp http = new RawHttp(server.port())) {
            http.send("POST /v2/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Ty");
            ServerHttpTest.assertJsonError(408, "did not arrive in time", http.read());
        }
    }

    @Test
    void bodiesThatStallAfterAHundredBytesDelayNobodyAndAreAnswered408() throws Exception {
        List<RawHttp> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                RawHttp http = new RawHttp(server.port());
                http.send("POST /v2/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                        + "Content-Length: 1000\r\n\r\nlanguage=fr&text=" + "a".repeat(83));
                stalled.add(http);
            }
            assertCheckAnswered();
            for (RawHttp http : stalled) {
                ServerHttpTest.assertJsonError(408, "did not arrive in time", http.read());
            }
        } finally {
            stalled.forEach(RawHttp::close);
        }
    }

    @Test
    void connectionsBeyondTheLimitWaitUntilOthersClose() throws Exception {
        try (TestServer limited = TestServer.start(ServerLimits.defaults()
                .withConnections(Duration.ofSeconds(60), Duration.ofSeconds(60), 3))) {
            List<RawHttp> held = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                held.add(new RawHttp(limited.port()));
            }
            try (RawHttp fourth = new RawHttp(limited.port())) {
                fourth.send("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
                fourth.setReadTimeout(Duration.ofSeconds(1));
                assertThrows(UncheckedIOException.class, fourth::read, "a fourth connection was served at once");
                held.remove(0).close();
                fourth.setReadTimeout(Duration.ofMillis(RawHttp.READ_TIMEOUT_MILLIS));
                assertEquals(200, fourth.read().status());
            } finally {
                held.forEach(RawHttp::close);
            }
        }
    }

    @Test
    void aSilentConnectionIsClosedAtTheIdleTimeout() throws Exception {
        try (TestServer idle = TestServer.start(ServerLimits.defaults()
                .withConnections(Duration.ofSeconds(1), Duration.ofSeconds(1), 128));
             RawHttp silent = new RawHttp(idle.port())) {
            silent.setReadTimeout(Duration.ofSeconds(20)); // Jetty's default idle timeout is 30 s
            assertTrue(silent.closedByServer());
        }
    }

    @Test
    void anAnswerListsAtMostTheMatchLimitAndSaysItIsIncomplete() throws Exception {
        String text = "Les enfant sont partit a l'ecole. Il sont arrivé en retart. Nous avont mangé des pome. "
                + "Elle a trouvé sont livre sur la tabble. Ils ont dit qu'il viendrais demain matin sans faute.";
        JsonNode answer = json(server.post("/v2/check", Map.of("language", "fr", "text", text)));
        assertEquals(MAX_MATCHES, answer.get("matches").size(), answer.toString());
        assertTrue(answer.get("warnings").get("incompleteResults").asBoolean());
        assertTrue(answer.get("warnings").get("incompleteResultsReason").asText().startsWith("Results are incomplete"));

        JsonNode report = json(server.post("/api/v1/check", Map.of("text", text)));
        JsonNode document = report.get("documents").get(0);
        assertEquals(MAX_MATCHES, document.get("findings").size());
        assertTrue(report.get("warnings").get("incompleteResults").asBoolean());
        assertTrue(document.get("score").asDouble() < 100 * (1 - MAX_MATCHES * 1.0 / document.get("words").asInt()),
                "the score counts every finding, listed or not: " + document.get("score"));

        JsonNode complete = json(server.post("/v2/check", Map.of("language", "fr", "text", "Nous avons recu la lettre.")));
        assertFalse(complete.get("warnings").get("incompleteResults").asBoolean());
    }

    /** A normal check is answered while the slow clients are connected. */
    private static void assertCheckAnswered() {
        HttpResponse<String> answer = server.post("/v2/check", Map.of("language", "fr", "text", "Nous avons recu la lettre."));
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals("FR_SPELLING_RULE", json(answer).get("matches").get(0).get("rule").get("id").asText());
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sendQuietly(RawHttp http, String part) {
        try {
            http.send(part);
        } catch (IOException e) {
            // cut by the server, as it should be
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
