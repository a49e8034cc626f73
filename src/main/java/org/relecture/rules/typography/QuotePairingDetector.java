package org.relecture.rules.typography;

import java.util.List;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.findings.Severity;
import org.relecture.rules.RuleExample;
import org.relecture.rules.RuleInfo;

/**
 * Quotations that do not pair up in their paragraph (see {@link QuotePairer}): a {@code «} closed
 * by a straight or English mark, a {@code «} never closed, a {@code »} that closes nothing. An
 * unclosed or unopened quotation hides where the quoted words start or end, so who said what,
 * which is why those two are major; a wrong closing mark still shows the boundary, so it is minor.
 */
final class QuotePairingDetector extends TypographyDetector {
    private static final String NBSP = "\u00A0";
    /** How many words after an unclosed {@code «} (or before an unopened {@code »}) the finding shows. */
    private static final int WORDS_SHOWN = 3;

    static final RuleInfo MISMATCH = RuleInfo.builtin("QUOTE_MISMATCH", Category.PUNCTUATION, Severity.MINOR,
            "Guillemet ouvrant « fermé par un guillemet droit \" ou anglais ” au lieu de »",
            RuleExample.wrong("Le chef a promis « une cuisine plus <marker>légère\"</marker> pour la rentrée.",
                    "légère" + NBSP + "»"),
            RuleExample.wrong("Selon lui, « tout reste <marker>possible”</marker>, même après la défaite.",
                    "possible" + NBSP + "»"),
            RuleExample.correct("Elle a écrit « il m’a dit \"jamais\" sans sourire » dans son carnet."),
            RuleExample.correct("Le libraire conseille « Le Vent des plaines », un roman de 300 pages."));

    static final RuleInfo NOT_CLOSED = RuleInfo.builtin("QUOTE_NOT_CLOSED", Category.PUNCTUATION, Severity.MAJOR,
            "Guillemet ouvrant « jamais fermé (une citation peut courir sur plusieurs paragraphes : le "
                    + "suivant commence par « , » ou un tiret de dialogue, ou un paragraphe proche la ferme)",
            RuleExample.wrong("Le maire veut <marker>« rénover toute la</marker> place du marché avant l’été.\n"
                    + "Les travaux commenceront en avril."),
            RuleExample.correct("Le maire veut « rénover toute la place du marché » avant l’été."),
            RuleExample.correct("Il raconta : « Nous marchions depuis l’aube.\n"
                    + "« Puis la pluie est venue et nous nous sommes abrités. »"),
            RuleExample.correct("« Tu viens ? demanda-t-elle.\n— Pas ce soir, répondit-il. »"),
            RuleExample.correct("Le vieux passeur posa sa rame et commença : « J’avais vingt ans quand la rivière a gelé.\n\n"
                    + "Mon père disait qu’on ne reverrait pas un hiver pareil ; il avait tort.\n\n"
                    + "Trois fois depuis, j’ai traversé à pied, et trois fois j’ai juré de ne plus le faire. »"),
            RuleExample.correct("Elle lut la lettre à voix haute : « Ma chère sœur,\n\n"
                    + "Nous sommes arrivés à Lyon sans encombre.\n\nTon frère qui t’embrasse. »\n\n"
                    + "Puis elle la replia."),
            RuleExample.wrong("<marker>« Nous partirons à</marker> l’aube, dit-il.\n\n« Et si la route est coupée ?\n\n"
                    + "Le capitaine ne répondit pas."),
            RuleExample.correct("On lit « un « petit » détail » dans la note."));

    static final RuleInfo NOT_OPENED = RuleInfo.builtin("QUOTE_NOT_OPENED", Category.PUNCTUATION, Severity.MAJOR,
            "Guillemet fermant » sans guillemet ouvrant « (le » qui ouvre un paragraphe dit que la citation continue)",
            RuleExample.wrong("La ministre a jugé que la réforme était <marker>équilibrée et juste »</marker>, hier soir."),
            RuleExample.correct("La ministre a jugé la réforme « équilibrée et juste », hier soir."),
            RuleExample.correct("Accueil » Culture » Cinéma"),
            RuleExample.correct("Lire la suite »"),
            RuleExample.correct("Le marin reprit son récit : « Le vent tomba d’un coup.\n\n"
                    + "» Nous restâmes trois jours sans avancer, à regarder la mer.\n\n"
                    + "» Le quatrième, on aperçut enfin la côte. »"),
            RuleExample.correct("» Voilà pourquoi, mes enfants, je ne monte plus sur un bateau. »\n\n"
                    + "Le grand-père se tut et ralluma sa pipe."));

    QuotePairingDetector(ProseReading reading) {
        super(reading, MISMATCH, NOT_CLOSED, NOT_OPENED);
    }

    @Override
    void find(Prose prose, Quotes quotes, List<Finding> out) {
        for (Quotes.Pair pair : quotes.mismatches()) {
            int start = wordStart(prose, pair.close());
            String word = prose.text().substring(start, pair.close());
            out.add(finding(MISMATCH, start, pair.close() + 1,
                    "Ce guillemet ferme une citation ouverte par « : il faut un guillemet fermant ».",
                    List.of(word + NBSP + "»")));
        }
        for (int open : quotes.unclosed()) {
            out.add(finding(NOT_CLOSED, open, wordsAfter(prose, open + 1),
                    "Guillemet ouvrant jamais fermé : la fin de la citation manque dans ce paragraphe.", List.of()));
        }
        for (int close : quotes.unopened()) {
            out.add(finding(NOT_OPENED, wordsBefore(prose, close), close + 1,
                    "Guillemet fermant sans guillemet ouvrant dans ce paragraphe : on ne voit pas où commence la citation.",
                    List.of()));
        }
    }

    private static int wordStart(Prose prose, int i) {
        int start = i;
        while (start > 0 && !Prose.isSpace(prose.charAt(start - 1)) && "«»\"“”".indexOf(prose.charAt(start - 1)) < 0) {
            start--;
        }
        return start;
    }

    /** The end of the first few words after the offset, within its line. */
    private static int wordsAfter(Prose prose, int from) {
        int i = from;
        int end = from;
        for (int words = 0; words < WORDS_SHOWN; words++) {
            while (i < prose.text().length() && Prose.isSpace(prose.charAt(i)) && !isBreak(prose.charAt(i))) {
                i++;
            }
            if (i >= prose.text().length() || isBreak(prose.charAt(i))) {
                break;
            }
            while (i < prose.text().length() && !Prose.isSpace(prose.charAt(i))) {
                i++;
            }
            end = i;
        }
        return end;
    }

    /** The start of the last few words before the offset, within its line. */
    private static int wordsBefore(Prose prose, int to) {
        int i = to;
        int start = to;
        for (int words = 0; words < WORDS_SHOWN; words++) {
            while (i > 0 && Prose.isSpace(prose.charAt(i - 1)) && !isBreak(prose.charAt(i - 1))) {
                i--;
            }
            if (i <= 0 || isBreak(prose.charAt(i - 1))) {
                break;
            }
            while (i > 0 && !Prose.isSpace(prose.charAt(i - 1))) {
                i--;
            }
            start = i;
        }
        return start;
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r';
    }
}
