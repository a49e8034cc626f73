package org.relecture.server;

import java.util.HashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpStatus;

/** What the server sends back for one request; {@code headers} are the ones particular to it. */
record Answer(int status, String contentType, byte[] body, Map<String, String> headers) {
    static final String JSON = "application/json; charset=utf-8";

    Answer(int status, String contentType, byte[] body) {
        this(status, contentType, body, Map.of());
    }

    static Answer json(byte[] body) {
        return new Answer(200, JSON, body);
    }

    static Answer error(HttpError error) {
        return error(error.status(), error.getMessage());
    }

    /**
     * {@code {"status": 400, "error": "Bad Request", "message": "..."}}. A 503 says when to come
     * back; after a 408 or 413 the rest of the request may still be on its way, so the connection
     * is closed.
     */
    static Answer error(int status, String message) {
        byte[] body = LanguageToolJson.write(g -> {
            g.writeStartObject();
            g.writeNumberField("status", status);
            g.writeStringField("error", HttpStatus.getMessage(status));
            g.writeStringField("message", message);
            g.writeEndObject();
        });
        Map<String, String> headers = switch (status) {
            case 503 -> Map.of("Retry-After", "1");
            case 408, 413 -> Map.of("Connection", "close");
            default -> Map.of();
        };
        return new Answer(status, JSON, body, headers);
    }

    Answer with(String header, String value) {
        Map<String, String> more = new HashMap<>(headers);
        more.put(header, value);
        return new Answer(status, contentType, body, Map.copyOf(more));
    }
}
