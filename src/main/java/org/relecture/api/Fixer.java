package org.relecture.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.relecture.check.DocumentResult;
import org.relecture.findings.Finding;
import org.relecture.fix.Edit;
import org.relecture.fix.FixFile;
import org.relecture.fix.FixOutcome;
import org.relecture.fix.FixPlan;
import org.relecture.rules.RuleInfo;
import org.relecture.rules.RuleSelection;
import org.relecture.scoring.ScoredDocument;
import org.relecture.text.Document;
import org.relecture.text.Input;
import org.relecture.text.InputException;

/**
 * {@code relecture fix} on one document: check it, apply the first suggestion of every finding
 * whose rule declares it safe (and that does not ask for review), from the end of the text, then
 * check again. The re-check, never offsets shifted by hand, says where what is left now is, and
 * whether a fix revealed or left another: passes go on until none is left, at most
 * {@value #MAX_PASSES}. Between passes only the rules that can bear on a safe fix run (every rule
 * but LanguageTool's unsafe ones, whose findings never remove another's); the last check is a full
 * one, for the score and the findings left to a human.
 */
public final class Fixer {
    static final int MAX_PASSES = 8;

    private final Relecture relecture;
    private final Map<String, RuleInfo> rules = new HashMap<>();
    private final RuleSelection only;

    /** @param only the rules and categories whose safe fixes to apply; empty: all of them */
    Fixer(Relecture relecture, RuleSelection only) {
        this.relecture = relecture;
        this.only = only;
        relecture.rules().forEach(r -> rules.put(r.id(), r));
    }

    /** Whether {@code relecture fix} may apply this finding's first suggestion. */
    public boolean fixable(Finding finding) {
        RuleInfo rule = rules.get(finding.rule());
        return rule != null && rule.safeFix() && only.accepts(rule) && !finding.needsReview()
                && !finding.suggestions().isEmpty();
    }

    /**
     * The rules a pass between two full checks runs: the safe ones, and every rule not run by
     * LanguageTool (its own and those of XML rule files), whose findings can remove another's
     * (debris) while LanguageTool's never do.
     */
    private static Predicate<RuleInfo> bearingOnSafeFixes(Worker worker) {
        Set<String> languageTool = new HashSet<>();
        worker.languageToolRules().forEach(r -> languageTool.add(r.getId()));
        return rule -> rule.safeFix() || !languageTool.contains(rule.id());
    }

    /** Fixes the text of {@code document} on a worker of its own; writes nothing. */
    public FixOutcome fix(Document document) {
        try (Worker worker = relecture.newWorker()) {
            return fix(worker, document, rule -> true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FixOutcome.unchecked(failed(document, e));
        }
    }

    /**
     * Fixes the text of {@code document} on the caller's worker (a server's), with the rules of
     * its setting that {@code narrower} also accepts (a request's selection); writes nothing.
     *
     * @throws InterruptedException when the thread is interrupted: the fix is cancelled, as a check is
     */
    public FixOutcome fix(Worker worker, Document document, Predicate<RuleInfo> narrower) throws InterruptedException {
        ScoredDocument before = check(worker, document, narrower);
        if (!before.ok()) {
            return FixOutcome.unchecked(before);
        }
        List<Edit> applied = new ArrayList<>();
        List<Finding> conflicts = new ArrayList<>();
        Document current = document;
        FixPlan plan = FixPlan.of(document.text(), before.findings(), this::fixable);
        int passes = 0;
        Predicate<RuleInfo> between = plan.isEmpty() ? null : narrower.and(bearingOnSafeFixes(worker));
        while (!plan.isEmpty() && passes < MAX_PASSES) {
            passes++;
            applied.addAll(plan.edits());
            conflicts.addAll(plan.conflicts());
            current = relecture.document(document.path(), plan.apply(current.text()));
            try {
                List<Finding> findings = worker.findings(current, between);
                plan = FixPlan.of(current.text(), findings, this::fixable);
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                return new FixOutcome(before, failed(document, e), null, List.of(), List.of(), 0, false);
            }
        }
        ScoredDocument after = passes == 0 ? before : check(worker, current, narrower);
        boolean settled = after.ok() && FixPlan.of(current.text(), after.findings(), this::fixable).isEmpty();
        return new FixOutcome(before, after, current.text(), applied, conflicts, passes, settled);
    }

    /** A full check with the selection, scored; a rule that fails makes an internal failure. */
    private ScoredDocument check(Worker worker, Document document, Predicate<RuleInfo> narrower)
            throws InterruptedException {
        try {
            return relecture.score(document, worker.findings(document, narrower));
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            return failed(document, e);
        }
    }

    private static ScoredDocument failed(Document document, Exception e) {
        return new ScoredDocument(DocumentResult.failed(document.path(), DocumentResult.FailureKind.INTERNAL,
                "checking failed: " + e, e), null);
    }

    /**
     * Fixes one input: a file is read as {@link FixFile} and, with {@code write}, rewritten in
     * place (atomically, its encoding, byte-order mark and line endings kept, and only if it did
     * not change meanwhile); standard input is fixed but never written.
     */
    public FileFix fix(Input input, boolean write) {
        if (input instanceof Input.File file) {
            FixFile read;
            try {
                read = FixFile.read(file);
            } catch (InputException e) {
                return FileFix.unreadable(input.label(), e.getMessage());
            }
            FixOutcome outcome = fix(relecture.document(read.label(), read.text()));
            if (!write || !outcome.changed()) {
                return new FileFix(outcome, false, null);
            }
            try {
                read.write(outcome.fixedText());
                return new FileFix(outcome, true, null);
            } catch (IOException e) {
                String problem = e instanceof FixFile.ChangedSinceReadException ? e.getMessage()
                        : read.label() + ": cannot be written: " + e.getMessage();
                return new FileFix(outcome, false, problem);
            }
        }
        try {
            return new FileFix(fix(relecture.reader().read(input)), false, null);
        } catch (InputException e) {
            return FileFix.unreadable(input.label(), e.getMessage());
        }
    }
}
