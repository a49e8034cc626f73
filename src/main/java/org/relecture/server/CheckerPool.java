package org.relecture.server;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.relecture.api.Worker;
import org.relecture.rules.Level;
import org.relecture.rules.SuggestionPrefetch;
import org.relecture.text.Document;

/**
 * Checks requests on a fixed number of slots, each with its own {@link Worker} (JLanguageTool
 * is not thread-safe), and a bounded queue in front of them, shortest check first
 * ({@link ShortestFirstQueue}). A slot builds its picky worker
 * only when a picky request first reaches it: picky is a different LanguageTool level, not a
 * filter over the default one.
 *
 * <p>A check past its time limit is answered at once and stopped: a waiting one leaves the queue,
 * a running one is interrupted, which relecture's checker honours between detectors and
 * LanguageTool between sentences, so the slot serves the next request instead of finishing work
 * nobody will read.
 *
 * <p>A check that runs while a slot is idle has its spelling suggestions computed ahead on a helper
 * thread ({@link SuggestionPrefetch}): alone on the machine, a check would otherwise use one core
 * of several. The helper works only while some slot is idle, so under load it takes no core from
 * a check.
 */
final class CheckerPool implements AutoCloseable {
    /** What a request does with a slot's worker: check, and write the answer. */
    interface Task<T> {
        T run(Worker worker) throws Exception;
    }

    private final ThreadPoolExecutor executor;
    /** One thread fewer than the slots (none for one slot): the cores a lone check leaves idle. */
    private final ThreadPoolExecutor helpers;
    private final ScheduledThreadPoolExecutor deadlines;
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
                queue == 0 ? new SynchronousQueue<>() : new ShortestFirstQueue(queue),
                daemon("relecture-check"));
        this.deadlines = new ScheduledThreadPoolExecutor(1, daemon("relecture-deadline"));
        this.helpers = workers == 1 ? null : new ThreadPoolExecutor(workers - 1, workers - 1, 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), daemon("relecture-suggest"));
        deadlines.setRemoveOnCancelPolicy(true);
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
            slot.worker(Level.DEFAULT).warmUp(sample);
            first = first == null ? slot : first;
            idle.add(slot);
        }
        return first.worker(Level.DEFAULT);
    }

    /**
     * Runs the task on a free slot's worker of this level.
     *
     * @param cost how much longer than others the task will take, in nanoseconds: asked only when
     *             no slot is free, since a check that starts at once is passed by none
     * @return the task's result, or a failure with the 504 {@link HttpError} once the time limit passes
     * @throws HttpError 503 when every worker is busy and the queue is full
     */
    <T> CompletableFuture<T> submit(Level level, Duration timeLimit, LongSupplier cost, Task<T> task) throws HttpError {
        CompletableFuture<T> result = new CompletableFuture<>();
        AtomicBoolean late = new AtomicBoolean();
        long arrived = System.nanoTime();
        ShortestFirstQueue.Check work = new ShortestFirstQueue.Check(() -> {
            // As many threads as slots: a slot is always free when a task starts.
            Slot slot = idle.take();
            try (SuggestionPrefetch prefetch = prefetch()) {
                result.complete(task.run(slot.worker(level)));
            } catch (Exception | Error e) {
                if (!late.get()) { // a check stopped at its deadline has had its answer
                    result.completeExceptionally(e);
                }
            } finally {
                idle.add(slot);
            }
            return null;
        }, idle.isEmpty() ? arrived + cost.getAsLong() : arrived);
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

    /** The prefetch of the calling check, helped while a slot is idle; null without helpers. */
    private SuggestionPrefetch prefetch() {
        return helpers == null ? null : SuggestionPrefetch.open(helpers, () -> !idle.isEmpty());
    }

    @Override
    public void close() {
        executor.shutdownNow();
        if (helpers != null) {
            helpers.shutdownNow();
        }
        deadlines.shutdownNow();
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
