package org.relecture.check;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.relecture.text.Document;
import org.relecture.text.Input;
import org.relecture.text.InputException;
import org.relecture.text.InputReader;

/**
 * Checks a corpus on several worker threads and hands results to a sink in input order.
 *
 * <p>Each worker asks for its {@link DocumentCheck} (a {@link Checker}, or a cache in front of
 * one) when it reads its first document, and reuses it: LanguageTool is not thread-safe and
 * costly to start. At most {@code 2 x workers} documents are in flight, so memory depends on
 * the number of workers, not on the size of the corpus.
 */
public final class CorpusRunner {
    private final Supplier<? extends DocumentCheck> checkerFactory;
    private final InputReader reader;
    private final int workers;

    public CorpusRunner(Supplier<? extends DocumentCheck> checkerFactory, InputReader reader, int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1");
        }
        this.checkerFactory = checkerFactory;
        this.reader = reader;
        this.workers = workers;
    }

    public void run(List<Input> inputs, Consumer<DocumentResult> sink) throws InterruptedException {
        int threads = Math.max(1, Math.min(workers, inputs.size()));
        ThreadLocal<DocumentCheck> checkers = ThreadLocal.withInitial(checkerFactory);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "relecture-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<DocumentResult>> window = new ArrayDeque<>();
            Iterator<Input> pending = inputs.iterator();
            int capacity = threads * 2;
            while (pending.hasNext() || !window.isEmpty()) {
                while (pending.hasNext() && window.size() < capacity) {
                    Input input = pending.next();
                    window.add(pool.submit(() -> checkOne(input, checkers)));
                }
                sink.accept(await(window.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private DocumentResult checkOne(Input input, ThreadLocal<DocumentCheck> checker) {
        Document document;
        try {
            document = reader.read(input);
        } catch (InputException e) {
            return DocumentResult.failed(input.label(), DocumentResult.FailureKind.INPUT, e.getMessage());
        }
        return checker.get().result(document);
    }

    private static DocumentResult await(Future<DocumentResult> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("worker failed", e.getCause());
        }
    }
}
