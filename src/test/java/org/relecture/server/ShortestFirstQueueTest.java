package org.relecture.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShortestFirstQueueTest {
    private static ShortestFirstQueue.Check check(List<String> ran, String name, long dueNanos) {
        return new ShortestFirstQueue.Check(() -> {
            ran.add(name);
            return null;
        }, dueNanos);
    }

    private static List<String> runAll(ShortestFirstQueue queue, List<String> ran) {
        for (Runnable next = queue.poll(); next != null; next = queue.poll()) {
            next.run();
        }
        return ran;
    }

    @Test
    void theCheckDueFirstIsTakenFirst() {
        List<String> ran = new ArrayList<>();
        ShortestFirstQueue queue = new ShortestFirstQueue(8);
        long now = System.nanoTime();
        assertTrue(queue.offer(check(ran, "late", now + 300)));
        assertTrue(queue.offer(check(ran, "early", now + 100)));
        assertTrue(queue.offer(check(ran, "middle", now + 200)));
        assertEquals(List.of("early", "middle", "late"), runAll(queue, ran));
    }

    @Test
    void checksDueTogetherAreTakenInTheirOrderOfArrival() {
        List<String> ran = new ArrayList<>();
        ShortestFirstQueue queue = new ShortestFirstQueue(8);
        long due = System.nanoTime();
        for (String name : List.of("a", "b", "c", "d", "e")) {
            assertTrue(queue.offer(check(ran, name, due)));
        }
        assertEquals(List.of("a", "b", "c", "d", "e"), runAll(queue, ran));
    }

    @Test
    void dueTimesCompareAcrossTheClocksOverflow() {
        List<String> ran = new ArrayList<>();
        ShortestFirstQueue queue = new ShortestFirstQueue(8);
        assertTrue(queue.offer(check(ran, "after", Long.MIN_VALUE + 10)));
        assertTrue(queue.offer(check(ran, "before", Long.MAX_VALUE - 10)));
        assertEquals(List.of("before", "after"), runAll(queue, ran));
    }

    @Test
    void aFullQueueRefusesTheNextCheck() {
        List<String> ran = new ArrayList<>();
        ShortestFirstQueue queue = new ShortestFirstQueue(2);
        long now = System.nanoTime();
        assertTrue(queue.offer(check(ran, "a", now)));
        assertTrue(queue.offer(check(ran, "b", now)));
        assertEquals(0, queue.remainingCapacity());
        assertFalse(queue.offer(check(ran, "c", now - 1_000_000)), "refused, however short");
        assertEquals(List.of("a", "b"), runAll(queue, ran));
        assertEquals(2, queue.remainingCapacity());
    }
}
