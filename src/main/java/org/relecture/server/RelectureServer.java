package org.relecture.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.relecture.api.Worker;
import org.relecture.text.SentenceSplitter;

/**
 * relecture over HTTP: LanguageTool's API ({@code /v2/check}, {@code /v2/languages}),
 * relecture's own ({@code /api/v1/check}), {@code /health} and the page at {@code /}.
 *
 * <p>The port is bound at once; the checkers are built and warmed in the background, and until
 * they are, {@code /health} and the checks answer 503, so a client that waits for
 * {@code /health} gets a fast first check. The warm-up's checks are HTTP requests to this port
 * ({@link WarmUp}), let through by a {@link WarmUpPass}, so that Jetty, form decoding and the
 * JSON answer are warm as well as the checkers.
 *
 * <p>HTTP is Jetty's (its core, without servlets): requests are read without a thread waiting on
 * a slow client, each connection has an idle timeout and each request a read deadline
 * ({@link HeadDeadline}, {@link BodyReader}), connections are limited, and Jetty's own error
 * answers are JSON ({@link JsonErrorHandler}). Checks run on the {@link CheckerPool}'s workers.
 */
public final class RelectureServer implements AutoCloseable {
    /**
     * A few paragraphs of ordinary news French with ordinary errors: one short sentence leaves
     * most of LanguageTool's lazily loaded parts and most of the code cold, and the first real
     * check then takes seconds instead of a fraction of one.
     */
    private static final String WARM_UP = "warm-up.txt";
    /** Threads for HTTP (accepting, reading, writing); checks have their own workers. */
    private static final int HTTP_THREADS = 12;

    private final ServerSettings settings;
    private final Server http;
    private final ServerConnector connector;
    private final CheckerPool pool;
    private final CompletableFuture<CheckService> service = new CompletableFuture<>();
    /** The service once its workers are built, for the warm-up's requests; {@link #service} once warm. */
    private volatile CheckService warming;
    private final WarmUpPass pass = WarmUpPass.random();
    private HeadDeadline headDeadline;

    private RelectureServer(ServerSettings settings) {
        this.settings = settings;
        ServerLimits limits = settings.limits();
        this.pool = new CheckerPool(settings.workers(), limits.queue(),
                level -> settings.relecture().atLevel(level).newWorker());
        QueuedThreadPool threads = new QueuedThreadPool(HTTP_THREADS, 2);
        threads.setName("relecture-http");
        threads.setDaemon(true);
        this.http = new Server(threads);
        HttpConfiguration config = new HttpConfiguration();
        config.setRequestHeaderSize(ServerLimits.MAX_HEAD_BYTES);
        config.setSendServerVersion(false);
        config.setSendXPoweredBy(false);
        this.connector = new ServerConnector(http, 1, 1, new HttpConnectionFactory(config));
        connector.setHost(settings.address().getHostString());
        connector.setPort(settings.address().getPort());
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        http.addConnector(connector);
        http.addBean(new NetworkConnectionLimit(limits.maxConnections(), connector));
        BrowserGuard guard = BrowserGuard.of(settings);
        http.setErrorHandler(new JsonErrorHandler(guard));
        PageAssets page = PageAssets.load();
        http.setHandler(new RequestHandler(Endpoints.routes(this::service, settings, page),
                Endpoints.routes(this::warmingService, settings, page), pass, guard, settings));
    }

    /**
     * Binds the address and starts warming up; {@link #awaitReady()} waits for the warm-up.
     *
     * @throws IOException when the address cannot be bound
     */
    public static RelectureServer start(ServerSettings settings) throws IOException {
        RelectureServer server = new RelectureServer(settings);
        try {
            server.http.start();
        } catch (Exception e) {
            server.close();
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
        server.headDeadline = HeadDeadline.start(server.connector, settings.limits().readTimeout());
        Thread warmUp = new Thread(server::warmUp, "relecture-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        return server;
    }

    private void warmUp() {
        try {
            SentenceSplitter splitter = new SentenceSplitter();
            String sample = warmUpText();
            Worker first = pool.warmUp(new RequestText(Integer.MAX_VALUE)
                    .read(RequestParams.of(Map.of("text", sample))).document(splitter));
            CheckService ready = new CheckService(pool, new RuleCatalog(first), splitter, settings.limits(),
                    settings.relecture().options().level(), settings.relecture().fixer(List.of()),
                    CostEstimate.configured());
            warming = ready.pastTheCache();
            if (!settings.warmUp().isZero()) {
                warmUpOverHttp(WarmUp.texts(sample, first.languageToolRules()));
            }
            service.complete(ready);
        } catch (Exception | Error e) {
            service.completeExceptionally(e);
        }
    }

    /**
     * The warm-up's rounds through HTTP, then a collection of their garbage, now rather than in
     * the middle of the first request. The workers have checked their sample already, so a
     * warm-up check that fails (a 504 past the time limit on a machine held up, say) only ends
     * the warm-up early, with a line that says so: the server is ready all the same.
     */
    private void warmUpOverHttp(List<String> texts) {
        try {
            WarmUp.Summary done = WarmUp.run(new LoopbackChecks(address(), pass), texts, warmUpConcurrency(),
                    settings.warmUp(), WarmUp.CompileClock.jvm(), this::verbose);
            verbose("relecture: warmed up: " + done);
        } catch (Exception e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            settings.log().println("relecture: the warm-up stopped early (" + cause.getMessage()
                    + "); the first requests may be slower");
        }
        System.gc();
    }

    /**
     * A core left to the JIT, when there are several: it compiles on threads of its own, and with
     * every core checking it lags behind (on 2 cores, at 2 checks at a time it still spent as much
     * time compiling as the rounds took after 20 s; at 1, half as much), so the warm-up would end
     * with the code still cold.
     */
    private int warmUpConcurrency() {
        return Math.max(1, Math.min(settings.workers(), Runtime.getRuntime().availableProcessors() - 1));
    }

    private void verbose(String line) {
        if (settings.verbose()) {
            settings.log().println(line);
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

    /** The service for the warm-up's requests, as soon as the workers are built. */
    private CheckService warmingService() throws HttpError {
        CheckService built = warming;
        if (built == null) {
            throw new HttpError(503, "warming up; try again in a few seconds");
        }
        return built;
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
        return new InetSocketAddress(settings.address().getAddress(), connector.getLocalPort());
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

    @Override
    public void close() {
        if (headDeadline != null) {
            headDeadline.stop();
        }
        try {
            http.stop();
        } catch (Exception e) {
            settings.log().println("relecture: stopping the server: " + e);
        }
        pool.close();
    }
}
