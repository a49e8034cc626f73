package org.relecture.api;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.relecture.cache.DocumentKey;
import org.relecture.cache.ResultCache;
import org.relecture.cache.SettingFingerprint;
import org.relecture.check.Checker;
import org.relecture.check.DocumentCheck;
import org.relecture.check.DocumentResult;
import org.relecture.findings.Finding;
import org.relecture.rules.RuleInfo;
import org.relecture.rules.languagetool.LanguageToolDetector;
import org.relecture.scoring.ScoredDocument;
import org.relecture.scoring.Scorer;
import org.relecture.text.Document;
import org.relecture.text.Span;

/**
 * One thread's checker: what a server worker, a daemon's request thread or a Spark executor
 * thread holds and reuses (LanguageTool is not thread-safe, and costly to start). Not
 * thread-safe. A text the result cache knows under this setting is answered from it; the checker
 * is taken only when a text is not known, so a run over known texts never starts LanguageTool.
 * Closing the worker hands its checker back to the {@link Relecture} it came from, for the next
 * worker.
 */
public final class Worker implements AutoCloseable, DocumentCheck {
    private final Checkers home;
    private final Scorer scorer;
    private final ResultCache cache;
    private final SettingFingerprint setting;
    private Checker checker;
    private boolean closed;

    Worker(Checkers home, Scorer scorer, ResultCache cache, SettingFingerprint setting) {
        this.home = home;
        this.scorer = scorer;
        this.cache = cache;
        this.setting = setting;
    }

    /** Checks and scores the document; a rule that fails makes an internal failure that keeps its exception. */
    public ScoredDocument check(Document document) {
        return ScoredDocument.of(result(document), scorer);
    }

    /** The document's findings, or the failure of a rule with its exception (never cached). */
    @Override
    public DocumentResult result(Document document) {
        if (!cache.enabled()) {
            return checker().result(document);
        }
        DocumentKey key = DocumentKey.of(document); // a digest of the whole text: made once per document
        Optional<List<Finding>> known = cache.findings(setting.digest(), key);
        if (known.isPresent()) {
            return DocumentResult.checked(document, known.get());
        }
        DocumentResult result = checker().result(document);
        if (result.ok()) {
            cache.put(setting.digest(), key, result.findings());
        }
        return result;
    }

    @Override
    public Optional<List<Finding>> known(Document document) {
        return cache.enabled() ? cache.findings(setting.digest(), DocumentKey.of(document)) : Optional.empty();
    }

    @Override
    public void remember(Document document, List<Finding> findings) {
        if (cache.enabled()) {
            cache.put(setting.digest(), DocumentKey.of(document), findings);
        }
    }

    /**
     * The findings of the active rules that {@code narrower} also accepts, as a setting with that
     * narrower selection would give them (a server narrows per request). Cached under the setting
     * and the rules the narrowing leaves.
     */
    public List<Finding> findings(Document document, Predicate<RuleInfo> narrower) throws Exception {
        if (!cache.enabled()) {
            return checker().check(document, narrower);
        }
        String narrowed = setting.with("narrowed-to", String.join(",", new TreeSet<>(checker().selected(narrower))))
                .digest();
        DocumentKey key = DocumentKey.of(document);
        Optional<List<Finding>> known = cache.findings(narrowed, key);
        if (known.isPresent()) {
            return known.get();
        }
        List<Finding> findings = checker().check(document, narrower);
        cache.put(narrowed, key, findings);
        return findings;
    }

    /**
     * As {@link #findings(Document, Predicate)}, past the result cache, which is neither read nor
     * filled: for a server's warm-up, whose texts must be checked at every start to warm the code.
     */
    public List<Finding> findingsPastTheCache(Document document, Predicate<RuleInfo> narrower) throws Exception {
        return checker().check(document, narrower);
    }

    /**
     * Checks a sample with every rule, past the cache, so that LanguageTool's lazily built parts
     * (dictionaries, caches) exist before the first real check.
     */
    public void warmUp(Document sample) throws Exception {
        checker().check(sample);
    }

    /** Every rule this worker knows, active or not, with the project's severities. */
    public List<RuleInfo> rules() {
        return checker().rules();
    }

    /**
     * LanguageTool's own description of its rules (category, issue type), for answering in
     * LanguageTool's format; empty when the selection leaves LanguageTool out.
     */
    public List<org.languagetool.rules.Rule> languageToolRules() {
        return checker().detectors().stream()
                .filter(LanguageToolDetector.class::isInstance)
                .flatMap(d -> ((LanguageToolDetector) d).languageToolRules().stream())
                .toList();
    }

    @Override
    public Checker.Whole whole(Document document) throws Exception {
        return checker().whole(document);
    }

    @Override
    public List<Finding> across(Document document, Future<Checker.Whole> whole) throws Exception {
        return checker().across(document, whole);
    }

    @Override
    public List<Finding> piece(Document document, Span piece, Future<Checker.Whole> whole) throws Exception {
        return checker().piece(document, piece, whole);
    }

    /** The checker of this worker, borrowed when first needed. */
    private Checker checker() {
        if (closed) {
            throw new IllegalStateException("this worker is closed");
        }
        if (checker == null) {
            checker = home.borrow();
        }
        return checker;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            if (checker != null) {
                home.giveBack(checker);
            }
        }
    }
}
