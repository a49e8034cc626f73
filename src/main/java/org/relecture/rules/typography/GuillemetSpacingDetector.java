package org.relecture.rules.typography;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.findings.Severity;
import org.relecture.rules.RuleExample;
import org.relecture.rules.RuleInfo;

/**
 * Guillemets glued to what they enclose ({@code «mot}, {@code mot»}) or to the text outside
 * ({@code dit,«}, {@code »mot}). Inside, French puts a no-break space (narrow or not; a plain
 * space is accepted too); outside, an ordinary space, except after an elided word ({@code d’«}).
 * A quotation glued on both sides is one finding, from {@code «} to {@code »}.
 */
final class GuillemetSpacingDetector extends TypographyDetector {
    private static final String NBSP = "\u00A0";
    /** A pair longer than this is reported side by side rather than as one span. */
    private static final int LONGEST_MERGED_PAIR = 100;
    /**
     * Before an opening guillemet, these call for a space; an apostrophe or a bracket does not. A
     * sentence end glued to « ({@code fin.«}) is MISSING_SPACE_AFTER_PUNCTUATION's, so it is
     * reported once, there.
     */
    private static final String PUNCTUATION_BEFORE_SPACE = ",;:";

    static final RuleInfo RULE = RuleInfo.builtin("GUILLEMET_SPACING", Category.TYPOGRAPHY, Severity.MINOR,
            "Espace manquante à l’intérieur des guillemets « » (insécable, une espace simple est acceptée) "
                    + "ou à l’extérieur (après une virgule, avant un mot)",
            RuleExample.wrong("Son dernier album s’intitule <marker>«Rivages»</marker> et sort en mars.",
                    "«" + NBSP + "Rivages" + NBSP + "»"),
            RuleExample.wrong("Le guide parle d’une « ville <marker>lumineuse»</marker> au printemps.",
                    "lumineuse" + NBSP + "»"),
            RuleExample.wrong("Elle a répondu <marker>simplement,«</marker> Rien n’est joué », puis elle est partie.",
                    "simplement, «"),
            RuleExample.correct("Il a qualifié d’« excellente » la saison des vendanges."),
            RuleExample.correct("Le titre « Les Heures » s’affiche, et « Nuit\u202Fblanche\u00A0» aussi.")).withSafeFix();

    /** Where spaces are missing around one guillemet and the span that shows it. */
    private record Fix(int start, int end, List<Integer> spacesAt, List<String> spaces, boolean inside) {
    }

    GuillemetSpacingDetector(ProseReading reading) {
        super(reading, RULE);
    }

    @Override
    void find(Prose prose, Quotes quotes, List<Finding> out) {
        Map<Integer, Fix> fixes = new HashMap<>();
        String text = prose.text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '«' || c == '»') && prose.isProse(i)) {
                Fix fix = c == '«' ? opening(prose, i) : closing(prose, i);
                if (fix != null) {
                    fixes.put(i, fix);
                }
            }
        }
        for (Quotes.Pair pair : quotes.pairs()) {
            Fix open = fixes.get(pair.open());
            Fix close = fixes.get(pair.close());
            if (pair.french() && open != null && close != null && pair.close() - pair.open() <= LONGEST_MERGED_PAIR) {
                fixes.remove(pair.open());
                fixes.remove(pair.close());
                out.add(finding(prose, merge(open, close)));
            }
        }
        fixes.values().stream()
                .sorted(java.util.Comparator.comparingInt(Fix::start))
                .forEach(fix -> out.add(finding(prose, fix)));
    }

    private static Fix opening(Prose prose, int i) {
        boolean inside = glued(prose, i + 1);
        char before = prose.charAt(i - 1);
        boolean outside = prose.isProse(i - 1)
                && (Character.isLetterOrDigit(before) || PUNCTUATION_BEFORE_SPACE.indexOf(before) >= 0);
        if (!inside && !outside) {
            return null;
        }
        List<Integer> at = new ArrayList<>();
        List<String> spaces = new ArrayList<>();
        if (outside) {
            at.add(i);
            spaces.add(" ");
        }
        if (inside) {
            at.add(i + 1);
            spaces.add(NBSP);
        }
        return new Fix(outside ? wordStart(prose, i) : i, inside ? wordEnd(prose, i + 1) : i + 1, at, spaces, inside);
    }

    private static Fix closing(Prose prose, int i) {
        boolean inside = glued(prose, i - 1);
        // a digit after » is a footnote call, not a word
        boolean outside = prose.isProse(i + 1) && Character.isLetter(prose.charAt(i + 1));
        if (!inside && !outside) {
            return null;
        }
        List<Integer> at = new ArrayList<>();
        List<String> spaces = new ArrayList<>();
        if (inside) {
            at.add(i);
            spaces.add(NBSP);
        }
        if (outside) {
            at.add(i + 1);
            spaces.add(" ");
        }
        return new Fix(inside ? wordStart(prose, i) : i, outside ? wordEnd(prose, i + 1) : i + 1, at, spaces, inside);
    }

    /** The quoted text touches the guillemet: no space, and not another guillemet or markup. */
    private static boolean glued(Prose prose, int neighbour) {
        char c = prose.charAt(neighbour);
        return prose.isProse(neighbour) && !Prose.isSpace(c) && c != '«' && c != '»';
    }

    private static int wordStart(Prose prose, int i) {
        int start = i;
        while (start > 0 && !Prose.isSpace(prose.charAt(start - 1)) && !isGuillemet(prose.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private static int wordEnd(Prose prose, int i) {
        int end = i;
        while (end < prose.text().length() && !Prose.isSpace(prose.charAt(end)) && !isGuillemet(prose.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isGuillemet(char c) {
        return c == '«' || c == '»';
    }

    private static Fix merge(Fix open, Fix close) {
        List<Integer> at = new ArrayList<>(open.spacesAt());
        at.addAll(close.spacesAt());
        List<String> spaces = new ArrayList<>(open.spaces());
        spaces.addAll(close.spaces());
        return new Fix(open.start(), close.end(), at, spaces, open.inside() || close.inside());
    }

    private static Finding finding(Prose prose, Fix fix) {
        StringBuilder corrected = new StringBuilder();
        int from = fix.start();
        for (int k = 0; k < fix.spacesAt().size(); k++) {
            int at = fix.spacesAt().get(k);
            corrected.append(prose.text(), from, at).append(fix.spaces().get(k));
            from = at;
        }
        corrected.append(prose.text(), from, fix.end());
        String message = fix.inside()
                ? "Guillemets sans espace : en français, une espace insécable sépare les guillemets du texte cité."
                : "Espace manquante avant le guillemet ouvrant ou après le guillemet fermant.";
        return finding(RULE, fix.start(), fix.end(), message, List.of(corrected.toString()));
    }
}
