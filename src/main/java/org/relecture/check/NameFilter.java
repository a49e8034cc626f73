package org.relecture.check;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.relecture.findings.Finding;
import org.relecture.rules.FrenchLexicon;
import org.relecture.rules.NameEvidence;
import org.relecture.text.Document;

/**
 * Decides whether a LanguageTool spelling finding falls on a name rather than a misspelt word:
 * <ul>
 *   <li>no, whatever else says yes, when a suggestion differs only by accents: {@code Amerique}
 *       is {@code Amérique} misspelt; unless the word goes on a name the French dictionary does
 *       not know, in the middle of a sentence ({@code la Fiat Panda}, {@code une Aurus Senat}:
 *       the second word of a brand's or a foreign name is written as its owner writes it);</li>
 *   <li>yes when the document shows the word, or the compound it belongs to, to be a name
 *       ({@link NameEvidence}: {@code Quérigny} in {@code Quérigny-sur-Mer});</li>
 *   <li>yes for a capitalised word where a capital proves nothing (a sentence's first word) when
 *       no suggestion is a French word one typo away (two for words of eight letters or more):
 *       {@code Grebnev} (LanguageTool offers {@code Brejnev}, {@code Grèbe}) is a name, but
 *       {@code Aujourd'hiu} ({@code Aujourd'hui}) and {@code Gouvernment} ({@code Gouvernement})
 *       are misspelt words.</li>
 * </ul>
 */
final class NameFilter {
    private NameFilter() {
    }

    static boolean onName(Document document, Finding finding, NameEvidence names) {
        String word = document.slice(finding.start(), finding.end());
        if (accentSlip(word, finding.suggestions())) {
            return continuesForeignName(document.text(), finding.start());
        }
        if (names.isName(word) || names.isName(compound(document.text(), finding.start(), finding.end()))) {
            return true;
        }
        return capitalised(word) && finding.suggestions().stream().noneMatch(s -> nearWord(word, s));
    }

    /** True when a suggestion differs from the word by its accents only: a known word misspelt. */
    static boolean accentSlip(String word, List<String> suggestions) {
        return suggestions.stream().anyMatch(s -> !s.equals(word) && bare(s).equals(bare(word)));
    }

    /**
     * True when the word at {@code start} follows, after one space, a capitalised word that the
     * French dictionary does not know and that stands in the middle of a sentence.
     */
    static boolean continuesForeignName(String text, int start) {
        int end = start - 1;
        if (end < 1 || text.charAt(end) != ' ' && text.charAt(end) != '\u00a0') {
            return false;
        }
        int s = end;
        while (s > 0 && isLetter(text.charAt(s - 1))) {
            s--;
        }
        String previous = text.substring(s, end);
        return capitalised(previous) && NameEvidence.midSentence(text, s)
                && !FrenchLexicon.get().isWord(previous.toLowerCase(Locale.FRENCH));
    }

    /** The word with the hyphens and apostrophes that join it to letters on either side: a compound's span. */
    static String compound(String text, int start, int end) {
        int s = start;
        while (s > 0 && (isLetter(text.charAt(s - 1)) || isJoiner(text.charAt(s - 1)) && s > 1 && isLetter(text.charAt(s - 2)))) {
            s--;
        }
        int e = end;
        while (e < text.length() && (isLetter(text.charAt(e))
                || isJoiner(text.charAt(e)) && e + 1 < text.length() && isLetter(text.charAt(e + 1)))) {
            e++;
        }
        return text.substring(s, e);
    }

    private static boolean isLetter(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '\u2019';
    }

    /** A capital first and a lower-case letter after it: {@code Grebnev}, not {@code GREBNEV}. */
    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) && word.chars().anyMatch(Character::isLowerCase);
    }

    /** True when the suggestion is a French word (in lower case) a typo or two away from the word. */
    private static boolean nearWord(String word, String suggestion) {
        String lower = suggestion.toLowerCase(Locale.FRENCH);
        if (lower.contains(" ") || FrenchLexicon.get().tags(lower).isEmpty()) {
            return false;
        }
        int allowed = word.length() >= 8 ? 2 : 1;
        return distance(bare(word), bare(lower)) <= allowed;
    }

    /** Lower case without accents: {@code Amérique} and {@code amerique} are the same bare word. */
    static String bare(String word) {
        return Normalizer.normalize(word.toLowerCase(Locale.FRENCH), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('\u2019', '\'');
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
