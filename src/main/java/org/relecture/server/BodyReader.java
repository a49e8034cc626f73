package org.relecture.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads a request body as it arrives, without holding a thread while it waits: a client that
 * sends slowly, or stops, costs the server a connection, not a worker. The body must stay within
 * {@code maxBytes} (413) and arrive by {@code deadlineNanos}, with no pause longer than the idle
 * timeout (408); a client that goes away, or breaks HTTP's framing, ends the read with
 * {@link Unreadable}.
 */
final class BodyReader implements Runnable {
    /** The client closed its connection, or sent a body HTTP cannot frame (a bad chunk length). */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(Throwable cause) {
            super(cause.toString(), cause, false, false);
        }
    }

    private final Request request;
    private final long maxBytes;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();

    private BodyReader(Request request, long maxBytes) {
        this.request = request;
        this.maxBytes = maxBytes;
    }

    static CompletableFuture<byte[]> read(Request request, long maxBytes, long deadlineNanos) {
        long declared = request.getLength();
        if (declared > maxBytes) {
            return CompletableFuture.failedFuture(tooLarge(maxBytes));
        }
        BodyReader reader = new BodyReader(request, maxBytes);
        Scheduler scheduler = request.getComponents().getScheduler();
        Scheduler.Task timer = scheduler.schedule(() -> reader.result.completeExceptionally(late()),
                Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        reader.result.whenComplete((bytes, failure) -> timer.cancel());
        reader.run();
        return reader.result;
    }

    @Override
    public void run() {
        while (!result.isDone()) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                request.demand(this);
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                Throwable failure = chunk.getFailure();
                result.completeExceptionally(failure instanceof TimeoutException ? late() : new Unreadable(failure));
                return;
            }
            ByteBuffer bytes = chunk.getByteBuffer();
            if (body.size() + bytes.remaining() > maxBytes) {
                chunk.release();
                result.completeExceptionally(tooLarge(maxBytes));
                return;
            }
            byte[] copy = new byte[bytes.remaining()];
            bytes.get(copy);
            body.writeBytes(copy);
            chunk.release();
            if (chunk.isLast()) {
                result.complete(body.toByteArray());
            }
        }
    }

    private static HttpError late() {
        return new HttpError(408, "the request did not arrive in time; send it whole, at once");
    }

    private static HttpError tooLarge(long max) {
        return new HttpError(413, "the request body is larger than the limit of " + max + " bytes");
    }
}
