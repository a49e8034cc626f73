package org.relecture.rules.names;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The two ways of comparing names that {@code NAME_VARIANTS} needs. Two writings are the same name
 * when their {@link #key} is equal (case, accents, hyphens and spaces ignored), and different
 * writings of it when their {@link #spelling} differs too: a difference of case alone is left to
 * the typography rules, since it comes from sentence starts and headlines as often as from errors.
 */
final class NameForms {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f]+");
    private static final Pattern HYPHENS = Pattern.compile("[\\u2010\\u2011]");

    private NameForms() {
    }

    /** {@code Lee Kuan-yew}, {@code LEE KUAN YEW} and {@code Lee Kuan Yew} all give {@code leekuanyew}. */
    static String key(String name) {
        return NOT_LETTER.matcher(stripAccents(name).toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** The writing with case left out and invisible differences (kinds of space and hyphen) evened out. */
    static String spelling(String name) {
        String spaced = SPACES.matcher(name).replaceAll(" ");
        return HYPHENS.matcher(spaced).replaceAll("-").toLowerCase(Locale.ROOT);
    }

    static String stripAccents(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    }
}
