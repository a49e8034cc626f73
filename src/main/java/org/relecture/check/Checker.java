package org.relecture.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.relecture.findings.Finding;
import org.relecture.rules.CheckOptions;
import org.relecture.rules.Detector;
import org.relecture.rules.NameLists;
import org.relecture.rules.RuleInfo;
import org.relecture.rules.RuleLoadException;
import org.relecture.rules.RuleSelection;
import org.relecture.rules.files.RuleLibrary;
import org.relecture.rules.languagetool.LanguageToolDetector;
import org.relecture.rules.technical.TechnicalText;
import org.relecture.text.Document;
import org.relecture.text.Paragraphs;
import org.relecture.text.Span;

/**
 * All detectors of one worker, run over one document: relecture's own (built-in and from rule
 * files) and LanguageTool's. Their findings are then reconciled (see {@link FindingResolver}) and
 * come out in document order. Not thread-safe; create one per worker and reuse it. Interrupting
 * the thread that runs a check cancels it between detectors (and between sentences inside
 * LanguageTool) with an {@link InterruptedException}.
 */
public final class Checker implements DocumentCheck {
    private static final Comparator<Finding> DOCUMENT_ORDER = Comparator.comparingInt(Finding::start)
            .thenComparingInt(Finding::end)
            .thenComparing(Finding::rule);

    private final List<Detector> detectors;
    /** The detectors with at least one active rule. */
    private final List<Detector> running = new ArrayList<>();
    private final Set<String> active = new HashSet<>();
    private final CheckOptions options;
    private final FindingResolver resolver;

    /** Detectors of the caller's, reconciled without the name and technical lists of a rules folder. */
    public Checker(List<Detector> detectors, CheckOptions options) {
        this(detectors, options, new FindingResolver(options.names(), NameLists.NONE, TechnicalText.NONE));
    }

    private Checker(List<Detector> detectors, CheckOptions options, FindingResolver resolver) {
        this.detectors = List.copyOf(detectors);
        this.options = options;
        this.resolver = resolver;
        for (Detector detector : this.detectors) {
            boolean runs = false;
            for (RuleInfo rule : detector.rules()) {
                if (options.active(rule)) {
                    active.add(rule.id());
                    runs = true;
                }
            }
            if (runs) {
                running.add(detector);
            }
        }
    }

    public static Checker create(CheckOptions options, RuleLibrary library) throws RuleLoadException {
        return create(options, library, List.of());
    }

    /**
     * The built-in detectors, the rule files' and LanguageTool (unless the selection names only
     * relecture's own rules), then {@code more}.
     *
     * @param more detectors of the caller's, each built anew for this checker
     */
    public static Checker create(CheckOptions options, RuleLibrary library, List<Supplier<? extends Detector>> more)
            throws RuleLoadException {
        List<Detector> detectors = new ArrayList<>(BuiltinDetectors.create(library));
        detectors.addAll(library.yamlRules());
        more.forEach(d -> detectors.add(d.get()));
        if (needsLanguageTool(options.selection(), detectors)) {
            detectors.add(new LanguageToolDetector(options, library));
        }
        return new Checker(detectors, options, new FindingResolver(options.names(), library.nameLists(), new TechnicalText(library)));
    }

    /** LanguageTool costs a second of start-up; a selection of relecture's own rules skips it. */
    private static boolean needsLanguageTool(RuleSelection selection, List<Detector> own) {
        if (selection.enabledOnly().isEmpty()) {
            return true;
        }
        Set<String> ownIds = new HashSet<>();
        for (Detector detector : own) {
            detector.rules().forEach(r -> ownIds.add(r.id().toUpperCase(Locale.ROOT)));
        }
        return !ownIds.containsAll(selection.enabledOnly());
    }

    /** Every rule this checker knows, active or not, with the project's severities. */
    public List<RuleInfo> rules() {
        List<RuleInfo> all = new ArrayList<>();
        for (Detector detector : detectors) {
            detector.rules().forEach(r -> all.add(options.severities().apply(r)));
        }
        return all;
    }

    /** The detectors this checker was built with, in the order they run. */
    public List<Detector> detectors() {
        return detectors;
    }

    /**
     * The document's result: its findings, or, when a detector fails, an internal failure that
     * keeps the exception (a bug to report, with its trace).
     */
    @Override
    public DocumentResult result(Document document) {
        try {
            return DocumentResult.checked(document, check(document));
        } catch (Exception | StackOverflowError e) {
            return DocumentResult.failed(document.path(), DocumentResult.FailureKind.INTERNAL, "checking failed: " + e, e);
        }
    }

    public List<Finding> check(Document document) throws Exception {
        return check(document, rule -> true);
    }

    /**
     * Checks with only the active rules that {@code narrower} accepts. Rules are left out before
     * findings are reconciled, so the result is the one a checker created with the narrower
     * selection would give (a server narrows per request without building a checker each time).
     */
    public List<Finding> check(Document document, Predicate<RuleInfo> narrower) throws Exception {
        if (isBlank(document.text())) {
            // Spaces and line breaks alone say nothing: such a text is checked, and scored, as an
            // empty one (LanguageTool would report its repeated spaces, and the score of a text
            // without words and with a penalty is 0).
            stopIfCancelled();
            return List.of();
        }
        Set<String> selected = selected(narrower);
        List<Finding> all = new ArrayList<>();
        for (Detector detector : running) {
            stopIfCancelled();
            if (detector.rules().stream().noneMatch(rule -> selected.contains(rule.id()))) {
                continue;
            }
            for (Finding finding : detector.check(document)) {
                if (selected.contains(finding.rule())) {
                    all.add(finding);
                }
            }
        }
        stopIfCancelled();
        List<Finding> sorted = new ArrayList<>();
        for (Finding finding : resolver.resolve(document, all)) {
            // Suggestions are computed here, on the checking thread, for the findings kept only.
            sorted.add(options.severities().apply(finding).withComputedSuggestions());
        }
        sorted.sort(DOCUMENT_ORDER);
        return List.copyOf(sorted);
    }

    /**
     * What the pieces of one document checked piece by piece share: the findings of relecture's
     * own detectors on the whole document, kept and final, and the evidence all its findings are
     * decided on with.
     */
    public record Whole(List<Finding> findings, FindingResolver.Evidence evidence) {
    }

    /**
     * The first part of a check piece by piece, which gives the findings of {@link
     * #check(Document)} as the union of this, of {@link #across} and of {@link #piece} on each
     * piece: every detector but LanguageTool over the whole document (names, consistency, debris
     * blocks and the rest are document-level evidence). LanguageTool is left to the other parts,
     * which need only this part's evidence, so that they do not wait for its whole-document pass.
     */
    @Override
    public Whole whole(Document document) throws Exception {
        Set<String> selected = selected(rule -> true);
        List<Finding> own = new ArrayList<>();
        for (Detector detector : running) {
            stopIfCancelled();
            if (!(detector instanceof LanguageToolDetector)) {
                own.addAll(selectedOnly(detector.check(document), selected));
            }
        }
        FindingResolver.Evidence evidence = resolver.evidence(document, own);
        return new Whole(kept(own, evidence), evidence);
    }

    /**
     * LanguageTool's findings of its rules that read past a paragraph, over the whole document.
     * The check runs before {@code whole} is waited for: only deciding on its findings needs the
     * evidence, and their suggestions are computed here, on the thread whose LanguageTool made
     * them, before its next check.
     */
    @Override
    public List<Finding> across(Document document, Future<Whole> whole) throws Exception {
        Set<String> selected = selected(rule -> true);
        List<Finding> found = new ArrayList<>();
        for (LanguageToolDetector languageTool : languageTool()) {
            stopIfCancelled();
            found.addAll(selectedOnly(languageTool.checkAcross(document), selected));
        }
        return kept(found, whole.get().evidence());
    }

    /**
     * LanguageTool's findings on one piece of a document cut at paragraph boundaries ({@link
     * Paragraphs}), but for its rules that read past a paragraph; offsets in the whole document.
     * As in {@link #across}, the check runs before {@code whole} is waited for, and the suggestions
     * are computed on the thread whose LanguageTool made them.
     */
    @Override
    public List<Finding> piece(Document document, Span piece, Future<Whole> whole) throws Exception {
        Set<String> selected = selected(rule -> true);
        List<Finding> found = new ArrayList<>();
        Document text = Paragraphs.piece(document, piece);
        for (LanguageToolDetector languageTool : languageTool()) {
            stopIfCancelled();
            for (Finding finding : selectedOnly(languageTool.checkPiece(text), selected)) {
                found.add(finding.shifted(piece.start()));
            }
        }
        return kept(found, whole.get().evidence());
    }

    /**
     * The findings of a document checked piece by piece, as {@link #check(Document)} gives them:
     * those of {@link #whole}, then those of {@link #across} and of each {@link #piece}.
     */
    public static List<Finding> assembled(Whole whole, List<List<Finding>> pieces) {
        List<Finding> all = new ArrayList<>(whole.findings());
        pieces.forEach(all::addAll);
        all.sort(DOCUMENT_ORDER);
        return List.copyOf(all);
    }

    private List<LanguageToolDetector> languageTool() {
        return running.stream().filter(LanguageToolDetector.class::isInstance).map(LanguageToolDetector.class::cast).toList();
    }

    private static List<Finding> selectedOnly(List<Finding> findings, Set<String> selected) {
        return findings.stream().filter(f -> selected.contains(f.rule())).toList();
    }

    /** The findings reconciliation keeps, with the project's severities and their suggestions computed. */
    private List<Finding> kept(List<Finding> findings, FindingResolver.Evidence evidence) {
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : findings) {
            if (resolver.keeps(evidence, finding)) {
                kept.add(options.severities().apply(finding).withComputedSuggestions());
            }
        }
        return kept;
    }

    /** Only white space, no-break spaces included. */
    private static boolean isBlank(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    /**
     * The ids of the active rules that {@code narrower} accepts: what {@link #check(Document,
     * Predicate)} runs, and so, with the setting, all that decides its findings.
     */
    public Set<String> selected(Predicate<RuleInfo> narrower) {
        Set<String> selected = new HashSet<>();
        for (Detector detector : running) {
            for (RuleInfo rule : detector.rules()) {
                if (active.contains(rule.id()) && narrower.test(rule)) {
                    selected.add(rule.id());
                }
            }
        }
        return selected;
    }

    /**
     * A check is cancelled by interrupting the thread that runs it (a server whose time limit
     * passed): the detectors that have not run yet are skipped, and no partial result comes out.
     */
    private static void stopIfCancelled() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("check cancelled");
        }
    }
}
