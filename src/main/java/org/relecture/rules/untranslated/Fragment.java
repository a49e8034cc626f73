package org.relecture.rules.untranslated;

/**
 * A run of text in another language.
 *
 * @param words        words in the run
 * @param sentenceShare the part of its sentence's words the run covers, 0 to 1
 * @param confidence   how sure the evidence makes the detector, 0 to 1
 */
record Fragment(int start, int end, Language language, int words, double sentenceShare, double confidence) {
}
