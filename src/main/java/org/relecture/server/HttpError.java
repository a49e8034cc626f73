package org.relecture.server;

/**
 * A request the server answers with an error status and a JSON message instead of a result:
 * the client's mistake (4xx) or a limit of the server (503, 504). Never carries a stack trace.
 */
final class HttpError extends Exception {
    private static final long serialVersionUID = 1L;

    private final int status;

    HttpError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    static HttpError badRequest(String message) {
        return new HttpError(400, message);
    }

    int status() {
        return status;
    }
}
