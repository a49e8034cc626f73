package org.relecture.rules.languagetool;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.Tag;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.markup.AnnotatedTextBuilder;
import org.languagetool.rules.CorrectExample;
import org.languagetool.rules.IncorrectExample;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
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
import org.relecture.rules.files.LanguageToolTuning;
import org.relecture.rules.files.PatternRuleFile;
import org.relecture.rules.files.RuleLibrary;
import org.relecture.rules.spacing.SentenceJoins;
import org.relecture.text.Document;
import org.relecture.text.Markup;

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
        this.joins = SentenceJoins.of(library);
        for (Rule rule : languageTool.getAllRules()) {
            RuleInfo info = infos.get(rule.getId());
            if (info == null || !options.active(info)) {
                languageTool.disableRule(rule.getId());
            }
        }
    }

    private Map<String, RuleInfo> describeAll(LanguageToolTuning tuning, Map<String, PatternRuleFile> fileOf) {
        Map<String, RuleInfo> out = new LinkedHashMap<>();
        for (Rule rule : languageTool.getAllRules()) {
            String id = rule.getId();
            if (out.containsKey(id) || rule.isDefaultOff() || rule.isDefaultTempOff()
                    || tuning.disabled().containsKey(id)) {
                continue;
            }
            PatternRuleFile file = fileOf.get(id);
            Category category = tuning.recategorized().getOrDefault(id, LanguageToolMapping.category(rule));
            Severity severity = file == null ? null : file.severity(id).orElse(null);
            Level ruleLevel = rule.hasTag(Tag.picky) || tuning.picky().containsKey(id) ? Level.PICKY : Level.DEFAULT;
            RuleInfo info = new RuleInfo(id, category, severity != null ? severity : LanguageToolMapping.severity(category),
                    file == null ? SOURCE : RuleSource.of(file.path()), ruleLevel, rule.getDescription(),
                    file == null ? List.of() : examplesOf(languageTool.getAllRules(), id));
            out.put(id, file != null && file.safeFix(id) ? info.withSafeFix() : info);
        }
        return out;
    }

    /** The examples of every rule (sub-rules of a group included) with this id. */
    private static List<RuleExample> examplesOf(List<Rule> rules, String id) {
        List<RuleExample> examples = new ArrayList<>();
        for (Rule rule : rules) {
            if (!rule.getId().equals(id)) {
                continue;
            }
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
        AnnotatedText text = annotated(document);
        List<RuleMatch> matches;
        try {
            matches = languageTool.check(text, true, JLanguageTool.ParagraphHandling.NORMAL,
                    null, JLanguageTool.Mode.ALL, level);
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
        List<Finding> findings = new ArrayList<>(matches.size());
        for (RuleMatch match : matches) {
            findings.add(toFinding(match));
        }
        return findings;
    }

    /**
     * Markup is given to LanguageTool as markup, so it is skipped and offsets stay the file's.
     * A sentence glued to the previous one ({@code outils.Le}) is read with the missing space, as
     * markup that reads as {@code ". "}: LanguageTool would otherwise see one token
     * {@code outils.Le} and miss the errors on either side (relecture reports the space itself).
     */
    AnnotatedText annotated(Document document) {
        AnnotatedTextBuilder builder = new AnnotatedTextBuilder();
        String text = document.text();
        int from = 0;
        for (Markup m : readingAids(document)) {
            builder.addText(text.substring(from, m.start()));
            builder.addMarkup(text.substring(m.start(), m.end()), m.readAs());
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

    private Finding toFinding(RuleMatch match) {
        Rule rule = match.getRule();
        RuleInfo info = infos.get(rule.getId());
        Category category = info != null ? info.category() : LanguageToolMapping.category(rule);
        Severity severity = info != null ? info.severity() : LanguageToolMapping.severity(category);
        String source = info != null ? info.source() : SOURCE;
        // Computed only if read: reconciliation drops many spelling findings without reading them.
        LazySuggestions lazy = LazySuggestions.of(() -> {
            List<String> all = match.getSuggestedReplacements();
            return all.subList(0, Math.min(MAX_SUGGESTIONS, all.size()));
        });
        List<String> suggestions = eager ? List.copyOf(lazy) : lazy;
        return new Finding(rule.getId(), category, severity,
                match.getFromPos(), match.getToPos(), plainMessage(match.getMessage()), suggestions, source);
    }

    /** LanguageTool marks suggestions inside messages with tags; readers want French quotes. */
    static String plainMessage(String message) {
        return message.replace("<suggestion>", "« ").replace("</suggestion>", " »")
                .replaceAll("\\s+", " ").trim();
    }
}
