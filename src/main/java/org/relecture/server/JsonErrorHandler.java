package org.relecture.server;

import java.nio.ByteBuffer;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers Jetty gives before a request reaches {@link RequestHandler}, or after it broke: a
 * request line too long (414), headers too large (431), a malformed request or body (400). JSON of
 * the same shape as every other error, never an HTML page or a Java class name.
 */
final class JsonErrorHandler extends ErrorHandler {
    private static final Pattern CLASS_NAME = Pattern.compile("\\b[a-z]\\w*(\\.\\w+)+(Exception|Error)\\b|\\$");

    private final BrowserGuard guard;

    JsonErrorHandler(BrowserGuard guard) {
        this.guard = guard;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() >= 400 ? response.getStatus() : HttpStatus.INTERNAL_SERVER_ERROR_500;
        if (request.getAttribute(ERROR_STATUS) instanceof Integer code) {
            status = code;
        }
        Answer answer = Answer.error(status,
                message(status, request.getAttribute(ERROR_MESSAGE)));
        response.setStatus(status);
        guard.addHeaders(false, response.getHeaders()::put);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType());
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, answer.body().length);
        response.write(true, ByteBuffer.wrap(answer.body()), callback);
        return true;
    }

    private static String message(int status, Object jettys) {
        String explained = switch (status) {
            case 414 -> "the request line is longer than the limit of " + ServerLimits.MAX_HEAD_BYTES
                    + " bytes; send the text in the body of a POST";
            case 431 -> "the request headers are larger than the limit of " + ServerLimits.MAX_HEAD_BYTES + " bytes";
            case 400 -> "malformed HTTP request";
            default -> HttpStatus.getMessage(status);
        };
        String detail = jettys instanceof String s ? s : "";
        boolean useful = !detail.isBlank() && !detail.equalsIgnoreCase(HttpStatus.getMessage(status))
                && !CLASS_NAME.matcher(detail).find() && status < 500;
        return useful ? explained + ": " + detail : explained;
    }
}
