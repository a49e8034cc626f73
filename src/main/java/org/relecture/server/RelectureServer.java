package org.relecture.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.relecture.api.Worker;
import org.relecture.text.SentenceSplitter;

/**
 * relecture over HTTP: LanguageTool's API ({@code /v2/check}, {@code /v2/languages}),
 * relecture's own ({@code /api/v1/check}), {@code /health} and the page at {@code /}.
 *
 * <p>The port is bound at once; the checkers are built and warmed in the background, and until
 * they are, {@code /health} and the checks answer 503, so a client that waits for
 * {@code /health} gets a fast first check.
 */
public final class RelectureServer implements AutoCloseable {
    /**
     * A few paragraphs of ordinary news French with ordinary errors: one short sentence leaves
     * most of LanguageTool's lazily loaded parts and most of the code cold, and the first real
     * check then takes seconds instead of a fraction of one.
     */
    private static final String WARM_UP = "warm-up.txt";

    private final ServerSettings settings;
    private final HttpServer http;
    private final ExecutorService httpThreads;
    private final CheckerPool pool;
    private final CompletableFuture<CheckService> service = new CompletableFuture<>();
    private final Map<String, Endpoint> routes;

    private RelectureServer(ServerSettings settings) throws IOException {
        this.settings = settings;
        this.pool = new CheckerPool(settings.workers(), settings.limits().queue(),
                level -> settings.relecture().atLevel(level).newWorker());
        this.routes = Endpoints.routes(this::service, settings, PageAssets.load());
        this.http = HttpServer.create(settings.address(), 0);
        // Every waiting check holds a thread; a few more serve /health and the page meanwhile.
        this.httpThreads = Executors.newFixedThreadPool(settings.workers() + settings.limits().queue() + 4,
                CheckerPool.daemon("relecture-http"));
        http.setExecutor(httpThreads);
        http.createContext("/", this::handle);
    }

    /** Binds the address and starts warming up; {@link #awaitReady()} waits for the warm-up. */
    public static RelectureServer start(ServerSettings settings) throws IOException {
        RelectureServer server = new RelectureServer(settings);
        server.http.start();
        Thread warmUp = new Thread(server::warmUp, "relecture-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        return server;
    }

    private void warmUp() {
        try {
            SentenceSplitter splitter = new SentenceSplitter();
            Worker first = pool.warmUp(new RequestText(splitter, Integer.MAX_VALUE)
                    .read(RequestParams.of(Map.of("text", warmUpText()))));
            service.complete(new CheckService(pool, new RuleCatalog(first),
                    new RequestText(splitter, settings.limits().maxTextChars()), settings.limits(),
                    settings.relecture().options().level()));
        } catch (Exception | Error e) {
            service.completeExceptionally(e);
        }
    }

    private static String warmUpText() throws IOException {
        try (InputStream in = RelectureServer.class.getResourceAsStream(WARM_UP)) {
            if (in == null) {
                throw new IllegalStateException(WARM_UP + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Blocks until the server is ready; throws what made the warm-up fail. */
    public void awaitReady() throws Exception {
        try {
            service.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    public InetSocketAddress address() {
        return http.getAddress();
    }

    /** The service once warm; 503 until then, or for good if the warm-up failed. */
    private CheckService service() throws HttpError {
        if (service.isCompletedExceptionally()) {
            throw new HttpError(503, "the checkers could not be started; see the server's log");
        }
        CheckService ready = service.getNow(null);
        if (ready == null) {
            throw new HttpError(503, "warming up; try again in a few seconds");
        }
        return ready;
    }

    private void handle(HttpExchange exchange) throws IOException {
        long started = System.nanoTime();
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        Response response;
        try {
            Endpoint endpoint = routes.get(path);
            if (method.equals("OPTIONS")) {
                response = new Response(204, null, new byte[0]);
            } else if (endpoint == null) {
                response = Response.error(404, "no such endpoint: " + path);
            } else if (!endpoint.allows(method)) {
                exchange.getResponseHeaders().set("Allow", String.join(", ", endpoint.methods()));
                response = Response.error(405, path + " takes " + String.join(" or ", endpoint.methods()));
            } else {
                response = endpoint.handler().handle(exchange);
            }
        } catch (HttpError e) {
            response = Response.error(e);
        } catch (Exception | StackOverflowError e) {
            settings.log().println("relecture: internal error on " + method + " " + path + ": " + e);
            if (settings.verbose()) {
                e.printStackTrace(settings.log());
            }
            response = Response.error(500, "internal error: " + e.getClass().getSimpleName());
        }
        send(exchange, response);
        if (settings.verbose()) {
            settings.log().printf("relecture: %s %s %d %d ms%n", method, path, response.status(),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    private void send(HttpExchange exchange, Response response) throws IOException {
        try (exchange; OutputStream body = exchange.getResponseBody()) {
            settings.allowOrigin().ifPresent(origin -> {
                exchange.getResponseHeaders().set("Access-Control-Allow-Origin", origin);
                exchange.getResponseHeaders().set("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
                exchange.getResponseHeaders().set("Access-Control-Allow-Headers", "Content-Type");
            });
            if (response.contentType() != null) {
                exchange.getResponseHeaders().set("Content-Type", response.contentType());
            }
            if (response.status() == 503) {
                exchange.getResponseHeaders().set("Retry-After", "1");
            }
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1 : response.body().length);
            body.write(response.body());
        }
    }

    @Override
    public void close() {
        http.stop(0);
        httpThreads.shutdownNow();
        pool.close();
    }
}
