package org.relecture.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes connections whose request head (request line and headers) has not arrived within the
 * read timeout of its first byte, answering 408. Jetty holds no thread for a head still coming,
 * but each slow client (one byte a second keeps the idle timeout away) holds a connection, and
 * connections are limited; Jetty has no deadline for the head itself, so this sweep reads the
 * parser of each connection (Jetty's own {@code HttpConnection}, the only place that knows when a
 * request began). The body's deadline is {@link BodyReader}'s.
 */
final class HeadDeadline implements Runnable {
    private static final long SWEEP_MILLIS = 250;

    private final ServerConnector connector;
    private final Scheduler scheduler;
    private final long timeoutNanos;
    private final byte[] answer;
    private volatile boolean running = true;

    private HeadDeadline(ServerConnector connector, long timeoutNanos) {
        this.connector = connector;
        this.scheduler = connector.getScheduler();
        this.timeoutNanos = timeoutNanos;
        Answer response = Answer.error(408, "the request head did not arrive in time; send it whole, at once");
        this.answer = ("HTTP/1.1 408 Request Timeout\r\nContent-Type: " + response.contentType()
                + "\r\nContent-Length: " + response.body().length + "\r\nConnection: close\r\n\r\n"
                + new String(response.body(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    /** Starts sweeping the connector's connections; the sweep ends when the connector stops. */
    static HeadDeadline start(ServerConnector connector, Duration timeout) {
        HeadDeadline deadline = new HeadDeadline(connector, timeout.toNanos());
        deadline.schedule();
        return deadline;
    }

    void stop() {
        running = false;
    }

    private void schedule() {
        if (running && connector.isRunning()) {
            scheduler.schedule(this, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void run() {
        try {
            long now = System.nanoTime();
            for (EndPoint endPoint : connector.getConnectedEndPoints()) {
                if (endPoint.getConnection() instanceof HttpConnection http && late(http.getParser(), now)) {
                    answerAndClose(endPoint);
                }
            }
        } finally {
            schedule();
        }
    }

    private void answerAndClose(EndPoint endPoint) {
        try {
            endPoint.write(Callback.from(endPoint::close, failure -> endPoint.close()), ByteBuffer.wrap(answer));
        } catch (RuntimeException e) {
            endPoint.close(); // still writing the answer of the previous sweep
        }
    }

    private boolean late(HttpParser parser, long now) {
        return !parser.isStart() && parser.inHeaderState() && now - parser.getBeginNanoTime() > timeoutNanos;
    }
}
