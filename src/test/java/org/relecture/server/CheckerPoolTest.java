package org.relecture.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.relecture.api.Relecture;
import org.relecture.findings.Finding;
import org.relecture.rules.FakeDetector;
import org.relecture.rules.Level;
import org.relecture.text.Document;

/** The pool's limits, with a detector that holds its worker until the test lets it go. */
class CheckerPoolTest {
    private static final Document DOCUMENT = new Document("test", "Un texte.", List.of());
    private static final Duration LONG = Duration.ofMinutes(1);

    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    private List<Finding> blockUntilReleased(Document document) throws InterruptedException {
        if (document != DOCUMENT) {
            return List.of(); // the warm-up passes
        }
        started.countDown();
        release.await();
        return List.of(FakeDetector.finding(0, 2));
    }

    private CheckerPool pool(int queue) throws Exception {
        Relecture relecture = FakeDetector.relecture(this::blockUntilReleased);
        CheckerPool pool = new CheckerPool(1, queue, level -> relecture.atLevel(level).newWorker());
        pool.warmUp(new Document("warm-up", "Prêt.", List.of()));
        return pool;
    }

    @Test
    void waitingCountsTowardsTheTimeLimitAndAFullQueueIsAnsweredBusy() throws Exception {
        // Threads of its own: the common pool may have a single thread, which the first check would hold.
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newCachedThreadPool();
        try (CheckerPool pool = pool(1)) {
            CompletableFuture<List<Finding>> running = CompletableFuture.supplyAsync(() -> check(pool, LONG), clients);
            started.await(10, TimeUnit.SECONDS);
            HttpError late = assertThrows(HttpError.class,
                    () -> pool.check(DOCUMENT, Level.DEFAULT, rule -> true, Duration.ofMillis(50)));
            assertEquals(504, late.status());
            // The abandoned check gives the queue's one place back: the next request waits in it
            // (a refusal would end it at once)...
            CompletableFuture<List<Finding>> queued = CompletableFuture.supplyAsync(() -> check(pool, LONG), clients);
            Thread.sleep(300);
            assertFalse(queued.isDone(), "the next request was refused instead of waiting");
            // ...and then the queue is full.
            HttpError busy = assertThrows(HttpError.class,
                    () -> pool.check(DOCUMENT, Level.DEFAULT, rule -> true, LONG));
            assertEquals(503, busy.status());
            release.countDown();
            assertEquals(1, running.get().size());
            assertEquals(1, queued.get().size());
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void aCheckPastTheTimeLimitIsAnswered504AndTheWorkerServesAgain() throws Exception {
        try (CheckerPool pool = pool(4)) {
            HttpError late = assertThrows(HttpError.class,
                    () -> pool.check(DOCUMENT, Level.DEFAULT, rule -> true, Duration.ofMillis(200)));
            assertEquals(504, late.status());
            release.countDown();
            assertEquals(1, pool.check(DOCUMENT, Level.DEFAULT, rule -> true, LONG).size());
        }
    }

    private static List<Finding> check(CheckerPool pool, Duration limit) {
        try {
            return pool.check(DOCUMENT, Level.DEFAULT, rule -> true, limit);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
