package org.relecture.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relecture.check.Checker;
import org.relecture.findings.Finding;
import org.relecture.rules.FakeDetector;
import org.relecture.text.Document;
import org.relecture.text.Input;
import org.relecture.text.InputReader;
import org.relecture.text.SentenceSplitter;
import org.relecture.text.Span;

class CorpusRunnerTest {
    @TempDir
    Path dir;

    private final AtomicInteger checkersCreated = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    private final CountDownLatch secondChecked = new CountDownLatch(1);
    private volatile boolean firstWaitsForSecond;

    /**
     * A checker that finds the whole text; when asked, the first document waits until the second
     * is checked, so that workers finish out of input order.
     */
    private Checker slowChecker() {
        checkersCreated.incrementAndGet();
        return FakeDetector.checker(doc -> {
            if (firstWaitsForSecond && doc.text().equals("Texte numéro 0.")) {
                assertTrue(secondChecked.await(1, TimeUnit.MINUTES), "the second document was never checked");
            }
            if (doc.text().equals("Texte numéro 1.")) {
                secondChecked.countDown();
            }
            return List.of(FakeDetector.finding(0, doc.text().length()));
        });
    }

    private List<Input> files(int n) throws IOException {
        List<Input> inputs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path p = Files.writeString(dir.resolve("doc" + i + ".txt"), "Texte numéro " + i + ".");
            inputs.add(new Input.File(p, "doc" + i));
        }
        return inputs;
    }

    private CorpusRunner runner(int workers) {
        return new CorpusRunner(this::slowChecker,
                new InputReader(new SentenceSplitter(), new ByteArrayInputStream(new byte[0])), workers);
    }

    @Test
    void resultsComeInInputOrderWhateverTheOrderWorkersFinishIn() throws Exception {
        firstWaitsForSecond = true;
        List<Input> inputs = files(60);
        List<String> seen = new ArrayList<>();
        runner(4).run(inputs, r -> {
            assertEquals(1, r.findings().size(), "checked by the runner's checker: " + r.label());
            seen.add(r.label());
        });
        assertEquals(inputs.stream().map(Input::label).toList(), seen);
    }

    @Test
    void eachWorkerCreatesOneCheckerAndReusesIt() throws Exception {
        List<DocumentResult> results = new ArrayList<>();
        runner(3).run(files(40), results::add);
        // At least one, or nothing was checked at all; at most one a worker.
        assertTrue(checkersCreated.get() >= 1 && checkersCreated.get() <= 3, "created " + checkersCreated.get());
        assertEquals(40, results.size());
        assertTrue(results.stream().allMatch(r -> r.ok() && r.findings().size() == 1), results.toString());
    }

    @Test
    void noMoreWorkersThanDocuments() throws Exception {
        runner(8).run(files(1), r -> { });
        assertEquals(1, checkersCreated.get());
    }

    @Test
    void pendingResultsAreBoundedByTheWorkerCountNotTheCorpusSize() throws Exception {
        // The sink is slow, so without a bound every document would be read and checked ahead of it.
        CorpusRunner runner = new CorpusRunner(() -> FakeDetector.checker(doc -> {
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            return List.of();
        }), new InputReader(new SentenceSplitter(), new ByteArrayInputStream(new byte[0])), 2);
        runner.run(files(50), r -> {
            inFlight.decrementAndGet();
            sleep(2);
        });
        assertTrue(maxInFlight.get() <= 4, "max in flight " + maxInFlight.get());
    }

    @Test
    void anUnreadableInputIsReportedInPlaceAndTheOthersAreStillChecked() throws Exception {
        List<Input> inputs = new ArrayList<>(files(2));
        inputs.add(1, new Input.Unreadable("gone.txt", "no such file or directory"));
        List<DocumentResult> results = new ArrayList<>();
        runner(2).run(inputs, results::add);
        assertEquals(3, results.size());
        assertTrue(results.get(0).ok());
        assertFalse(results.get(1).ok());
        assertEquals(DocumentResult.FailureKind.INPUT, results.get(1).failure().kind());
        assertTrue(results.get(2).ok());
    }

    @Test
    void aDetectorCrashFailsOnlyItsDocument() throws Exception {
        CorpusRunner runner = new CorpusRunner(() -> FakeDetector.checker(doc -> {
            if (doc.text().contains("1")) {
                throw new IllegalStateException("boom");
            }
            return List.of();
        }), new InputReader(new SentenceSplitter(), new ByteArrayInputStream(new byte[0])), 2);
        List<DocumentResult> results = new ArrayList<>();
        runner.run(files(3), results::add);
        assertTrue(results.get(0).ok());
        assertEquals(DocumentResult.FailureKind.INTERNAL, results.get(1).failure().kind());
        assertTrue(results.get(1).failure().reason().contains("boom"));
        assertTrue(results.get(2).ok());
    }

    @Test
    void languageToolsPassesOfADocumentInPiecesRunBesideItsWholeDocumentPart() throws Exception {
        // relecture's detectors over the whole document finish only once LanguageTool's pass over
        // the whole and a piece were checked: neither waits for that part before it checks.
        CountDownLatch acrossChecked = new CountDownLatch(1);
        CountDownLatch pieceChecked = new CountDownLatch(1);
        DocumentCheck check = new DocumentCheck() {
            @Override
            public DocumentResult result(Document document) {
                throw new AssertionError("checked whole");
            }

            @Override
            public Checker.Whole whole(Document document) throws Exception {
                assertTrue(acrossChecked.await(1, TimeUnit.MINUTES), "LanguageTool's pass over the whole waited");
                assertTrue(pieceChecked.await(1, TimeUnit.MINUTES), "the pieces waited");
                return new Checker.Whole(List.of(FakeDetector.finding(0, 1)), null);
            }

            @Override
            public List<Finding> across(Document document, Future<Checker.Whole> whole) throws Exception {
                acrossChecked.countDown();
                whole.get();
                return List.of(FakeDetector.finding(2, 3));
            }

            @Override
            public List<Finding> piece(Document document, Span piece, Future<Checker.Whole> whole) throws Exception {
                pieceChecked.countDown();
                whole.get();
                return List.of(FakeDetector.finding(piece.start() + 4, piece.start() + 5));
            }
        };
        Path file = Files.writeString(dir.resolve("long.txt"), "Un paragraphe de plus.\n\n".repeat(40));
        List<DocumentResult> results = new ArrayList<>();
        new CorpusRunner(() -> check, new InputReader(new SentenceSplitter(), new ByteArrayInputStream(new byte[0])), 3, 200)
                .run(List.of(new Input.File(file, "long.txt")), results::add);
        assertTrue(results.get(0).ok(), results::toString);
        // The whole part's finding, the pass over the whole's, and one for each piece.
        assertTrue(results.get(0).findings().size() > 3, results.get(0).findings()::toString);
    }

    @Test
    void aRunWithFewerDocumentsThanWorkersSharesAFileOfSeveralParagraphsInPieces() throws Exception {
        Path file = Files.writeString(dir.resolve("article.txt"), "Un paragraphe d'un article.\n\n".repeat(400));
        assertEquals(List.of(true), piecesUsed(2, List.of(new Input.File(file, "article.txt"))));
        assertEquals(List.of(false), piecesUsed(1, List.of(new Input.File(file, "article.txt"))), "one worker: nothing to share");
        assertEquals(List.of(false, false), piecesUsed(2, List.of(new Input.File(file, "a"), new Input.File(file, "b"))),
                "as many documents as workers: each its own");
        Path small = Files.writeString(dir.resolve("small.txt"), "Un paragraphe.\n\nUn autre.\n");
        assertEquals(List.of(false), piecesUsed(2, List.of(new Input.File(small, "small.txt"))), "too short to share");
    }

    /** For each input, whether it was checked in pieces. */
    private static List<Boolean> piecesUsed(int workers, List<Input> inputs) throws Exception {
        AtomicInteger pieces = new AtomicInteger();
        DocumentCheck check = new DocumentCheck() {
            @Override
            public DocumentResult result(Document document) {
                return DocumentResult.checked(document, List.of());
            }

            @Override
            public Checker.Whole whole(Document document) {
                return new Checker.Whole(List.of(), null);
            }

            @Override
            public List<Finding> across(Document document, Future<Checker.Whole> whole) {
                return List.of();
            }

            @Override
            public List<Finding> piece(Document document, Span piece, Future<Checker.Whole> whole) {
                pieces.incrementAndGet();
                return List.of();
            }
        };
        List<Boolean> used = new ArrayList<>();
        new CorpusRunner(() -> check, new InputReader(new SentenceSplitter(), new ByteArrayInputStream(new byte[0])), workers)
                .run(inputs, r -> used.add(pieces.getAndSet(0) > 0));
        return used;
    }

    private static void sleep(int ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
