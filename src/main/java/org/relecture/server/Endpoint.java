package org.relecture.server;

import com.sun.net.httpserver.HttpExchange;
import java.util.List;

/** One path of the server: the methods it takes and what it answers. */
record Endpoint(List<String> methods, Handler handler) {
    interface Handler {
        Response handle(HttpExchange exchange) throws Exception;
    }

    static Endpoint get(Handler handler) {
        return new Endpoint(List.of("GET"), handler);
    }

    static Endpoint post(Handler handler) {
        return new Endpoint(List.of("POST"), handler);
    }

    /** LanguageTool's server takes its parameters in the query of a GET as well. */
    static Endpoint getOrPost(Handler handler) {
        return new Endpoint(List.of("GET", "POST"), handler);
    }

    boolean allows(String method) {
        return methods.contains(method);
    }
}
