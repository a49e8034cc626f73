package org.relecture.server;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Every request's way through the server: the {@link BrowserGuard}, the route and its method,
 * the parameters (the body read without holding a thread), the endpoint, and the answer, always
 * JSON when it is an error. Nothing here waits: a check runs on a worker and its answer is
 * written when it is done. The server's own warm-up requests, which carry its
 * {@link WarmUpPass}, take the same way to routes that serve them before the server is ready.
 */
final class RequestHandler extends Handler.Abstract {
    private final Map<String, Endpoint> routes;
    private final Map<String, Endpoint> warmUpRoutes;
    private final WarmUpPass pass;
    private final BrowserGuard guard;
    private final ServerSettings settings;

    RequestHandler(Map<String, Endpoint> routes, Map<String, Endpoint> warmUpRoutes, WarmUpPass pass,
                   BrowserGuard guard, ServerSettings settings) {
        this.routes = routes;
        this.warmUpRoutes = warmUpRoutes;
        this.pass = pass;
        this.guard = guard;
        this.settings = settings;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        long started = System.nanoTime();
        String method = request.getMethod();
        String path = request.getHttpURI().getPath();
        boolean warmUp = pass.admits(request.getHeaders().get(WarmUpPass.HEADER));
        String logged = warmUp ? path + " (warm-up)" : path;
        guard.addHeaders("/".equals(path), response.getHeaders()::put);
        CompletableFuture<Answer> answer;
        try {
            answer = route(request, method, path, warmUp ? warmUpRoutes : routes);
        } catch (HttpError e) {
            answer = CompletableFuture.completedFuture(Answer.error(e));
        }
        answer.whenComplete((done, failure) -> {
            if (failure != null && unwrap(failure) instanceof BodyReader.Unreadable unreadable) {
                // The client went away, or broke HTTP's framing: Jetty answers (400) if anyone is left.
                log(method, logged, "client went away or sent a malformed body: " + unreadable.getMessage(), started);
                callback.failed(unreadable.getCause());
                return;
            }
            Answer out = failure == null ? done : failed(method, path, unwrap(failure));
            // Logged before it is sent, so that the line is there once the client has its answer.
            log(method, logged, String.valueOf(out.status()), started);
            send(response, out, callback);
        });
        return true;
    }

    private CompletableFuture<Answer> route(Request request, String method, String path,
                                            Map<String, Endpoint> routes) throws HttpError {
        BrowserGuard.Headers headers = request.getHeaders()::get;
        guard.checkHost(headers);
        Endpoint endpoint = routes.get(path);
        if (method.equals("OPTIONS")) {
            return CompletableFuture.completedFuture(new Answer(204, null, new byte[0]));
        }
        if (endpoint == null) {
            throw new HttpError(404, "no such endpoint: " + path);
        }
        if (!endpoint.allows(method)) {
            return CompletableFuture.completedFuture(Answer.error(405,
                    path + " takes " + String.join(" or ", endpoint.methods())).with("Allow", endpoint.allowHeader()));
        }
        if (!endpoint.runsChecks()) {
            return endpoint.handler().handle(RequestParams.of(Map.of()));
        }
        guard.checkOrigin(headers);
        String query = request.getHttpURI().getQuery();
        CompletableFuture<byte[]> body = method.equals("POST")
                ? BodyReader.read(request, settings.limits().maxBodyBytes(),
                        request.getBeginNanoTime() + settings.limits().readTimeout().toNanos())
                : CompletableFuture.completedFuture(new byte[0]);
        return body.thenCompose(bytes -> {
            try {
                return endpoint.handler().handle(RequestParams.parse(query, bytes));
            } catch (HttpError e) {
                throw new CompletionException(e);
            }
        });
    }

    private Answer failed(String method, String path, Throwable failure) {
        if (failure instanceof HttpError e) {
            return Answer.error(e);
        }
        settings.log().println("relecture: internal error on " + method + " " + path + ": " + failure);
        if (settings.verbose()) {
            failure.printStackTrace(settings.log());
        }
        return Answer.error(500, "internal error; the server's log says more");
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static void send(Response response, Answer answer, Callback callback) {
        response.setStatus(answer.status());
        answer.headers().forEach(response.getHeaders()::put);
        if (answer.contentType() != null) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType());
        }
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, answer.body().length);
        response.write(true, ByteBuffer.wrap(answer.body()), callback);
    }

    private void log(String method, String path, String outcome, long started) {
        if (settings.verbose()) {
            settings.log().printf("relecture: %s %s %s %d ms%n", method, path, outcome,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
