package org.relecture.server;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.relecture.rules.Checker;
import org.relecture.rules.Level;
import org.relecture.text.Document;

/**
 * Checks requests on a fixed number of workers, each with its own {@link Checker} (JLanguageTool
 * is not thread-safe), and a bounded queue in front of them. A worker builds its picky checker
 * only when a picky request first reaches it: picky is a different LanguageTool level, not a
 * filter over the default one.
 *
 * <p>A check past its time limit is answered at once and stopped: a waiting one leaves the queue,
 * a running one is interrupted, which {@link Checker} honours between detectors and LanguageTool
 * between sentences, so the worker serves the next request instead of finishing work nobody
 * will read.
 */
final class CheckerPool implements AutoCloseable {
    /** What a request does with a worker's checker: check, and write the answer. */
    interface Task<T> {
        T run(Checker checker) throws Exception;
    }

    private final ThreadPoolExecutor executor;
    private final ScheduledThreadPoolExecutor deadlines;
    private final BlockingQueue<Worker> idle;
    private final Function<Level, Checker> factory;
    private final int workers;

    CheckerPool(int workers, int queue, Function<Level, Checker> factory) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1");
        }
        this.workers = workers;
        this.factory = factory;
        this.idle = new ArrayBlockingQueue<>(workers);
        this.executor = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS,
                queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue),
                daemon("relecture-check"));
        this.deadlines = new ScheduledThreadPoolExecutor(1, daemon("relecture-deadline"));
        deadlines.setRemoveOnCancelPolicy(true);
    }

    /**
     * Builds every worker's default checker and runs one check with each, so that LanguageTool's
     * lazily built parts (dictionaries, caches) exist before the first request. Returns the
     * first worker's checker for callers that need to know the rules.
     */
    Checker warmUp(Document sample) throws Exception {
        Worker first = null;
        for (int i = 0; i < workers; i++) {
            Worker worker = new Worker(factory);
            worker.checker(Level.DEFAULT).check(sample);
            first = first == null ? worker : first;
            idle.add(worker);
        }
        return first.checker(Level.DEFAULT);
    }

    /**
     * Runs the task on a free worker's checker of this level.
     *
     * @return the task's result, or a failure with the 504 {@link HttpError} once the time limit passes
     * @throws HttpError 503 when every worker is busy and the queue is full
     */
    <T> CompletableFuture<T> submit(Level level, Duration timeLimit, Task<T> task) throws HttpError {
        CompletableFuture<T> result = new CompletableFuture<>();
        AtomicBoolean late = new AtomicBoolean();
        FutureTask<Void> work = new FutureTask<>(() -> {
            // As many threads as workers: a worker is always free when a task starts.
            Worker worker = idle.take();
            try {
                result.complete(task.run(worker.checker(level)));
            } catch (Exception | Error e) {
                if (!late.get()) { // a check stopped at its deadline has had its answer
                    result.completeExceptionally(e);
                }
            } finally {
                idle.add(worker);
            }
            return null;
        });
        try {
            executor.execute(work);
        } catch (RejectedExecutionException e) {
            throw new HttpError(503, "the server is busy (" + workers + " workers, queue full); try again");
        }
        ScheduledFuture<?> deadline = deadlines.schedule(() -> {
            // Stopped first, so that by the time its client hears of it, its place in the queue is free.
            late.set(true);
            work.cancel(true);
            executor.remove(work);
            result.completeExceptionally(new HttpError(504,
                    "the check took longer than the limit of " + timeLimit.toMillis() + " ms"));
        }, timeLimit.toNanos(), TimeUnit.NANOSECONDS);
        result.whenComplete((answer, failure) -> deadline.cancel(false));
        return result;
    }

    @Override
    public void close() {
        executor.shutdownNow();
        deadlines.shutdownNow();
    }

    static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** One worker's checkers, one per level, built on first use. */
    private static final class Worker {
        private final Function<Level, Checker> factory;
        private final Map<Level, Checker> checkers = new EnumMap<>(Level.class);

        Worker(Function<Level, Checker> factory) {
            this.factory = factory;
        }

        Checker checker(Level level) {
            return checkers.computeIfAbsent(level, factory);
        }
    }
}
