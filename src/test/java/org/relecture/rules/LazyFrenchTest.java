package org.relecture.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.markup.AnnotatedTextBuilder;
import org.languagetool.rules.CleanOverlappingFilter;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.SuggestedReplacement;
import org.languagetool.rules.MultipleWhitespaceRule;

/** LanguageTool's last filters of matches, run by {@link LazyFrench} without needless suggestions. */
class LazyFrenchTest {
    private static final String TEXT = "Il a lu Grebnev hier et sa  lettre , puis il est parti.";

    private static final AnalyzedSentence SENTENCE = analyzed();

    private final AtomicInteger computed = new AtomicInteger();

    @Test
    void aMatchThatOverlapsNothingKeepsItsSuggestionsUncomputed() throws Exception {
        List<RuleMatch> kept = french().filterRuleMatches(matches(), new AnnotatedTextBuilder().addText(TEXT).build(), Set.of());
        assertEquals(4, kept.size());
        // Only the two matches that touch each other ("lettre" and " ,") were compared.
        assertEquals(2, computed.get());
    }

    @Test
    void keepsWhatLanguageToolsOwnCleaningKeeps() throws Exception {
        List<RuleMatch> lazy = french().filterRuleMatches(overlapping(), new AnnotatedTextBuilder().addText(TEXT).build(), Set.of());
        List<RuleMatch> own = new CleanOverlappingFilter(french(), false).filter(overlapping());
        assertEquals(describe(own), describe(lazy));
        assertEquals(2, lazy.size());
    }

    private static LazyFrench french() {
        return (LazyFrench) FrenchLexicon.french();
    }

    /** Four matches: two alone ("Grebnev", "parti") and two that touch ("lettre" and the space before its comma). */
    private List<RuleMatch> matches() throws Exception {
        List<RuleMatch> matches = new ArrayList<>();
        matches.add(match(TEXT.indexOf("Grebnev"), TEXT.indexOf("Grebnev") + 7, "Brejnev"));
        matches.add(match(TEXT.indexOf("lettre"), TEXT.indexOf("lettre") + 6, "lettres"));
        matches.add(match(TEXT.indexOf(" ,"), TEXT.indexOf(" ,") + 2, ","));
        matches.add(match(TEXT.indexOf("parti"), TEXT.indexOf("parti") + 5, "partie"));
        return matches;
    }

    /** The same word reported twice, by overlapping matches, and one match apart. */
    private List<RuleMatch> overlapping() throws Exception {
        int at = TEXT.indexOf("Grebnev");
        List<RuleMatch> matches = new ArrayList<>();
        matches.add(match(at, at + 7, "Brejnev"));
        matches.add(match(at + 3, at + 10, "bnev h"));
        matches.add(match(TEXT.indexOf("parti"), TEXT.indexOf("parti") + 5, "partie"));
        return matches;
    }

    private RuleMatch match(int from, int to, String suggestion) throws Exception {
        Rule rule = new MultipleWhitespaceRule(JLanguageTool.getMessageBundle(), french());
        RuleMatch match = new RuleMatch(rule, SENTENCE, from, to, "message");
        match.setLazySuggestedReplacements(() -> {
            computed.incrementAndGet();
            return List.of(new SuggestedReplacement(suggestion));
        });
        return match;
    }

    private static AnalyzedSentence analyzed() {
        try {
            return new JLanguageTool(french()).getAnalyzedSentence(TEXT);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> describe(List<RuleMatch> matches) {
        return matches.stream().map(m -> m.getFromPos() + "-" + m.getToPos() + " " + m.getSuggestedReplacements()).toList();
    }
}
