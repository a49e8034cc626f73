package org.relecture.server;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One path of the server: the methods it takes and what it answers. An endpoint that runs checks
 * reads the request's parameters (the query, and the body of a POST) and is refused to pages of
 * other sites ({@link BrowserGuard}).
 */
record Endpoint(List<String> methods, boolean runsChecks, Handler handler) {
    interface Handler {
        CompletableFuture<Answer> handle(RequestParams params) throws HttpError;
    }

    /** A GET that needs no parameters; HEAD as well, as for every GET. */
    static Endpoint get(Handler handler) {
        return new Endpoint(List.of("GET"), false, handler);
    }

    static Endpoint postCheck(Handler handler) {
        return new Endpoint(List.of("POST"), true, handler);
    }

    /** LanguageTool's server takes its parameters in the query of a GET as well. */
    static Endpoint getOrPostCheck(Handler handler) {
        return new Endpoint(List.of("GET", "POST"), true, handler);
    }

    boolean allows(String method) {
        return methods.contains(method) || (method.equals("HEAD") && methods.contains("GET"));
    }

    /** The {@code Allow} header of a 405. */
    String allowHeader() {
        return String.join(", ", methods.contains("GET") ? withHead() : methods);
    }

    private List<String> withHead() {
        List<String> all = new java.util.ArrayList<>(methods);
        all.add(all.indexOf("GET") + 1, "HEAD");
        return all;
    }
}
