package org.relecture.rules.untranslated;

import java.util.Set;

/**
 * What the dictionaries say about one word form, in lower case.
 *
 * @param french   the French dictionary knows it (or it is a French elided form such as {@code qu'})
 * @param known    the languages whose dictionary or function-word list knows it as a common word
 * @param function the languages whose function-word list has it
 * @param shape    for a word no dictionary knows, the languages its spelling looks like
 */
record WordEvidence(boolean french, Set<Language> known, Set<Language> function, Set<Language> shape) {
    WordEvidence {
        known = Set.copyOf(known);
        function = Set.copyOf(function);
        shape = Set.copyOf(shape);
    }

    /** A word of another language that French does not have: the only evidence that starts a span. */
    boolean foreignOnly() {
        return !french && !known.isEmpty();
    }

    /** A word French has as well as another language ({@code come}, {@code con}, {@code tour}). */
    boolean shared() {
        return french && !known.isEmpty();
    }
}
