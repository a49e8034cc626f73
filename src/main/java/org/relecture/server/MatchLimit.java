package org.relecture.server;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.relecture.findings.Finding;

/**
 * How many matches one answer lists, so that no text makes an answer of unbounded size: at most
 * {@code maxMatches}, and past 25 words at most {@code maxPerWord} per word, as LanguageTool's
 * {@code maxErrorsPerWordRate} (a text with that many errors is seldom the language it claims to
 * be). The first matches in text order are kept and the answer says its results are incomplete.
 */
record MatchLimit(int maxMatches, double maxPerWord) {
    /** LanguageTool applies its rate only to texts of more than 25 words. */
    private static final int RATE_FROM_WORDS = 25;

    /** The matches an answer lists, and why some were left out, if they were. */
    record Kept(List<Finding> findings, Optional<String> incompleteReason) {
    }

    static MatchLimit of(ServerLimits limits) {
        return new MatchLimit(limits.maxMatches(), limits.maxMatchesPerWord());
    }

    Kept apply(List<Finding> findings, int words) {
        int cap = words > RATE_FROM_WORDS ? Math.min(maxMatches, (int) Math.ceil(maxPerWord * words)) : maxMatches;
        if (findings.size() <= cap) {
            return new Kept(findings, Optional.empty());
        }
        return new Kept(findings.subList(0, cap), Optional.of(String.format(Locale.ROOT,
                "Results are incomplete: the text has %d matches for %d words, more than this server lists "
                        + "in one answer (%d, or %s per word); only the first %d are given. "
                        + "Is the text French?", findings.size(), words, maxMatches, maxPerWord, cap)));
    }
}
