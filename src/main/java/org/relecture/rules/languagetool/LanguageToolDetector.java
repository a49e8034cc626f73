package org.relecture.rules.languagetool;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.Tag;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.markup.AnnotatedTextBuilder;
import org.languagetool.rules.CorrectExample;
import org.languagetool.rules.IncorrectExample;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.TextLevelRule;
import org.languagetool.rules.patterns.AbstractPatternRule;
import org.languagetool.rules.patterns.PatternRuleLoader;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.findings.LazySuggestions;
import org.relecture.findings.Severity;
import org.relecture.rules.CheckOptions;
import org.relecture.rules.Detector;
import org.relecture.rules.FrenchLexicon;
import org.relecture.rules.Level;
import org.relecture.rules.RuleExample;
import org.relecture.rules.RuleInfo;
import org.relecture.rules.RuleLoadException;
import org.relecture.rules.RuleSource;
import org.relecture.rules.SuggestionPrefetch;
import org.relecture.rules.files.LanguageToolTuning;
import org.relecture.rules.files.PatternRuleFile;
import org.relecture.rules.files.RuleLibrary;
import org.relecture.rules.spacing.SentenceJoins;
import org.relecture.text.Document;
import org.relecture.text.Markup;
import org.relecture.text.Span;

/**
 * LanguageTool's French checker as a detector, with the pattern-rule files of the rules folders
 * loaded into it and the tuning of {@code languagetool.yaml} applied. One instance per worker:
 * JLanguageTool is not thread-safe. The suggestions of its findings are {@link LazySuggestions}
 * computed by LanguageTool when first read, so they must be read on the thread that checked, before
 * its next check ({@link org.relecture.check.Checker} does so for the findings it keeps).
 */
public final class LanguageToolDetector implements Detector {
    public static final String SOURCE = "languagetool";
    /** Spelling rules propose dozens of words; beyond a few they only lengthen reports. */
    private static final int MAX_SUGGESTIONS = 5;
    /** The attribute that names the entry of a compound or replace rule a finding comes from. */
    public static final String SUB_RULE = "subRule";

    /**
     * System property: {@code true} checks with LanguageTool's own French and every suggestion
     * computed at once, as before suggestions were computed lazily (for {@code
     * EagerSuggestionsTest}, which compares the two, and as a way back should a new LanguageTool
     * break the lazy path); read when a detector is built.
     */
    public static final String EAGER_SUGGESTIONS = "relecture.eagerSuggestions";

    private final JLanguageTool languageTool;
    private final boolean eager;
    private final JLanguageTool.Level level;
    private final Map<String, RuleInfo> infos;
    private final SentenceJoins joins;
    private final SubRules subRules;
    /** Rules LanguageTool has off by default that the tuning turns on at the picky level. */
    private final Set<String> offInLanguageTool = new HashSet<>();
    private final LanguageToolFalseAlarms falseAlarms;
    private final CheckOptions options;
    /**
     * The active rules that read past a paragraph (LanguageTool's text-level rules that need
     * more than the paragraph they report in, such as UNPAIRED_BRACKETS, which pairs brackets
     * over the whole text): what {@link #checkAcross} runs and {@link #checkPiece} leaves out.
     */
    private final Set<String> across = new HashSet<>();

    public LanguageToolDetector(CheckOptions options, RuleLibrary library) throws RuleLoadException {
        LanguageToolPreload.start();
        LanguageToolPreload.loadAnalysis(FrenchLexicon.french());
        this.eager = Boolean.getBoolean(EAGER_SUGGESTIONS);
        this.languageTool = new JLanguageTool(eager ? Languages.getLanguageForShortCode("fr") : FrenchLexicon.french());
        // LanguageTool asks between sentences (and between rules of its text-level pass) whether
        // to go on; a check is cancelled by interrupting the thread that runs it.
        languageTool.setCheckCancelledCallback(() -> Thread.currentThread().isInterrupted());
        // FrenchLexicon's French cleans overlapping matches itself, without computing the
        // suggestions of those that overlap nothing.
        languageTool.setCleanOverlappingMatches(eager);
        this.level = options.level() == Level.PICKY ? JLanguageTool.Level.PICKY : JLanguageTool.Level.DEFAULT;
        Map<String, PatternRuleFile> fileOf = new HashMap<>();
        for (PatternRuleFile file : library.patternFiles()) {
            List<AbstractPatternRule> rules;
            try {
                rules = new PatternRuleLoader().getRules(file.open(), file.path().toString(), FrenchLexicon.french());
            } catch (IOException | RuntimeException e) {
                throw new RuleLoadException(file.path(), "LanguageTool cannot load these rules: " + e.getMessage(), e);
            }
            for (AbstractPatternRule rule : rules) {
                languageTool.addRule(rule);
                fileOf.put(rule.getId(), file);
            }
        }
        this.infos = describeAll(library.tuning(), fileOf);
        this.subRules = new SubRules(infos.keySet(), library.tuning());
        this.options = options;
        this.joins = SentenceJoins.of(library);
        this.falseAlarms = LanguageToolFalseAlarms.of(library);
        for (Rule rule : languageTool.getAllRules()) {
            RuleInfo info = infos.get(rule.getId());
            if (info == null || !options.active(info)) {
                languageTool.disableRule(rule.getId());
            } else if (offInLanguageTool.contains(rule.getId())) {
                // Only rules off as a whole: enabling a group's id would also wake the sub-rules
                // LanguageTool keeps off, whose matches then hide others where they overlap.
                languageTool.enableRule(rule.getId());
            }
        }
        for (Rule rule : languageTool.getAllActiveRules()) {
            if (rule instanceof TextLevelRule textLevel && textLevel.minToCheckParagraph() != 0) {
                across.add(rule.getId());
            }
        }
    }

    /**
     * One description per rule id. The sub-rules of a pattern rule group share the group's id and
     * may differ in level: the group is listed, and runs, when any of its sub-rules is on by
     * default, at the lowest level one of them has; LanguageTool itself then keeps each picky
     * sub-rule for the picky level.
     */
    private Map<String, RuleInfo> describeAll(LanguageToolTuning tuning, Map<String, PatternRuleFile> fileOf) {
        Map<String, List<Rule>> groups = new LinkedHashMap<>();
        for (Rule rule : languageTool.getAllRules()) {
            groups.computeIfAbsent(rule.getId(), k -> new ArrayList<>()).add(rule);
        }
        Map<String, RuleInfo> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<Rule>> group : groups.entrySet()) {
            String id = group.getKey();
            List<Rule> on = group.getValue().stream().filter(r -> !r.isDefaultOff() && !r.isDefaultTempOff()).toList();
            if (on.isEmpty() && tuning.picky().containsKey(id)) {
                on = group.getValue(); // off in LanguageTool, on at picky by relecture's tuning
                offInLanguageTool.add(id);
            }
            if (on.isEmpty() || tuning.disabled().containsKey(id)) {
                continue;
            }
            Rule rule = on.get(0);
            PatternRuleFile file = fileOf.get(id);
            Category category = tuning.recategorized().getOrDefault(id, LanguageToolMapping.category(rule));
            Severity severity = file == null ? null : file.severity(id).orElse(null);
            boolean picky = on.stream().allMatch(r -> r.hasTag(Tag.picky)) || tuning.picky().containsKey(id);
            RuleInfo info = new RuleInfo(id, category, severity != null ? severity : LanguageToolMapping.severity(category),
                    file == null ? SOURCE : RuleSource.of(file.path()), picky ? Level.PICKY : Level.DEFAULT,
                    rule.getDescription(), file == null ? List.of() : examplesOf(group.getValue()));
            out.put(id, file != null && file.safeFix(id) ? info.withSafeFix() : info);
        }
        return out;
    }

    /** The examples of a rule's sub-rules. */
    private static List<RuleExample> examplesOf(List<Rule> rules) {
        List<RuleExample> examples = new ArrayList<>();
        for (Rule rule : rules) {
            for (IncorrectExample example : rule.getIncorrectExamples()) {
                examples.add(RuleExample.wrong(example.getExample(), example.getCorrections()));
            }
            for (CorrectExample example : rule.getCorrectExamples()) {
                examples.add(RuleExample.correct(example.getExample()));
            }
        }
        return examples;
    }

    @Override
    public List<RuleInfo> rules() {
        return List.copyOf(infos.values());
    }

    /** LanguageTool's own view of its rules (category, issue type), for output in its format. */
    public List<Rule> languageToolRules() {
        return languageTool.getAllRules();
    }

    @Override
    public List<Finding> check(Document document) throws IOException, InterruptedException {
        return findings(document, JLanguageTool.Mode.ALL, match -> true);
    }

    /**
     * The findings of every rule but those that read past a paragraph, on a piece of a document
     * cut at paragraph boundaries (see {@link org.relecture.text.Paragraphs}), offsets in the piece:
     * a sentence's analysis and its rules see the sentence alone, and LanguageTool's other
     * text-level rules, the paragraph.
     */
    public List<Finding> checkPiece(Document piece) throws IOException, InterruptedException {
        if (across.isEmpty()) {
            return check(piece);
        }
        // Switched off for the piece rather than their matches dropped after it: LanguageTool
        // removes matches that overlap another before any filter of ours, so a match of theirs
        // on the piece could hide a match the whole document has. This JLanguageTool belongs to
        // the calling thread, and the rules are back on when the piece is done, however it ends.
        languageTool.disableRules(List.copyOf(across));
        try {
            return check(piece);
        } finally {
            across.forEach(languageTool::enableRule);
        }
    }

    /**
     * The findings of the rules that read past a paragraph, over the whole document: only
     * LanguageTool's text-level pass runs (its analysis of the sentences, without their rules).
     */
    public List<Finding> checkAcross(Document document) throws IOException, InterruptedException {
        if (across.isEmpty()) {
            return List.of();
        }
        return findings(document, JLanguageTool.Mode.TEXTLEVEL_ONLY, match -> across.contains(match.getRule().getId()));
    }

    private List<Finding> findings(Document document, JLanguageTool.Mode mode, Predicate<RuleMatch> wanted)
            throws IOException, InterruptedException {
        List<RuleMatch> matches;
        try {
            matches = matches(annotated(document, true), mode);
        } catch (RuntimeException e) {
            // LanguageTool cannot place a match lying wholly in what markup is read as (its
            // RuleMatch refuses the empty span it maps back to; CheckRequestFuzzTest found it):
            // the markup is read as nothing instead.
            matches = matches(annotated(document, false), mode);
        }
        List<Finding> findings = new ArrayList<>(matches.size());
        for (RuleMatch match : matches) {
            Optional<String> owner = subRules.owner(match.getRule());
            if (wanted.test(match) && owner.isPresent() && subRules.reports(match.getRule(), options)
                    && !falseAlarms.isFalseAlarm(match, document.text())) {
                findings.add(toFinding(match, infos.get(owner.get()), placed(match, document.text().length())));
            }
        }
        return findings;
    }

    private List<RuleMatch> matches(AnnotatedText text, JLanguageTool.Mode mode) throws IOException, InterruptedException {
        List<RuleMatch> matches;
        try {
            // A server check alone on the machine has its spelling suggestions computed ahead
            // on a spare core, from the matches as LanguageTool finds them (SuggestionPrefetch).
            matches = languageTool.check(text, true, JLanguageTool.ParagraphHandling.NORMAL,
                    SuggestionPrefetch.listener(), mode, level);
        } catch (RuntimeException e) {
            // Inside a sentence, LanguageTool's regular expressions answer an interrupt this way.
            if (e.getCause() instanceof InterruptedException && Thread.interrupted()) {
                throw new InterruptedException("check cancelled");
            }
            throw e;
        }
        if (Thread.interrupted()) {
            // LanguageTool stopped early and returns what it found so far: not a result.
            throw new InterruptedException("check cancelled");
        }
        return matches;
    }

    /**
     * Markup is given to LanguageTool as markup, so it is skipped and offsets stay the file's.
     * A sentence glued to the previous one ({@code outils.Le}) is read with the missing space, as
     * markup that reads as {@code ". "}: LanguageTool would otherwise see one token
     * {@code outils.Le} and miss the errors on either side (relecture reports the space itself).
     *
     * @param readAs false to read all markup as nothing, when LanguageTool failed on the text
     */
    AnnotatedText annotated(Document document, boolean readAs) {
        AnnotatedTextBuilder builder = new AnnotatedTextBuilder();
        String text = document.text();
        int from = 0;
        for (Markup m : readingAids(document)) {
            builder.addText(text.substring(from, m.start()));
            builder.addMarkup(text.substring(m.start(), m.end()), readAs ? m.readAs() : "");
            from = m.end();
        }
        return builder.addText(text.substring(from)).build();
    }

    /** The document's markup and the glued sentence ends, in order, without overlaps. */
    private List<Markup> readingAids(Document document) {
        List<Markup> aids = new ArrayList<>(document.markup());
        for (int insertAt : joins.insertionPoints(document.text())) {
            int at = insertAt - 1;
            if (at >= 0 && document.markup().stream().noneMatch(m -> m.start() <= at && at < m.end())) {
                String mark = document.text().substring(at, at + 1);
                aids.add(new Markup(at, at + 1, mark + " "));
            }
        }
        aids.sort(java.util.Comparator.comparingInt(Markup::start));
        return aids;
    }

    /**
     * The match as a finding of its registered rule; a match of one entry of a compound or
     * replace rule keeps the entry's id in the attribute {@value #SUB_RULE}.
     */
    private Finding toFinding(RuleMatch match, RuleInfo info, Span span) {
        // Computed only if read: reconciliation drops many spelling findings without reading them.
        LazySuggestions lazy = LazySuggestions.of(() -> {
            List<String> all = match.getSuggestedReplacements();
            return all.subList(0, Math.min(MAX_SUGGESTIONS, all.size()));
        });
        List<String> suggestions = eager ? List.copyOf(lazy) : lazy;
        String reported = match.getRule().getId();
        Map<String, String> attributes = reported.equals(info.id()) ? Map.of() : Map.of(SUB_RULE, reported);
        return new Finding(info.id(), info.category(), info.severity(),
                span.start(), span.end(), plainMessage(match.getMessage()),
                suggestions, info.source(), attributes);
    }

    /**
     * Where a match lies in a text of this length: one that begins in what markup reads as (an
     * empty tag read as a space, at the very start) comes back from LanguageTool at offset -1.
     */
    static Span placed(RuleMatch match, int length) {
        int start = Math.min(Math.max(0, match.getFromPos()), length);
        return new Span(start, Math.min(Math.max(start, match.getToPos()), length));
    }

    /** LanguageTool marks suggestions inside messages with tags; readers want French quotes. */
    static String plainMessage(String message) {
        return message.replace("<suggestion>", "« ").replace("</suggestion>", " »")
                .replaceAll("\\s+", " ").trim();
    }
}
