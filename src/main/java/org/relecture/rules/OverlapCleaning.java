package org.relecture.rules;

import java.util.ArrayList;
import java.util.List;
import org.languagetool.Language;
import org.languagetool.Tag;
import org.languagetool.rules.CleanOverlappingFilter;
import org.languagetool.rules.RuleMatch;

/**
 * LanguageTool's {@link CleanOverlappingFilter} (6.8, without hidden premium matches), deciding
 * the same, but reading suggestions only where they can change the decision. LanguageTool's
 * filter reads the first suggestion of both matches of every pair, about 30 ms an unknown word,
 * though it only uses them for matches that touch or are one character apart (a comma or a word
 * suggested twice) and, for overlapping ones, to prefer a rule it corrects "all at once" over
 * one it does not when both only change punctuation. Asking the cheap questions first leaves the
 * suggestions of the matches it drops uncomputed: a third of a server request's time went there.
 * {@code EagerSuggestionsTest} compares the findings with LanguageTool's own filter's.
 */
final class OverlapCleaning {
    /** LanguageTool lowers the priority of picky rules by this much. */
    private static final int PICKY = Integer.MIN_VALUE + 10000;

    private final Language language;

    OverlapCleaning(Language language) {
        this.language = language;
    }

    /** The kept matches of matches ordered by start, as {@link CleanOverlappingFilter#filter} keeps them. */
    List<RuleMatch> filter(List<RuleMatch> matches) {
        List<RuleMatch> kept = new ArrayList<>();
        RuleMatch prev = null;
        for (RuleMatch match : matches) {
            if (prev == null) {
                prev = match;
                continue;
            }
            if (match.getFromPos() < prev.getFromPos()) {
                throw new IllegalArgumentException("matches not ordered by start: " + match + " after " + prev);
            }
            if (match.getFromPos() >= prev.getToPos() && !duplicateSuggestion(prev, match)) {
                kept.add(prev);
                prev = match;
                continue;
            }
            if (wins(match, prev)) {
                prev = match;
            }
        }
        if (prev != null) {
            kept.add(prev);
        }
        return kept;
    }

    /**
     * LanguageTool's test of two matches proposing the same change: a comma added by both where
     * they touch, or a word suggested by both where one space parts them. Matches further apart
     * never do, and their suggestions are not read.
     */
    private static boolean duplicateSuggestion(RuleMatch prev, RuleMatch match) {
        boolean touching = match.getFromPos() == prev.getToPos();
        boolean oneApart = match.getFromPos() == prev.getToPos() + 1;
        if (!touching && !oneApart) {
            return false;
        }
        List<String> suggestions = match.getSuggestedReplacements();
        List<String> prevSuggestions = prev.getSuggestedReplacements();
        if (suggestions.isEmpty() || prevSuggestions.isEmpty()) {
            return false;
        }
        String suggestion = suggestions.get(0);
        String prevSuggestion = prevSuggestions.get(0);
        boolean duplicate = touching && prevSuggestion.endsWith(",") && suggestion.startsWith(", ");
        if (suggestion.indexOf(" ") > 0 && prevSuggestion.indexOf(" ") > 0 && oneApart) {
            String[] parts = suggestion.split(" ");
            String[] prevParts = prevSuggestion.split(" ");
            if (prevParts.length > 1 && parts.length > 1 && prevParts[1].equals(parts[0])) {
                duplicate = true;
            }
        }
        return duplicate;
    }

    /** Whether {@code match} replaces {@code prev}, which it overlaps, as LanguageTool decides. */
    private boolean wins(RuleMatch match, RuleMatch prev) {
        int current = priority(match);
        int previous = priority(prev);
        boolean currentAllAtOnce = match.getRule().isIncludedInErrorsCorrectedAllAtOnce();
        boolean prevAllAtOnce = prev.getRule().isIncludedInErrorsCorrectedAllAtOnce();
        // Only here do suggestions matter: asked last, when the rules differ in this respect.
        if (currentAllAtOnce != prevAllAtOnce && punctuationOnly(match) && punctuationOnly(prev)) {
            if (currentAllAtOnce) {
                if (current < previous) {
                    current = previous + 1;
                }
            } else if (previous < current) {
                previous = current + 1;
            }
        }
        if (current == previous) {
            // the longer one
            current = match.getToPos() - match.getFromPos();
            previous = prev.getToPos() - prev.getFromPos();
        }
        if (current == previous) {
            current++; // the later one
        }
        return current > previous;
    }

    private int priority(RuleMatch match) {
        int priority = language.getRulePriority(match.getRule());
        if (match.getRule().getTags().contains(Tag.picky) && priority != Integer.MIN_VALUE) {
            priority += PICKY;
        }
        return priority;
    }

    /** LanguageTool's test: the first suggestion differs from the text in punctuation only. */
    private static boolean punctuationOnly(RuleMatch match) {
        List<String> suggestions = match.getSuggestedReplacements();
        if (suggestions == null || suggestions.isEmpty() || suggestions.get(0) == null) {
            return false;
        }
        String replacement = suggestions.get(0);
        String original = match.getOriginalErrorStr();
        if (original == null || original.isEmpty()) {
            String sentence = match.getSentence() != null ? match.getSentence().getText() : null;
            if (sentence == null || sentence.isEmpty()) {
                return false;
            }
            int from = match.getFromPosSentence();
            int to = match.getToPosSentence();
            if (!(from > -1 && to > -1 && to <= sentence.length() && from < to)) {
                from = match.getFromPos();
                to = match.getToPos();
                if (!(from > -1 && to > -1 && to <= sentence.length() && from < to)) {
                    return false;
                }
            }
            original = sentence.substring(from, to);
        }
        return !replacement.equals(original) && lettersAndDigits(original).equals(lettersAndDigits(replacement));
    }

    private static String lettersAndDigits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }
}
