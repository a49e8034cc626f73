package org.relecture.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.relecture.findings.Finding;
import org.relecture.rules.FakeDetector;
import org.relecture.text.Document;

/**
 * Through a one-worker server: while a check runs, a request of words no dictionary knows and
 * then a request of everyday French wait; the second is checked first. With the word cost set to
 * 0 they are checked in their order of arrival.
 */
class ShortestFirstAnswersTest {
    private static final String RUNNING = "Le premier texte attend.";
    /** Thirty words no dictionary knows: a cost of 3 s at 100 ms a word, far more than the wait below. */
    private static final String EXPENSIVE = IntStream.range(0, 30)
            .mapToObj(i -> "zorglub" + (char) ('a' + i % 26) + (char) ('a' + i / 26) + "x")
            .collect(Collectors.joining(" ", "", "."));
    private static final String CHEAP = "Le chat dort sur la table.";

    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<String> checked = Collections.synchronizedList(new ArrayList<>());

    private List<Finding> record(Document document) throws InterruptedException {
        if (List.of(RUNNING, EXPENSIVE, CHEAP).contains(document.text())) {
            checked.add(document.text());
        }
        if (document.text().equals(RUNNING)) {
            started.countDown();
            release.await();
        }
        return List.of();
    }

    @Test
    void aCheapRequestPassesAnExpensiveOneWaitingAheadOfIt() throws Exception {
        assertEquals(List.of(RUNNING, CHEAP, EXPENSIVE), orderChecked());
    }

    @Test
    void withoutAWordCostRequestsWaitInTheirOrderOfArrival() throws Exception {
        System.setProperty(CostEstimate.PROPERTY, "0");
        try {
            assertEquals(List.of(RUNNING, EXPENSIVE, CHEAP), orderChecked());
        } finally {
            System.clearProperty(CostEstimate.PROPERTY);
        }
    }

    private List<String> orderChecked() throws Exception {
        try (TestServer server = TestServer.start(FakeDetector.relecture(this::record), ServerLimits.defaults())) {
            CompletableFuture<HttpResponse<String>> running = check(server, RUNNING);
            assertTrue(started.await(1, TimeUnit.MINUTES), "the first check did not start");
            CompletableFuture<HttpResponse<String>> expensive = check(server, EXPENSIVE);
            // Far longer than a loopback request takes to reach the queue, far shorter than the
            // expensive one's cost: it waits first, and the cheap one is due before it.
            Thread.sleep(300);
            CompletableFuture<HttpResponse<String>> cheap = check(server, CHEAP);
            Thread.sleep(300);
            release.countDown();
            for (CompletableFuture<HttpResponse<String>> answer : List.of(running, expensive, cheap)) {
                assertEquals(200, answer.get(1, TimeUnit.MINUTES).statusCode());
            }
            return List.copyOf(checked);
        }
    }

    private static CompletableFuture<HttpResponse<String>> check(TestServer server, String text) {
        return CompletableFuture.supplyAsync(() -> server.post("/v2/check", Map.of("language", "fr", "text", text)));
    }
}
