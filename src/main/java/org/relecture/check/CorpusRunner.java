package org.relecture.check;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.relecture.findings.Finding;
import org.relecture.text.Document;
import org.relecture.text.Input;
import org.relecture.text.InputException;
import org.relecture.text.InputReader;
import org.relecture.text.Paragraphs;
import org.relecture.text.Span;

/**
 * Checks a corpus on several worker threads and hands results to a sink in input order.
 *
 * <p>Each worker asks for its {@link DocumentCheck} (a {@link Checker}, or a cache in front of
 * one) when it reads its first document, and reuses it: LanguageTool is not thread-safe and
 * costly to start. At most {@code 2 x workers} documents are in flight, so memory depends on
 * the number of workers, not on the size of the corpus.
 *
 * <p>A file longer than {@code pieceChars} is cut at paragraph boundaries ({@link Paragraphs})
 * and its pieces are checked by all the workers ({@link Checker#whole}, then {@link
 * Checker#piece} on each piece), so that one huge document does not run on one core; its
 * findings are those of a check of the whole. A run with fewer documents than workers (one
 * article) cuts its files into smaller pieces, about two a worker, so that no worker stays idle.
 */
public final class CorpusRunner {
    /**
     * Characters of a piece: about 15,000 words, 20 to 30 seconds of LanguageTool on one core,
     * and as much of its analysis in memory at once. System property {@value #PIECE_CHARS_PROPERTY}
     * changes it (tests cut small documents so).
     */
    public static final int PIECE_CHARS = 100_000;
    public static final String PIECE_CHARS_PROPERTY = "relecture.pieceChars";
    /**
     * The smallest piece a run with fewer documents than workers cuts a document into, so that
     * the idle workers share it (see {@link #sharedPieceChars}): below a few paragraphs, a
     * piece's own costs (LanguageTool's pass over the whole for the rules that read past a
     * paragraph, a checker per worker) outweigh what sharing saves.
     */
    static final int MIN_SHARED_PIECE_CHARS = 1_500;

    /** A document in flight: its result, when done. */
    @FunctionalInterface
    private interface Pending {
        DocumentResult await() throws InterruptedException;
    }

    private final Supplier<? extends DocumentCheck> checkerFactory;
    private final InputReader reader;
    private final int workers;
    private final int pieceChars;

    public CorpusRunner(Supplier<? extends DocumentCheck> checkerFactory, InputReader reader, int workers) {
        this(checkerFactory, reader, workers, Integer.getInteger(PIECE_CHARS_PROPERTY, PIECE_CHARS));
    }

    public CorpusRunner(Supplier<? extends DocumentCheck> checkerFactory, InputReader reader, int workers, int pieceChars) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1");
        }
        if (pieceChars < 1) {
            throw new IllegalArgumentException("pieces must be at least one character long");
        }
        this.checkerFactory = checkerFactory;
        this.reader = reader;
        this.workers = workers;
        this.pieceChars = pieceChars;
    }

    public void run(List<Input> inputs, Consumer<DocumentResult> sink) throws InterruptedException {
        ThreadLocal<DocumentCheck> checkers = ThreadLocal.withInitial(checkerFactory);
        // Threads start as tasks are submitted: one document alone starts one, unless it is cut.
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "relecture-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Pending> window = new ArrayDeque<>();
            Iterator<Input> pending = inputs.iterator();
            int capacity = workers * 2;
            boolean share = inputs.size() < workers;
            while (pending.hasNext() || !window.isEmpty()) {
                while (pending.hasNext() && window.size() < capacity) {
                    window.add(submit(pending.next(), pool, checkers, share));
                }
                sink.accept(window.removeFirst().await());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Submits the checking of one input. A file too long for one piece is read here, on the
     * runner's thread, to be cut; any other input is read by the worker that checks it.
     *
     * @param share the run has fewer documents than workers: a file is cut into smaller pieces,
     *              so that the workers otherwise idle check it too (a single article checked cold,
     *              on two cores, gets its result sooner; bench/cold-start.sh)
     */
    private Pending submit(Input input, ExecutorService pool, ThreadLocal<DocumentCheck> checkers, boolean share) {
        long bytes = input instanceof Input.File file ? bytes(file) : -1;
        int size = share ? sharedPieceChars(bytes) : pieceChars;
        // A file of fewer bytes than a piece has characters cannot be longer than one (a character takes a byte or more).
        if (bytes > size) {
            Document document;
            try {
                document = reader.read(input);
            } catch (InputException e) {
                DocumentResult failed = DocumentResult.failed(input.label(), DocumentResult.FailureKind.INPUT, e.getMessage());
                return () -> failed;
            }
            List<Span> pieces = Paragraphs.pieces(document, size);
            if (pieces.size() > 1) {
                return inPieces(document, pieces, pool, checkers);
            }
            Future<DocumentResult> result = pool.submit(() -> checkers.get().result(document));
            return () -> await(result);
        }
        Future<DocumentResult> result = pool.submit(() -> checkOne(input, checkers));
        return () -> await(result);
    }

    /** The file's size, or -1 when it cannot be told (the worker that reads it reports why). */
    private static long bytes(Input.File file) {
        try {
            return Files.size(file.path());
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * The piece size for a file of {@code bytes} the workers share: about two pieces a worker, so
     * that one left with the slower piece (many unknown words, whose suggestions are costly) is not
     * alone for long; no smaller than {@link #MIN_SHARED_PIECE_CHARS} nor larger than a piece.
     */
    private int sharedPieceChars(long bytes) {
        if (bytes < 0) {
            return pieceChars;
        }
        long share = bytes / (2L * workers);
        return (int) Math.min(pieceChars, Math.max(MIN_SHARED_PIECE_CHARS, share));
    }

    /**
     * Checks a document's pieces on the workers. The whole-document part is submitted first:
     * the pool takes tasks in order, so when LanguageTool's pass over the whole or a piece waits
     * for it, it is already running or done.
     * The result cache is asked and told on the runner's thread, about the whole document.
     */
    private Pending inPieces(Document document, List<Span> pieces, ExecutorService pool,
                             ThreadLocal<DocumentCheck> checkers) {
        DocumentCheck here = checkers.get();
        Optional<List<Finding>> known = here.known(document);
        if (known.isPresent()) {
            DocumentResult result = DocumentResult.checked(document, known.get());
            return () -> result;
        }
        Future<Checker.Whole> whole = pool.submit(() -> checkers.get().whole(document));
        // LanguageTool's whole-document pass and the pieces run beside relecture's detectors and
        // beside each other; they wait for the whole part's evidence only to decide on findings.
        List<Future<List<Finding>>> parts = new ArrayList<>();
        parts.add(pool.submit(() -> checkers.get().across(document, whole)));
        for (Span piece : pieces) {
            parts.add(pool.submit(() -> checkers.get().piece(document, piece, whole)));
        }
        return () -> {
            try {
                List<List<Finding>> found = new ArrayList<>();
                for (Future<List<Finding>> part : parts) {
                    found.add(part.get());
                }
                List<Finding> findings = Checker.assembled(whole.get(), found);
                here.remember(document, findings);
                return DocumentResult.checked(document, findings);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() instanceof ExecutionException inner ? inner.getCause() : e.getCause();
                return DocumentResult.failed(document.path(), DocumentResult.FailureKind.INTERNAL,
                        "checking failed: " + cause, cause);
            }
        };
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
