package org.relecture.rules.untranslated;

/**
 * One word of the document with what the detector concluded about it.
 *
 * @param lower    the word in lower case, apostrophes written {@code '}
 * @param kind     what the word says about the language of the text around it
 * @param evidence the dictionaries' answer ({@code null} for words not looked up: names, exempt words)
 * @param before   what separates the word from the previous one
 */
record WordToken(int start, int end, String lower, Kind kind, WordEvidence evidence, Gap before) {

    enum Kind {
        /** In a foreign dictionary and not in the French one: evidence for a fragment. */
        FOREIGN,
        /** In French and in a foreign dictionary: fits either, proves nothing. */
        SHARED,
        /** French and nothing else: the text is French here. */
        FRENCH,
        /** A name, an established loanword, a Latin phrase, a word no dictionary knows. */
        NEUTRAL
    }

    enum Gap {
        /** Only spaces (or an apostrophe, a hyphen). */
        NONE,
        /** Punctuation that ends a clause or a sentence, a quote or a bracket. */
        CLAUSE,
        /** A line break or markup: fragments never run across it. */
        BREAK
    }

    boolean isForeignIn(Language language) {
        return kind == Kind.FOREIGN && evidence.known().contains(language);
    }

    boolean fits(Language language) {
        return kind == Kind.NEUTRAL || (evidence != null && evidence.known().contains(language));
    }
}
