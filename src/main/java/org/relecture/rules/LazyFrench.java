package org.relecture.rules;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.language.French;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.rules.CleanOverlappingFilter;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * LanguageTool's French, except that its last two filters of matches no longer compute every
 * match's suggestions. LanguageTool computes spelling suggestions lazily (about 30 ms an unknown
 * word), but then reads them all twice over:
 * <ul>
 *   <li>{@link French#filterRuleMatches} reads the suggestions of every match, yet only changes
 *       those of its remote AI rules ({@value #AI_RULES}..., which never run offline) and, when
 *       the user enabled {@value #TYPOGRAPHIC_APOSTROPHE}, the apostrophes of suggestions.
 *       Without either, it returns the matches as they were, each with its original text noted,
 *       and that is what this filter does, without reading a suggestion;</li>
 *   <li>{@link CleanOverlappingFilter}, which LanguageTool runs right after it, compares the
 *       suggestions of each match with those of the previous one, though they only matter when
 *       the two overlap or touch. Here it runs on each run of matches that overlap or touch
 *       (a match alone is kept as it is, as the filter would keep it), which gives the same
 *       matches: so a JLanguageTool of this language must have its own cleaning switched off
 *       ({@code setCleanOverlappingMatches(false)}), as relecture's LanguageTool detector does.</li>
 * </ul>
 * relecture then computes suggestions only for the findings it keeps; {@code
 * LazySuggestionsGoldenTest} checks that reports stay byte for byte the same.
 *
 * <p>Its spelling rule is LanguageTool's registered French's: LanguageTool keeps one spelling rule
 * per language class, and its own French filters ({@code FindSuggestionsFilter}) ask the
 * registered French for it, so a rule of this class's own would build the same word lists a
 * second time at each start (over a second of CPU).
 */
final class LazyFrench extends French {
    static final String AI_RULES = "AI_FR_GGEC";
    static final String TYPOGRAPHIC_APOSTROPHE = "APOS_TYP";

    LazyFrench() {
        // LanguageTool allows one French per JVM (its own, in its registry) but leaves this
        // constructor to its regional variants, which are French too.
        super(true);
    }

    /**
     * Parses LanguageTool's French pattern rules now, once per JVM (LanguageTool keeps them in the
     * language), rather than in a JLanguageTool's constructor: that constructor first waits for the
     * spelling rule, which another thread may be building meanwhile (LanguageToolPreload).
     */
    void loadPatternRules() throws IOException {
        getPatternRules();
    }

    @Override
    public SpellingCheckRule getDefaultSpellingRule() {
        return Registered.FRENCH.getDefaultSpellingRule();
    }

    /**
     * The registered French's spelling rule, built (if it is not yet) with the word tokenizer
     * answering from the memo first.
     */
    static SpellingCheckRule spellingRule(TokenMemo memo) {
        Registered.TOKENIZER.use(memo);
        try {
            return Registered.FRENCH.getDefaultSpellingRule();
        } finally {
            Registered.TOKENIZER.use(null);
        }
    }

    /** LanguageTool's registered French, built on first use. */
    private static final class Registered {
        static final Language FRENCH = Languages.getLanguageForShortCode("fr");
        /** The spelling rule tokenizes its word lists with the language's tokenizer. */
        static final SingleWordTokenizer TOKENIZER = new SingleWordTokenizer(FRENCH.getWordTokenizer());

        static {
            FRENCH.setWordTokenizer(TOKENIZER);
        }
    }

    @Override
    public List<RuleMatch> filterRuleMatches(List<RuleMatch> matches, AnnotatedText text, Set<String> enabledRules) {
        return withoutOverlaps(frenchFilter(matches, text, enabledRules));
    }

    private List<RuleMatch> frenchFilter(List<RuleMatch> matches, AnnotatedText text, Set<String> enabledRules) {
        if (enabledRules != null && enabledRules.contains(TYPOGRAPHIC_APOSTROPHE)
                || matches.stream().anyMatch(m -> m.getRule().getId().startsWith(AI_RULES))) {
            return super.filterRuleMatches(matches, text, enabledRules);
        }
        for (RuleMatch match : matches) {
            match.setOriginalErrorStr();
        }
        return matches;
    }

    /**
     * LanguageTool's cleaning of overlapping matches (matches in document order), run on each
     * group of matches that overlap or touch: the filter compares a match only with the one kept
     * before it, and only one that overlaps or touches it can be dropped or dropped for.
     */
    private List<RuleMatch> withoutOverlaps(List<RuleMatch> matches) {
        List<List<RuleMatch>> groups = new ArrayList<>();
        List<RuleMatch> group = null;
        int groupEnd = Integer.MIN_VALUE;
        for (RuleMatch match : matches) {
            if (group == null || match.getFromPos() > groupEnd + 1) {
                group = new ArrayList<>();
                groups.add(group);
            }
            group.add(match);
            groupEnd = group.size() == 1 ? match.getToPos() : Math.max(groupEnd, match.getToPos());
        }
        // The filter reads the suggestions of the matches of each group of several, in this order.
        SuggestionPrefetch.reading(groups.stream().filter(g -> g.size() > 1).flatMap(List::stream).toList());
        CleanOverlappingFilter filter = new CleanOverlappingFilter(this, false);
        List<RuleMatch> kept = new ArrayList<>(matches.size());
        for (List<RuleMatch> g : groups) {
            kept.addAll(g.size() == 1 ? g : filter.filter(g));
        }
        return kept;
    }
}
