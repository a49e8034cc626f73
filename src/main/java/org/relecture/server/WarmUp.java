package org.relecture.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.languagetool.rules.IncorrectExample;
import org.languagetool.rules.Rule;
import org.relecture.text.WordCounter;

/**
 * The checks a server runs before it says it is ready. Building the workers and checking one
 * sample leaves the code of a request cold: the JIT compiles a method only after it ran many
 * times, so the first requests took several times the steady latency. Here many varied texts go
 * through the {@code /v2/check} endpoint itself (parameters, check, JSON answer), one per worker
 * at a time, until the texts or the time budget run out. The texts are LanguageTool's own examples
 * of errors, a few hundred words each, so that most rules match somewhere and their suggestion code
 * runs too.
 */
final class WarmUp {
    /** About the length of a paragraph an editor sends. */
    private static final int WORDS = 300;

    private WarmUp() {
    }

    /** The sample first, then the rules' examples of errors, about {@value #WORDS} words a text. */
    static List<String> texts(String sample, List<Rule> rules) {
        List<String> texts = new ArrayList<>();
        texts.add(sample);
        StringBuilder text = new StringBuilder();
        int words = 0;
        for (Rule rule : rules) {
            for (IncorrectExample example : rule.getIncorrectExamples()) {
                String sentence = example.getExample().replaceAll("</?marker>", "").strip();
                text.append(sentence).append(' ');
                words += WordCounter.count(sentence);
                if (words >= WORDS) {
                    texts.add(text.toString().strip());
                    text.setLength(0);
                    words = 0;
                }
            }
        }
        return texts;
    }

    /**
     * Sends the texts, in order, from {@code concurrency} threads until all are checked or the
     * budget is spent; a failed check fails the warm-up.
     */
    static void run(Endpoint.Handler check, List<String> texts, int concurrency, Duration budget) throws Exception {
        long end = System.nanoTime() + budget.toNanos();
        AtomicInteger next = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(concurrency, CheckerPool.daemon("relecture-warm-up"));
        try {
            List<Future<?>> senders = new ArrayList<>();
            for (int t = 0; t < concurrency; t++) {
                senders.add(threads.submit(() -> {
                    for (int i; System.nanoTime() < end && (i = next.getAndIncrement()) < texts.size(); ) {
                        Answer answer = check.handle(RequestParams.of(Map.of("language", "fr", "text", texts.get(i)))).get();
                        if (answer.status() != 200) {
                            throw new IllegalStateException("warm-up check answered " + answer.status());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> sender : senders) {
                sender.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
