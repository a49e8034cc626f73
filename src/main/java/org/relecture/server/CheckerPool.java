package org.relecture.server;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Predicate;
import org.relecture.api.Worker;
import org.relecture.findings.Finding;
import org.relecture.rules.Level;
import org.relecture.rules.RuleInfo;
import org.relecture.text.Document;

/**
 * Checks requests on a fixed number of slots, each with its own {@link Worker} (JLanguageTool
 * is not thread-safe), and a bounded queue in front of them. A slot builds its picky worker
 * only when a picky request first reaches it: picky is a different LanguageTool level, not a
 * filter over the default one.
 */
final class CheckerPool implements AutoCloseable {
    private final ThreadPoolExecutor executor;
    private final BlockingQueue<Slot> idle;
    private final Function<Level, Worker> factory;
    private final int workers;

    CheckerPool(int workers, int queue, Function<Level, Worker> factory) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1");
        }
        this.workers = workers;
        this.factory = factory;
        this.idle = new ArrayBlockingQueue<>(workers);
        this.executor = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS,
                queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue),
                daemon("relecture-check"));
    }


    /**
     * Builds every slot's default worker and runs one check with each, so that LanguageTool's
     * lazily built parts (dictionaries, caches) exist before the first request. Returns the
     * first slot's worker for callers that need to know the rules.
     */
    Worker warmUp(Document sample) throws Exception {
        Slot first = null;
        for (int i = 0; i < workers; i++) {
            Slot slot = new Slot(factory);
            slot.worker(Level.DEFAULT).findings(sample, rule -> true);
            first = first == null ? slot : first;
            idle.add(slot);
        }
        return first.worker(Level.DEFAULT);
    }

    /**
     * Checks on a free worker.
     *
     * @throws HttpError 503 when the queue is full, 504 when the time limit passes first
     */
    List<Finding> check(Document document, Level level, Predicate<RuleInfo> selection, Duration timeLimit)
            throws HttpError, ExecutionException, InterruptedException {
        long deadline = System.nanoTime() + timeLimit.toNanos();
        Future<List<Finding>> future;
        try {
            future = executor.submit(() -> {
                // As many threads as workers: a worker is always free when a task starts.
                Slot slot = idle.take();
                try {
                    return slot.worker(level).findings(document, selection);
                } finally {
                    idle.add(slot);
                }
            });
        } catch (RejectedExecutionException e) {
            throw new HttpError(503, "the server is busy (" + workers + " workers, queue full); try again");
        }
        try {
            return future.get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            executor.purge(); // a cancelled check still waiting would otherwise hold its place in the queue
            throw new HttpError(504, "the check took longer than the limit of " + timeLimit.toMillis() + " ms");
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** One thread's workers, one per level, built on first use. */
    private static final class Slot {
        private final Function<Level, Worker> factory;
        private final Map<Level, Worker> workers = new EnumMap<>(Level.class);

        Slot(Function<Level, Worker> factory) {
            this.factory = factory;
        }

        Worker worker(Level level) {
            return workers.computeIfAbsent(level, factory);
        }
    }
}
