package org.relecture.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.relecture.baseline.Baseline;
import org.relecture.cache.ResultCache;
import org.relecture.cache.SettingFingerprint;
import org.relecture.check.Checker;
import org.relecture.check.CorpusNames;
import org.relecture.check.CorpusRunner;
import org.relecture.check.DocumentResult;
import org.relecture.check.NameCensus;
import org.relecture.config.ProjectConfig;
import org.relecture.findings.Finding;
import org.relecture.rules.CheckOptions;
import org.relecture.rules.Detector;
import org.relecture.rules.Level;
import org.relecture.rules.RuleInfo;
import org.relecture.rules.RuleSelection;
import org.relecture.rules.files.RuleLibrary;
import org.relecture.scoring.CorpusSummary;
import org.relecture.scoring.Gate;
import org.relecture.scoring.Ranking;
import org.relecture.scoring.ScoredDocument;
import org.relecture.scoring.Scorer;
import org.relecture.text.Document;
import org.relecture.text.Input;
import org.relecture.text.InputException;
import org.relecture.text.InputReader;

/**
 * relecture as a library: what the command line, the server, and any Java program call. Built
 * once from a user's options ({@link #builder()}), which reads and compiles the configuration,
 * every rule file and every data list before the first document, so that a broken one stops
 * everything at once. Then it checks a text or a {@link Document}, checks a corpus (streamed, in
 * input order, on {@link #workers()} threads, with memory bounded by the workers, not the corpus),
 * scores, ranks, and gates with a baseline.
 *
 * <p>Thread-safe. Checkers are built once and kept for the next call; a caller that runs its own
 * threads (a server, a Spark executor) gives each thread a {@link #newWorker()}.
 */
public final class Relecture {
    private final ProjectConfig config;
    private final CheckOptions options;
    private final RuleLibrary library;
    private final Scorer scorer;
    private final int workers;
    private final InputReader reader;
    private final List<Supplier<? extends Detector>> more;
    private final Checkers checkers;
    private final List<RuleInfo> rules;
    private final ResultCache cache;
    private final SettingFingerprint setting;

    /**
     * @param checkers where this setting's checkers wait between uses (new, or kept from an earlier build)
     * @param first    a checker already built (the one that proved the rules load), or null
     * @param cache    the result cache; a disabled one when findings may not be cached
     * @param setting  the fingerprint of what decides findings here
     */
    Relecture(ProjectConfig config, CheckOptions options, RuleLibrary library, List<Supplier<? extends Detector>> more,
              int workers, InputReader reader, Checkers checkers, Checker first, ResultCache cache,
              SettingFingerprint setting) {
        this.config = config;
        this.options = options;
        this.library = library;
        this.more = List.copyOf(more);
        this.scorer = config.scorer();
        this.workers = workers;
        this.reader = reader;
        this.checkers = checkers;
        this.rules = first == null ? null : first.rules();
        this.cache = cache;
        this.setting = setting;
        if (first != null) {
            checkers.giveBack(first);
        }
    }

    public static RelectureBuilder builder() {
        return new RelectureBuilder();
    }

    /** The project's configuration, as read. */
    public ProjectConfig config() {
        return config;
    }

    /** The effective level, selection, severities and names, the command line's over the file's. */
    public CheckOptions options() {
        return options;
    }

    public Scorer scorer() {
        return scorer;
    }

    /** Threads a corpus is checked on. */
    public int workers() {
        return workers;
    }

    /** The configuration's gate thresholds. */
    public Gate gate() {
        return config.gate();
    }

    /**
     * A fingerprint of everything that decides findings: relecture's and LanguageTool's versions,
     * the effective level, selection, severities and names, and every file of the rules folders.
     * Equal fingerprints give equal findings on equal text (a caller's own detectors aside: with
     * them, nothing is cached), so with a hash of the text it keys the result cache. The weights
     * and scoring settings are left out: scores are computed from findings.
     */
    public SettingFingerprint fingerprint() {
        return setting;
    }

    /**
     * Checkers built so far for texts, and the first one that proves the rules load (built when
     * the cache did not know the setting): none when the cache answered every text.
     */
    int checkersBuilt() {
        return checkers.built() + (rules != null ? 1 : 0);
    }

    /** Every rule known to this setting, active or not, with the project's severities. */
    public List<RuleInfo> rules() {
        if (rules != null) {
            return rules;
        }
        try (Worker worker = newWorker()) {
            return worker.rules();
        }
    }

    /**
     * The regular expressions of the rule files that may take exponential time, each as
     * {@code file:line: ID: 'expression' may take exponential time: why}; each rule's time budget
     * per document bounds the harm.
     */
    public List<String> riskyPatterns() {
        return library.riskyPatterns();
    }

    /** The rules that run: selected, and at an active level. */
    public List<RuleInfo> activeRules() {
        return rules().stream().filter(options::active).toList();
    }

    /**
     * The same configuration and rules at another level (a server answers picky requests so);
     * its checkers are built when first needed.
     */
    public Relecture atLevel(Level level) {
        if (level == options.level()) {
            return this;
        }
        CheckOptions other = new CheckOptions(level, options.selection(), options.severities(), options.names(),
                options.everyLevel());
        return new Relecture(config, other, library, more, workers, reader, new Checkers(other, library, more), null,
                cache, Fingerprints.of(other, library));
    }

    /**
     * A checker for one thread, built when a text the cache does not know first needs it; close
     * it to hand the checker back for later use.
     */
    public Worker newWorker() {
        return new Worker(checkers, scorer, cache, setting);
    }

    /** A text as relecture reads a file: a label ending in {@code .md} is read as Markdown. */
    public Document document(String label, String text) {
        return reader.document(label, text);
    }

    /** Reads inputs as {@link #document} reads a text. */
    InputReader reader() {
        return reader;
    }

    /**
     * What applies the safe fixes ({@code relecture fix}) of the rules and categories named in
     * {@code only} (all safe fixes when it is empty).
     *
     * @throws RelectureException when an entry names no rule and no category
     */
    public Fixer fixer(Collection<String> only) throws RelectureException {
        RuleSelection selection = new RuleSelection(Set.of(), Set.copyOf(only));
        Set<String> unknown = selection.unknown(rules());
        if (!unknown.isEmpty()) {
            throw new RelectureException("no rule or category is called " + String.join(", ", unknown));
        }
        return new Fixer(this, selection);
    }

    /** Checks and scores one document, on a checker kept from earlier calls when one is free. */
    public ScoredDocument check(Document document) {
        try (Worker worker = newWorker()) {
            return worker.check(document);
        }
    }

    /** Scores findings made elsewhere (by a {@link Worker} with a narrower selection). */
    public ScoredDocument score(Document document, List<Finding> findings) {
        return ScoredDocument.of(DocumentResult.checked(document, findings), scorer);
    }

    /**
     * Checks a corpus: each input, checked or not, reaches {@code sink} in input order, one at a
     * time on the calling thread, as soon as it and those before it are done.
     */
    public CorpusSummary check(List<Input> inputs, Consumer<ScoredDocument> sink) throws InterruptedException {
        return run(inputs, UnaryOperator.identity(), sink);
    }

    /**
     * Checks a corpus and ranks it, best first, each document with its {@code worst} costliest
     * findings; holds every document until the end.
     *
     * @param each every input, in input order, as it is done (for progress)
     */
    public RankedCorpus rank(List<Input> inputs, int worst, Consumer<ScoredDocument> each) throws InterruptedException {
        List<ScoredDocument> documents = new ArrayList<>();
        CorpusSummary summary = check(inputs, scored -> {
            documents.add(scored);
            each.accept(scored);
        });
        return new RankedCorpus(documents, Ranking.rank(documents, scorer, worst), summary);
    }

    /**
     * Checks a corpus against a gate: the findings {@code accepted} holds neither fail the gate
     * nor count in its scores.
     *
     * @param sink every input in input order, scored without its accepted findings, with why it fails
     */
    public GateVerdict gate(List<Input> inputs, Gate gate, Baseline accepted, Consumer<JudgedDocument> sink)
            throws InterruptedException {
        return GateRun.against(gate, accepted).run(this, inputs, sink);
    }

    /**
     * Checks a corpus and records every finding as accepted ({@link GateVerdict#recorded()}); the
     * corpus is judged as the new baseline will judge it.
     */
    public GateVerdict gateRecording(List<Input> inputs, Gate gate, Consumer<JudgedDocument> sink)
            throws InterruptedException {
        return GateRun.recording(gate).run(this, inputs, sink);
    }

    /**
     * The capitalised words of a corpus that the French dictionary does not know and the corpus
     * never writes in lower case, most frequent first: the candidates for {@code names:} (those
     * already there left out).
     */
    public UnknownNames unknownNames(List<Input> inputs) {
        NameCensus census = new NameCensus();
        List<DocumentResult> unread = new ArrayList<>();
        for (Input input : inputs) {
            try {
                census.add(reader.read(input));
            } catch (InputException e) {
                unread.add(DocumentResult.failed(input.label(), DocumentResult.FailureKind.INPUT, e.getMessage()));
            }
        }
        List<UnknownNames.Name> names = census.unknownWords().stream()
                .filter(c -> !options.names().contains(c.word()))
                .map(c -> new UnknownNames.Name(c.word(), c.occurrences(), c.documents())).toList();
        return new UnknownNames(names, census.documents(), unread);
    }

    /**
     * Before the documents are checked, their capitalised words are counted ({@link CorpusNames});
     * each result loses its spelling findings on the corpus's names before it is scored.
     *
     * @param before what to make of each result before it is scored; called in input order, one
     *               result at a time
     */
    CorpusSummary run(List<Input> inputs, UnaryOperator<DocumentResult> before, Consumer<ScoredDocument> sink)
            throws InterruptedException {
        CorpusSummary summary = new CorpusSummary(scorer.calibration());
        CorpusNames names = CorpusNames.of(inputs, reader);
        List<Worker> used = new ArrayList<>();
        CorpusRunner runner = new CorpusRunner(() -> {
            Worker worker = newWorker();
            synchronized (used) {
                used.add(worker);
            }
            return worker;
        }, reader, workers);
        try {
            runner.run(inputs, result -> {
                ScoredDocument scored = ScoredDocument.of(before.apply(names.apply(result)), scorer);
                summary.add(scored);
                sink.accept(scored);
            });
        } finally {
            // The runner's threads are gone; their checkers serve the next call.
            synchronized (used) {
                used.forEach(Worker::close);
            }
        }
        return summary;
    }
}
