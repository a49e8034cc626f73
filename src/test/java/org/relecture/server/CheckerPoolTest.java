package org.relecture.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.relecture.api.Relecture;
import org.relecture.api.Relecture;
import org.relecture.findings.Finding;
import org.relecture.rules.FakeDetector;
import org.relecture.rules.Level;
import org.relecture.text.Document;

/** The pool's limits, with a detector that holds its worker until the test lets it go (or it is interrupted). */
class CheckerPoolTest {
    private static final Document DOCUMENT = new Document("test", "Un texte.", List.of());
    private static final Duration LONG = Duration.ofMinutes(1);

    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch interrupted = new CountDownLatch(1);

    private List<Finding> blockUntilReleased(Document document) throws InterruptedException {
        if (document != DOCUMENT) {
            return List.of(); // the warm-up passes
        }
        started.countDown();
        try {
            release.await();
        } catch (InterruptedException e) {
            interrupted.countDown();
            throw e;
        }
        return List.of(FakeDetector.finding(0, 2));
    }

    private CheckerPool pool(int queue) throws Exception {
        Relecture relecture = FakeDetector.relecture(this::blockUntilReleased);
        CheckerPool pool = new CheckerPool(1, queue, level -> relecture.atLevel(level).newWorker());
        pool.warmUp(new Document("warm-up", "Prêt.", List.of()));
        return pool;
    }

    private static CompletableFuture<List<Finding>> check(CheckerPool pool, Duration limit) throws HttpError {
        return pool.submit(Level.DEFAULT, limit, () -> 0, worker -> worker.findings(DOCUMENT, rule -> true));
    }

    private static int status(CompletableFuture<?> answer) throws InterruptedException {
        ExecutionException failure = assertThrows(ExecutionException.class, () -> answer.get(1, TimeUnit.MINUTES));
        return ((HttpError) failure.getCause()).status();
    }

    @Test
    void waitingCountsTowardsTheTimeLimitAndAFullQueueIsAnsweredBusy() throws Exception {
        try (CheckerPool pool = pool(1)) {
            CompletableFuture<List<Finding>> running = check(pool, LONG);
            assertTrue(started.await(1, TimeUnit.MINUTES));
            assertEquals(504, status(check(pool, Duration.ofMillis(50))), "waited past its limit in the queue");
            // The abandoned check gave the queue's one place back: the next request waits in it...
            CompletableFuture<List<Finding>> queued = check(pool, LONG);
            assertFalse(queued.isDone(), "the next request was refused instead of waiting");
            // ...and then the queue is full.
            HttpError busy = assertThrows(HttpError.class, () -> check(pool, LONG));
            assertEquals(503, busy.status());
            release.countDown();
            assertEquals(1, running.get(1, TimeUnit.MINUTES).size());
            assertEquals(1, queued.get(1, TimeUnit.MINUTES).size());
        }
    }

    @Test
    void aCheckPastTheTimeLimitIsStoppedAndTheWorkerServesTheNextOne() throws Exception {
        try (CheckerPool pool = pool(4)) {
            assertEquals(504, status(check(pool, Duration.ofMillis(200))));
            // Nobody releases the first check: the pool interrupts it, and the one worker is free again.
            assertTrue(interrupted.await(1, TimeUnit.MINUTES), "the late check was not interrupted");
            CompletableFuture<List<Finding>> next = pool.submit(Level.DEFAULT, LONG, () -> 0, worker -> List.of());
            assertEquals(List.of(), next.get(1, TimeUnit.MINUTES));
        }
    }
}
