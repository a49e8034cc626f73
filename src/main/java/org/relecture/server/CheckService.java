package org.relecture.server;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.relecture.api.Fixer;
import org.relecture.findings.Finding;
import org.relecture.fix.FixOutcome;
import org.relecture.rules.Level;
import org.relecture.rules.RuleInfo;
import org.relecture.text.Document;
import org.relecture.text.SentenceSplitter;

/**
 * Turns request parameters into a check on a worker: the parameters are read and validated on
 * the request's thread (a bad request never takes a place in the queue), and the check's cost
 * guessed there when it has to wait ({@link CostEstimate}); the sentences found, the text checked
 * and the answer written by the worker, all within the time limit.
 */
final class CheckService {
    /** Writes the answer of a checked request. */
    interface AnswerWriter {
        Answer write(Document document, List<Finding> findings) throws Exception;
    }

    /** Writes the answer of a fixed request. */
    interface FixWriter {
        Answer write(FixOutcome outcome) throws Exception;
    }

    private final CheckerPool pool;
    private final RuleCatalog catalog;
    private final SentenceSplitter splitter;
    private final RequestText text;
    private final ServerLimits limits;
    private final Level serverLevel;
    private final Fixer fixer;
    private final CostEstimate cost;
    private final boolean pastTheCache;

    CheckService(CheckerPool pool, RuleCatalog catalog, SentenceSplitter splitter, ServerLimits limits, Level serverLevel,
                 Fixer fixer, CostEstimate cost) {
        this(pool, catalog, splitter, limits, serverLevel, fixer, cost, false);
    }

    private CheckService(CheckerPool pool, RuleCatalog catalog, SentenceSplitter splitter, ServerLimits limits,
                         Level serverLevel, Fixer fixer, CostEstimate cost, boolean pastTheCache) {
        this.pastTheCache = pastTheCache;
        this.cost = cost;
        this.pool = pool;
        this.catalog = catalog;
        this.splitter = splitter;
        this.text = new RequestText(limits.maxTextChars());
        this.limits = limits;
        this.serverLevel = serverLevel;
        this.fixer = fixer;
    }

    RuleCatalog catalog() {
        return catalog;
    }

    /**
     * The same service on the same workers, whose checks neither read nor fill the result cache:
     * the warm-up's, which would otherwise be answered from the cache from the second start on,
     * and warm nothing.
     */
    CheckService pastTheCache() {
        return new CheckService(pool, catalog, splitter, limits, serverLevel, fixer, cost, true);
    }

    CompletableFuture<Answer> check(RequestParams params, AnswerWriter answer) throws HttpError {
        RequestSelection selection = RequestSelection.read(params, serverLevel);
        RequestText.Text requested = text.read(params);
        Predicate<RuleInfo> filter = selection.filter(catalog);
        return pool.submit(selection.checkLevel(catalog), limits.timeLimit(), () -> cost.nanos(requested.text()),
                worker -> {
                    Document document = requested.document(splitter);
                    return answer.write(document, pastTheCache
                            ? worker.findingsPastTheCache(document, filter) : worker.findings(document, filter));
                });
    }

    /**
     * As {@link #check}, then the safe fixes applied to the text and the fixed text checked again;
     * plain {@code text} only.
     */
    CompletableFuture<Answer> fix(RequestParams params, FixWriter answer) throws HttpError {
        if (params.get("data").isPresent()) {
            // The passes re-read the fixed text as plain text: annotated markup would lose its marking.
            throw HttpError.badRequest("fix takes the text in 'text'; annotated 'data' is for checks");
        }
        RequestSelection selection = RequestSelection.read(params, serverLevel);
        RequestText.Text requested = text.read(params);
        Predicate<RuleInfo> filter = selection.filter(catalog);
        return pool.submit(selection.checkLevel(catalog), limits.timeLimit(), () -> cost.nanos(requested.text()),
                worker -> {
                    FixOutcome outcome = fixer.fix(worker, requested.document(splitter), filter);
                    if (!outcome.ok()) {
                        Throwable cause = (outcome.after() == null ? outcome.before() : outcome.after())
                                .result().failure().cause();
                        throw cause instanceof Exception e ? e : new IllegalStateException(String.valueOf(cause));
                    }
                    return answer.write(outcome);
                });
    }
}
