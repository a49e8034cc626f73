package org.relecture.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Web pages cannot use the server behind its user's back: DNS rebinding (a foreign Host),
 * cross-site checks (a form or an image on another site), framing. Clients that are not browsers
 * send none of the headers a browser adds, and are served as before.
 */
class BrowserGuardTest {
    private static final String ALLOWED = "https://allowed.example";
    private static final String CHECK = "language=fr&text=Nous+avons+recu+la+lettre.";
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(ServerLimits.defaults(), Optional.of(ALLOWED), List.of("relecture.lan"),
                new PrintStream(OutputStream.nullOutputStream()), false);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aRequestForAnotherHostNameIsRefused() {
        RawHttp.Reply rebound = get("/health", "Host: evil.example:" + server.port());
        ServerHttpTest.assertJsonError(403, "--allow-host evil.example", rebound);
        for (String host : List.of("127.0.0.1", "localhost", "[::1]", "192.168.1.20", "relecture.lan", "LOCALHOST")) {
            assertEquals(200, get("/health", "Host: " + host + ":" + server.port()).status(), host);
        }
    }

    @Test
    void aCheckFromAnotherSitesPageIsRefused() {
        String self = "http://127.0.0.1:" + server.port();
        ServerHttpTest.assertJsonError(403, "--allow-origin http://evil.example", post("Origin: http://evil.example"));
        ServerHttpTest.assertJsonError(403, "a page of null", post("Origin: null"));
        ServerHttpTest.assertJsonError(403, "Sec-Fetch-Site: cross-site", post("Sec-Fetch-Site: cross-site"));
        ServerHttpTest.assertJsonError(403, "http://evil.example", post("Referer: http://evil.example/article.html"));
        ServerHttpTest.assertJsonError(403, "another site",
                get("/v2/check?" + CHECK, "Host: 127.0.0.1:" + server.port(), "Sec-Fetch-Site: cross-site"));
        // A page of another port on the same machine is another origin too.
        ServerHttpTest.assertJsonError(403, "http://127.0.0.1:1", post("Origin: http://127.0.0.1:1"));

        assertEquals(200, post("Origin: " + self).status(), "the server's own page");
        assertEquals(200, post("Sec-Fetch-Site: same-origin").status());
        assertEquals(200, post("Referer: " + self + "/").status());
        assertEquals(200, post().status(), "not a browser");
        RawHttp.Reply allowed = post("Origin: " + ALLOWED);
        assertEquals(200, allowed.status(), "the origin --allow-origin names");
        assertEquals(ALLOWED, allowed.header("Access-Control-Allow-Origin"));
    }

    @Test
    void everyAnswerForbidsFraming() {
        for (String path : List.of("/", "/health", "/no-such-page")) {
            RawHttp.Reply reply = get(path, "Host: 127.0.0.1:" + server.port());
            assertEquals("DENY", reply.header("X-Frame-Options"), path);
            assertTrue(reply.header("Content-Security-Policy").contains("frame-ancestors 'none'"), path);
            assertEquals("nosniff", reply.header("X-Content-Type-Options"), path);
        }
        assertEquals(BrowserGuard.PAGE_POLICY, get("/", "Host: 127.0.0.1:" + server.port()).header("Content-Security-Policy"));
    }

    @Test
    void anyOriginIsAllowedWithAStarAndOnlyTheNamedOneOtherwise() throws HttpError {
        BrowserGuard any = new BrowserGuard("127.0.0.1", List.of(), Optional.of("*"));
        any.checkOrigin(headers("Origin", "https://anywhere.example"));
        any.checkOrigin(headers("Sec-Fetch-Site", "cross-site"));
        BrowserGuard one = new BrowserGuard("127.0.0.1", List.of(), Optional.of("chrome-extension://abcdef/"));
        one.checkOrigin(headers("Origin", "chrome-extension://abcdef"));
        assertThrows(HttpError.class, () -> one.checkOrigin(headers("Origin", "chrome-extension://other")));
        BrowserGuard none = new BrowserGuard("127.0.0.1", List.of(), Optional.empty());
        assertThrows(HttpError.class, () -> none.checkOrigin(headers("Origin", "chrome-extension://abcdef")));
        none.checkOrigin(headers("Host", "localhost:8081", "Origin", "http://localhost:8081"));
        none.checkOrigin(headers("Host", "localhost", "Origin", "http://localhost:80"));
    }

    private static BrowserGuard.Headers headers(String... namesAndValues) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map::get;
    }

    private static RawHttp.Reply get(String path, String... headers) {
        return RawHttp.exchange(server.port(), "GET " + path + " HTTP/1.1\r\n" + String.join("\r\n", headers)
                + "\r\nConnection: close\r\n\r\n");
    }

    /** A form POST of a check, as a browser would send it with these headers. */
    private static RawHttp.Reply post(String... headers) {
        StringBuilder request = new StringBuilder("POST /v2/check HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        request.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ").append(CHECK.length())
                .append("\r\nConnection: close\r\n\r\n").append(CHECK);
        return RawHttp.exchange(server.port(), request.toString());
    }
}
