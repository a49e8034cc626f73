package org.relecture.rules.typography;

import java.util.List;
import java.util.Map;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.findings.Severity;
import org.relecture.rules.Level;
import org.relecture.rules.RuleExample;
import org.relecture.rules.RuleInfo;

/**
 * Quotations between straight {@code "..."} or English {@code “...”} marks where French uses
 * {@code « »}. A translation that keeps the source's marks usually keeps them everywhere, so the
 * default rule reports the first such quotation once for the document, with the count; a picky
 * rule reports each of the others. Quotations nested inside {@code « »} are left alone: French
 * marks the inner one with {@code “ ”}.
 */
final class ForeignQuotesDetector extends TypographyDetector {
    private static final String NBSP = "\u00A0";

    static final RuleInfo FIRST = RuleInfo.builtin("QUOTES_NOT_FRENCH", Category.TYPOGRAPHY, Severity.MINOR,
            "Guillemets droits \"...\" ou anglais “...” au lieu de « » : signalé une fois par document, "
                    + "sur la première citation",
            RuleExample.wrong("Le maire a salué un <marker>\"accord historique\"</marker> entre les deux communes.",
                    "«" + NBSP + "accord historique" + NBSP + "»"),
            RuleExample.wrong("Elle a répondu <marker>“Nous verrons bien ce que la saison nous réserve”</marker>, sans plus.",
                    "«" + NBSP + "Nous verrons bien ce que la saison nous réserve" + NBSP + "»"),
            RuleExample.correct("Il a lancé « Jamais de la vie ! » avant de claquer la porte."),
            RuleExample.correct("La romancière raconte : « Mon père disait “demain” et ne revenait pas. »"),
            RuleExample.correct("L’écran de 27\" coûte moins cher que celui de 32\"."),
            RuleExample.correct("Tapez `grep \"erreur\" journal.txt` pour filtrer le fichier.")).withSafeFix();

    static final RuleInfo EACH = new RuleInfo("QUOTES_NOT_FRENCH_EACH", Category.TYPOGRAPHY, Severity.MINOR,
            RuleInfo.BUILTIN, Level.PICKY,
            "Chaque autre citation entre guillemets droits ou anglais, après la première que signale QUOTES_NOT_FRENCH",
            List.of(RuleExample.wrong("Le \"plan\" et le <marker>\"budget\"</marker> ont été votés hier.",
                            "«" + NBSP + "budget" + NBSP + "»"),
                    RuleExample.correct("Le « plan » et le « budget » ont été votés hier."))).withSafeFix();

    ForeignQuotesDetector(ProseReading reading) {
        super(reading, FIRST, EACH);
    }

    @Override
    void find(Prose prose, Quotes quotes, List<Finding> out) {
        List<Quotes.Pair> foreign = quotes.pairs().stream()
                .filter(p -> !p.french() && !p.nested() && hasLetter(prose.text(), p))
                .toList();
        for (int k = 0; k < foreign.size(); k++) {
            Quotes.Pair pair = foreign.get(k);
            if (k == 0) {
                String message = "Guillemets " + kind(pair) + " : en français, une citation s’encadre de guillemets « »."
                        + (foreign.size() > 1 ? " Le document compte " + foreign.size()
                        + " citations ainsi encadrées ; seule la première est signalée." : "");
                out.add(finding(FIRST, prose.text(), pair, message, Map.of(Finding.OCCURRENCES, Integer.toString(foreign.size()))));
            } else {
                out.add(finding(EACH, prose.text(), pair,
                        "Guillemets " + kind(pair) + " : en français, une citation s’encadre de guillemets « ».", Map.of()));
            }
        }
    }

    /**
     * The whole quotation, with its content in French marks as the suggestion: a suggestion that
     * replaced the opening mark alone would leave the closing one, and an editor that applies it
     * ({@code relecture fix}, a LanguageTool client) would break the quotation.
     */
    private static Finding finding(RuleInfo rule, String text, Quotes.Pair pair, String message, Map<String, String> attributes) {
        String inside = text.substring(pair.open() + 1, pair.close()).strip();
        return finding(rule, pair.open(), pair.close() + 1, message, List.of("«" + NBSP + inside + NBSP + "»"), attributes);
    }

    private static String kind(Quotes.Pair pair) {
        return pair.openMark() == '"' ? "droits" : "anglais";
    }

    private static boolean hasLetter(String text, Quotes.Pair pair) {
        return text.substring(pair.open() + 1, pair.close()).chars().anyMatch(Character::isLetter);
    }
}
