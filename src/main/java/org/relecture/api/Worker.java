package org.relecture.api;

import java.util.List;
import java.util.function.Predicate;
import org.relecture.check.Checker;
import org.relecture.check.DocumentResult;
import org.relecture.findings.Finding;
import org.relecture.rules.RuleInfo;
import org.relecture.rules.languagetool.LanguageToolDetector;
import org.relecture.scoring.ScoredDocument;
import org.relecture.scoring.Scorer;
import org.relecture.text.Document;

/**
 * One thread's checker: what a server worker, a daemon's request thread or a Spark executor
 * thread holds and reuses (LanguageTool is not thread-safe, and costly to start). Not
 * thread-safe. Closing it hands its checker back to the {@link Relecture} it came from, for the
 * next worker.
 */
public final class Worker implements AutoCloseable {
    private final Checker checker;
    private final Scorer scorer;
    private final Checkers home;
    private boolean closed;

    Worker(Checker checker, Scorer scorer, Checkers home) {
        this.checker = checker;
        this.scorer = scorer;
        this.home = home;
    }

    /** Checks and scores the document; a rule that fails makes an internal failure that keeps its exception. */
    public ScoredDocument check(Document document) {
        return ScoredDocument.of(result(document), scorer);
    }

    /** The document's findings, or the failure of a rule with its exception. */
    public DocumentResult result(Document document) {
        return checker.result(document);
    }

    /**
     * The findings of the active rules that {@code narrower} also accepts, as a setting with that
     * narrower selection would give them (a server narrows per request).
     */
    public List<Finding> findings(Document document, Predicate<RuleInfo> narrower) throws Exception {
        return checker.check(document, narrower);
    }

    /** Every rule this worker knows, active or not, with the project's severities. */
    public List<RuleInfo> rules() {
        return checker.rules();
    }

    /**
     * LanguageTool's own description of its rules (category, issue type), for answering in
     * LanguageTool's format; empty when the selection leaves LanguageTool out.
     */
    public List<org.languagetool.rules.Rule> languageToolRules() {
        return checker.detectors().stream()
                .filter(LanguageToolDetector.class::isInstance)
                .flatMap(d -> ((LanguageToolDetector) d).languageToolRules().stream())
                .toList();
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            home.giveBack(checker);
        }
    }
}
