package org.relecture.server;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.relecture.api.Relecture;
import org.relecture.rules.RuleLoadException;
import org.relecture.rules.RulesHome;
import org.relecture.rules.files.RuleLibrary;

/** A server on a free loopback port, warmed up, for one test class. */
final class TestServer implements AutoCloseable {
    private static final RuleLibrary LIBRARY = load();

    private final RelectureServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    private TestServer(RelectureServer server) {
        this.server = server;
    }

    static TestServer start(ServerLimits limits) throws Exception {
        return start(limits, Optional.empty(), List.of(), new PrintStream(OutputStream.nullOutputStream()), false);
    }

    static TestServer start(ServerLimits limits, Optional<String> allowOrigin, List<String> allowedHosts,
                            PrintStream log, boolean verbose) throws Exception {
        return start(Relecture.builder().workers(1).build(), limits, allowOrigin, allowedHosts, log, verbose);
    }

    /** A server over this setting. */
    static TestServer start(Relecture relecture, ServerLimits limits) throws Exception {
        return start(relecture, limits, Optional.empty(), List.of(), new PrintStream(OutputStream.nullOutputStream()), false);
    }

    private static TestServer start(Relecture relecture, ServerLimits limits, Optional<String> allowOrigin,
                                    List<String> allowedHosts, PrintStream log, boolean verbose) throws Exception {
        ServerSettings settings = new ServerSettings(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                relecture, limits, allowOrigin, allowedHosts, log, verbose, Duration.ZERO);
        RelectureServer server = RelectureServer.start(settings);
        server.awaitReady();
        return new TestServer(server);
    }

    int port() {
        return server.address().getPort();
    }

    private static RuleLibrary load() {
        try {
            return RuleLibrary.load(List.of(RulesHome.locate().orElseThrow()));
        } catch (RuleLoadException e) {
            throw new IllegalStateException(e);
        }
    }

    static RuleLibrary library() {
        return LIBRARY;
    }

    /** The base URL, without a trailing slash, as LanguageTool's client wants it. */
    String url() {
        return "http://127.0.0.1:" + port();
    }

    /** Far longer than any check of a test here takes, even on a loaded machine; a server that holds a request this long has failed. */
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url() + path)).timeout(ANSWER_TIMEOUT).GET().build());
    }

    HttpResponse<String> post(String path, Map<String, String> form) {
        return post(path, form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&")));
    }

    HttpResponse<String> post(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(url() + path)).timeout(ANSWER_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.close();
    }
}
