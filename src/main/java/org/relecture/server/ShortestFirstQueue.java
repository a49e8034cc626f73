package org.relecture.server;

import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The checks waiting for a slot, the one due first taken first, those due together in their
 * order of arrival. A check is due at its arrival plus its {@link CostEstimate}: a short check
 * passes the long ones ahead of it, so that under load most requests wait for less than their
 * turn in arrival order would have them wait, and a long one is passed only by checks that
 * arrive before it is due, which bounds its wait. Bounded: a check that finds it full is refused
 * (the server's 503).
 */
final class ShortestFirstQueue extends PriorityBlockingQueue<Runnable> {
    private final int capacity;

    ShortestFirstQueue(int capacity) {
        super(capacity, (a, b) -> ((Check) a).compareTo((Check) b));
        this.capacity = capacity;
    }

    /** Refused when full, as ThreadPoolExecutor asks a bounded queue. */
    @Override
    public synchronized boolean offer(Runnable check) {
        return size() < capacity && super.offer(check);
    }

    @Override
    public int remainingCapacity() {
        return Math.max(0, capacity - size());
    }

    /** A check to run on a slot, with the time it is due. */
    static final class Check extends FutureTask<Void> implements Comparable<Check> {
        private static final AtomicLong ARRIVALS = new AtomicLong();
        private final long dueNanos;
        private final long arrival = ARRIVALS.getAndIncrement();

        /** @param dueNanos on {@link System#nanoTime()}'s clock */
        Check(Callable<Void> check, long dueNanos) {
            super(check);
            this.dueNanos = dueNanos;
        }

        @Override
        public int compareTo(Check other) {
            long earlier = dueNanos - other.dueNanos; // nanoTime's values compare by their difference
            return earlier != 0 ? Long.signum(earlier) : Long.compare(arrival, other.arrival);
        }
    }
}
