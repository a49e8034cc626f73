package org.relecture.server;

import java.util.List;
import java.util.concurrent.ExecutionException;
import org.relecture.findings.Finding;
import org.relecture.rules.Level;
import org.relecture.text.Document;

/** Turns request parameters into a checked document: text, rule selection, a worker. */
final class CheckService {
    /** A checked request. */
    record Checked(Document document, List<Finding> findings) {
    }

    private final CheckerPool pool;
    private final RuleCatalog catalog;
    private final RequestText text;
    private final ServerLimits limits;
    private final Level serverLevel;

    CheckService(CheckerPool pool, RuleCatalog catalog, RequestText text, ServerLimits limits, Level serverLevel) {
        this.pool = pool;
        this.catalog = catalog;
        this.text = text;
        this.limits = limits;
        this.serverLevel = serverLevel;
    }

    RuleCatalog catalog() {
        return catalog;
    }

    Checked check(RequestParams params) throws HttpError, ExecutionException, InterruptedException {
        RequestSelection selection = RequestSelection.read(params, serverLevel);
        Document document = text.read(params);
        List<Finding> findings = pool.check(document, selection.checkLevel(catalog), selection.filter(catalog),
                limits.timeLimit());
        return new Checked(document, findings);
    }
}
