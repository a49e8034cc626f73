package org.relecture.rules;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relecture.text.Document;

/**
 * The capitalised words a document itself shows to be names. A dictionary cannot know every
 * person, village and brand of the news; the text around them can:
 * <ul>
 *   <li>a capital in the middle of a sentence (after a word, a comma or an elided article, not
 *       after a full stop, a colon or an opening quote);</li>
 *   <li>a capitalised word after a title or a function ({@code M.}, {@code la ministre},
 *       {@code l'entreprise}, {@code le village de}: {@link NameLists}), wherever it stands;</li>
 *   <li>a word capitalised at least twice and never written in lower case;</li>
 *   <li>an acronym: two to six capitals or digits, a capital first ({@code CGT}, {@code G20});</li>
 *   <li>a compound whose parts are capitalised, or particles before a capitalised last part
 *       ({@code O'Neill}, {@code Quérigny-sur-Mer}, {@code al-Kassem}), but not one that starts
 *       with an elided French word ({@code L'Amerique}: {@code Amerique} is judged alone).</li>
 * </ul>
 */
public final class NameEvidence {
    private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}]*(?:-\\p{Lu}[\\p{L}\\p{M}]*)*");
    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}\\p{M}])\\p{Ll}[\\p{L}\\p{M}]*");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\d]{1,5}");
    private static final Pattern COMPOUND_PARTS = Pattern.compile("[-'’]");
    /** French words that elide before a vowel: {@code L'Europe} is an article and a name, not one name. */
    private static final Set<String> ELIDED = Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu",
            "puisqu", "quoiqu");

    private final Set<String> names;
    private final NameLists lists;

    private NameEvidence(Set<String> names, NameLists lists) {
        this.names = Set.copyOf(names);
        this.lists = lists;
    }

    public static NameEvidence of(Document document, NameLists lists) {
        String text = document.text();
        Map<String, Integer> capitalised = new HashMap<>();
        Set<String> names = new HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (m.start() > 0 && Character.isLetter(text.charAt(m.start() - 1))) {
                continue;
            }
            String word = m.group();
            capitalised.merge(word, 1, Integer::sum);
            if (midSentence(text, m.start())) {
                names.add(word);
            }
        }
        Set<String> lower = new HashSet<>();
        Matcher l = LOWER_WORD.matcher(text);
        while (l.find()) {
            lower.add(l.group());
        }
        capitalised.forEach((word, count) -> {
            if (count >= 2 && !lower.contains(word.toLowerCase(Locale.ROOT))) {
                names.add(word);
            }
        });
        if (lists.afterCue() != null) {
            Matcher c = lists.afterCue().matcher(text);
            while (c.find()) {
                for (String word : c.group(1).split("[\\s\\u00a0\\u202f]+")) {
                    names.add(word);
                }
            }
        }
        return new NameEvidence(names, lists);
    }

    /**
     * True when the text before the word, on the same line, continues a sentence (a word, a comma,
     * an elided article, a closing bracket); false after a full stop, a colon, a quote, a dash or
     * at the start of a line, where a capital says nothing about the word.
     */
    public static boolean midSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0' || text.charAt(i) == '\u202f'
                || text.charAt(i) == '\t')) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char before = text.charAt(i);
        return Character.isLetterOrDigit(before) || before == ',' || before == '\'' || before == '\u2019'
                || before == ')';
    }

    /** Two to six capitals or digits, a capital first, nothing else: {@code OTAN}, {@code G20}, {@code A380}. */
    public static boolean isAcronym(String word) {
        return ACRONYM.matcher(word).matches();
    }

    /** True when the word (possibly a compound) is a name in this document. */
    public boolean isName(String word) {
        if (names.contains(word) || isAcronym(word) || isCompoundName(word)) {
            return true;
        }
        for (String part : word.split("-")) {
            if (!part.isEmpty() && !names.contains(part)) {
                return false;
            }
        }
        return word.contains("-");
    }

    /**
     * A compound written as a name: joined by hyphens or apostrophes, the last part capitalised,
     * the others capitalised or particles ({@code Quérigny-sur-Mer}, {@code al-Kassem}); not one
     * that starts with an elided French word ({@code L'Amerique}).
     */
    boolean isCompoundName(String word) {
        String[] parts = COMPOUND_PARTS.split(word, -1);
        if (parts.length < 2 || ELIDED.contains(parts[0].toLowerCase(Locale.ROOT)) && word.charAt(parts[0].length()) != '-') {
            return false;
        }
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.isEmpty()) {
                return false;
            }
            boolean capital = Character.isUpperCase(part.codePointAt(0));
            if (!capital && (i == parts.length - 1 || !lists.isParticle(part))) {
                return false;
            }
        }
        return true;
    }
}
