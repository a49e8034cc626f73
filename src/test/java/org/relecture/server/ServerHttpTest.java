package org.relecture.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTTP layer, by hand over sockets: what is not a well-formed request still gets a JSON
 * answer of bounded size (never an HTML page, a Java class name, or silence), HEAD is answered
 * where GET is, and a client that goes away is not an internal error.
 */
class ServerHttpTest {
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(ServerLimits.defaults(), Optional.empty(), List.of(),
                new PrintStream(LOG, true, StandardCharsets.UTF_8), true);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aRequestLineOfHalfAMegabyteIs414() {
        RawHttp.Reply reply = RawHttp.exchange(server.port(),
                "GET /v2/check?text=" + "a".repeat(500_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        assertJsonError(414, "longer than the limit of " + ServerLimits.MAX_HEAD_BYTES, reply);
    }

    @Test
    void aQueryOverTheHeadLimitIs414EvenWithinTheBodyLimit() {
        String query = "language=fr&text=" + "Bonjour+".repeat(ServerLimits.MAX_HEAD_BYTES / 8 + 1);
        assertJsonError(414, "send the text in the body of a POST",
                RawHttp.exchange(server.port(), "GET /v2/check?" + query + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
    }

    @Test
    void tenThousandHeadersAre431() {
        StringBuilder request = new StringBuilder("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (int i = 0; i < 10_000; i++) {
            request.append("X-Header-").append(i).append(": v\r\n");
        }
        assertJsonError(431, "headers are larger than the limit", RawHttp.exchange(server.port(), request + "\r\n"));
    }

    @Test
    void aBadChunkLengthIs400() {
        assertJsonError(400, "malformed", RawHttp.exchange(server.port(), "POST /v2/check HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "ZZZ\r\nlanguage=fr\r\n0\r\n\r\n"));
    }

    @Test
    void aRequestLineThatIsNotHttpIs400AndAnUnknownVersion505() {
        assertJsonError(400, "malformed", RawHttp.exchange(server.port(), "HELLO\r\n\r\n"));
        assertJsonError(505, "Version Not Supported",
                RawHttp.exchange(server.port(), "GET / HTTP/9.9\r\nHost: 127.0.0.1\r\n\r\n"));
    }

    /** The page's three files are kept in memory and found by name: no path reaches the disk, however written. */
    @Test
    void pathsThatClimbOutOfTheServerReachNoFile() {
        for (String path : List.of("/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2f..%2fetc%2fpasswd",
                "/page/../../pom.xml", "//etc/passwd", "/%252e%252e/pom.xml")) {
            RawHttp.Reply reply = RawHttp.exchange(server.port(), "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Connection: close\r\n\r\n");
            assertTrue(reply.status() == 400 || reply.status() == 404, path + ": " + reply.status() + " " + reply.body());
            assertTrue(reply.header("Content-Type").startsWith("application/json"), path);
            assertFalse(reply.body().contains("root:") || reply.body().contains("<project"), path);
        }
    }

    @Test
    void anUnknownMethodIs405NamingTheOnesTaken() {
        RawHttp.Reply reply = RawHttp.exchange(server.port(), "PUT /v2/check HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Length: 0\r\nConnection: close\r\n\r\n");
        assertJsonError(405, "takes GET or POST", reply);
        assertEquals("GET, HEAD, POST", reply.header("Allow"));
    }

    @Test
    void headIsAnsweredWhereGetIs() {
        for (String path : List.of("/", "/health", "/v2/languages")) {
            RawHttp.Reply get = RawHttp.exchange(server.port(), "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            try (RawHttp http = new RawHttp(server.port())) {
                http.send("HEAD " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
                RawHttp.Reply head = http.read();
                assertEquals(200, head.status(), path);
                assertEquals(get.header("Content-Type"), head.header("Content-Type"), path);
                assertEquals(String.valueOf(get.body().getBytes(StandardCharsets.UTF_8).length), head.header("Content-Length"), path);
                assertEquals("", head.body(), path);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void aClientThatLeavesInTheMiddleOfItsBodyIsNotAnInternalError() throws Exception {
        try (RawHttp http = new RawHttp(server.port())) {
            http.send("POST /v2/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: 1000\r\n\r\nlanguage=fr&text=Bonjour");
        }
        long deadline = System.nanoTime() + RawHttp.READ_TIMEOUT_MILLIS * 1_000_000L;
        while (!log().contains("client went away") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(log().contains("POST /v2/check client went away"), log());
        assertFalse(log().contains("internal error"), log());
    }

    private static String log() {
        return LOG.toString(StandardCharsets.UTF_8);
    }

    static void assertJsonError(int status, String message, RawHttp.Reply reply) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.header("Content-Type").startsWith("application/json"), reply.headers().toString());
        assertEquals(status, reply.json().get("status").asInt(), reply.body());
        String text = reply.json().get("message").asText();
        assertTrue(text.contains(message), text);
        assertFalse(text.matches(".*\\b[a-z]+(\\.[a-z]+)+\\.[A-Z]\\w*.*"), "a Java class name: " + text);
        assertTrue(reply.body().length() < 1000, "a bounded answer");
    }
}
