package org.relecture.server;

/** What the server sends back for one request. */
record Response(int status, String contentType, byte[] body) {
    static final String JSON = "application/json; charset=utf-8";

    static Response json(byte[] body) {
        return new Response(200, JSON, body);
    }

    static Response error(HttpError error) {
        return error(error.status(), error.getMessage());
    }

    /** {@code {"status": 400, "error": "Bad Request", "message": "..."}} */
    static Response error(int status, String message) {
        byte[] body = LanguageToolJson.write(g -> {
            g.writeStartObject();
            g.writeNumberField("status", status);
            g.writeStringField("error", reason(status));
            g.writeStringField("message", message);
            g.writeEndObject();
        });
        return new Response(status, JSON, body);
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Payload Too Large";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "Internal Server Error";
        };
    }
}
