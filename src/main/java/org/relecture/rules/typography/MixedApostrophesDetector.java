package org.relecture.rules.typography;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.findings.Severity;
import org.relecture.rules.Level;
import org.relecture.rules.RuleExample;
import org.relecture.rules.RuleInfo;

/**
 * A document that writes its apostrophes both ways, straight {@code '} and curly {@code ’}: a
 * sign of text pasted from several sources. Either form is accepted alone; the minority form is
 * reported once, on its first use, with both counts. Picky: it changes nothing a reader sees.
 */
final class MixedApostrophesDetector extends TypographyDetector {
    /** An apostrophe between two letters: {@code l'eau}, {@code aujourd’hui}; not a quotation mark. */
    private static final Pattern APOSTROPHE = Pattern.compile("(?<=\\p{L})['’](?=\\p{L})");

    static final RuleInfo RULE = new RuleInfo("MIXED_APOSTROPHES", Category.TYPOGRAPHY, Severity.MINOR,
            RuleInfo.BUILTIN, Level.PICKY,
            "Apostrophes droites ' et typographiques ’ mêlées dans un document : la forme minoritaire "
                    + "est signalée une fois, à sa première occurrence",
            List.of(RuleExample.wrong("L’orage s’éloigne, l’air fraîchit et l<marker>'</marker>averse cesse.", "’"),
                    RuleExample.correct("L’orage s’éloigne, l’air fraîchit et l’averse cesse."),
                    RuleExample.correct("L'orage s'éloigne et l'averse cesse ; la 'zone' reste fermée.")));

    MixedApostrophesDetector(ProseReading reading) {
        super(reading, RULE);
    }

    @Override
    void find(Prose prose, Quotes quotes, List<Finding> out) {
        int straight = 0;
        int curly = 0;
        int firstStraight = -1;
        int firstCurly = -1;
        Matcher m = APOSTROPHE.matcher(prose.text());
        while (m.find()) {
            if (!prose.isProse(m.start())) {
                continue;
            }
            if (prose.text().charAt(m.start()) == '\'') {
                firstStraight = straight++ == 0 ? m.start() : firstStraight;
            } else {
                firstCurly = curly++ == 0 ? m.start() : firstCurly;
            }
        }
        if (straight == 0 || curly == 0) {
            return;
        }
        // the minority form; on a tie, the form that came second
        boolean reportStraight = straight < curly || straight == curly && firstStraight > firstCurly;
        int at = reportStraight ? firstStraight : firstCurly;
        String usual = reportStraight ? "’" : "'";
        out.add(finding(RULE, at, at + 1,
                "Apostrophes mêlées : le document en emploie " + curly + " typographique" + plural(curly) + " ’ et "
                        + straight + " droite" + plural(straight) + " ' ; une seule forme suffit, ici « " + usual + " ».",
                List.of(usual), Map.of("straight", Integer.toString(straight), "curly", Integer.toString(curly))));
    }

    private static String plural(int count) {
        return count > 1 ? "s" : "";
    }
}
