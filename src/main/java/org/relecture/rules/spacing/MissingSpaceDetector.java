package org.relecture.rules.spacing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.findings.Severity;
import org.relecture.rules.Detector;
import org.relecture.rules.RuleExample;
import org.relecture.rules.RuleInfo;
import org.relecture.rules.RuleLoadException;
import org.relecture.rules.files.RuleLibrary;
import org.relecture.text.Document;

/**
 * MISSING_SPACE_AFTER_PUNCTUATION: two sentences glued together ({@code budget.Les},
 * {@code fin!Puis}, {@code silence.«}), a semicolon or {@code M.} with no space after it. The
 * decision, with its exceptions, is {@link SentenceJoins}'; markup is never reported.
 */
public final class MissingSpaceDetector implements Detector {
    public static final String RULE = "MISSING_SPACE_AFTER_PUNCTUATION";
    /** French puts a (no-break) space before these; when it is missing too, the fix adds both. */
    private static final String SPACED_BEFORE = "!?;";
    private static final char NO_BREAK_SPACE = '\u00a0';

    private static final RuleInfo INFO = RuleInfo.builtin(RULE, Category.SPACING, Severity.MINOR,
            "Espace manquante après un point, un point d'exclamation ou d'interrogation, des points de suspension,"
                    + " un point-virgule ou « M. » : deux phrases collées par la traduction.",
            RuleExample.wrong("La séance a été levée à <marker>midi.Les</marker> députés sont partis.", "midi. Les"),
            RuleExample.wrong("Le jury a tranché en <marker>silence.«</marker> Personne ne s'y attendait », dit-elle.",
                    "silence. «"),
            RuleExample.wrong("Quelle <marker>surprise!Personne</marker> ne l'avait prévu.",
                    "surprise\u00a0! Personne", "surprise! Personne"),
            RuleExample.wrong("Il a vu <marker>M.Lefranc</marker> à la gare.", "M. Lefranc"),
            RuleExample.wrong("Pourquoi <marker>attendre?personne</marker> ne viendra.",
                    "attendre\u00a0? personne", "attendre? personne"),
            RuleExample.wrong("Le train est <marker>parti.il</marker> reviendra demain.", "parti. Il"),
            RuleExample.correct("Ouvrez le fichier notes.txt ou le site exemple.org, version 2.5."),
            RuleExample.correct("L'appel objet.valeur() et le module config.json restent tels quels."),
            RuleExample.correct("Le site exemple.org et la page https://exemple.org/Page.Html sont en ligne."),
            RuleExample.correct("Écrivez à contact.Presse@exemple.fr avant 12.30 ou 12h30."),
            RuleExample.correct("Les initiales U.S.A. et le roman de J.R.R. Tolkien."),
            RuleExample.correct("Le fichier Rapport.PDF et la méthode Console.WriteLine."),
            RuleExample.correct("« …Et puis plus rien », a-t-il écrit.")).withSafeFix();

    private final SentenceJoins joins;

    public MissingSpaceDetector(RuleLibrary library) throws RuleLoadException {
        this.joins = SentenceJoins.of(library);
    }

    @Override
    public List<RuleInfo> rules() {
        return List.of(INFO);
    }

    @Override
    public List<Finding> check(Document document) {
        String text = document.text();
        List<Finding> findings = new ArrayList<>();
        for (SentenceJoins.Join join : joins.find(text)) {
            if (document.touchesMarkup(join.start(), join.end())) {
                continue;
            }
            findings.add(new Finding(RULE, Category.SPACING, Severity.MINOR, join.start(), join.end(),
                    message(text, join), suggestions(text, join), RuleInfo.BUILTIN));
        }
        return findings;
    }

    private static String message(String text, SentenceJoins.Join join) {
        return switch (join.kind()) {
            case SEMICOLON -> "Espace manquante après le point-virgule.";
            case HONORIFIC -> "Espace manquante après « M. » : on écrit « M. » suivi d'une espace et du nom.";
            case SENTENCE -> "Espace manquante après « " + text.substring(join.punctuation(), join.insertAt()).strip()
                    + " » : deux phrases sont collées.";
            case LOWER_CASE -> "Espace manquante après « " + text.substring(join.punctuation(), join.insertAt())
                    + " ».";
        };
    }

    private static List<String> suggestions(String text, SentenceJoins.Join join) {
        String before = text.substring(join.start(), join.punctuation());
        String mark = text.substring(join.punctuation(), join.insertAt());
        String after = text.substring(join.insertAt(), join.end());
        if (join.kind() == SentenceJoins.Kind.LOWER_CASE && mark.equals(".")) {
            // A full stop glued to a lower-case word: the next sentence has lost its capital too.
            return List.of(before + mark + " " + after.substring(0, 1).toUpperCase(Locale.FRENCH) + after.substring(1));
        }
        String spaced = before + mark + " " + after;
        if (SPACED_BEFORE.indexOf(mark.charAt(0)) >= 0 && !before.isEmpty()
                && Character.isLetterOrDigit(before.charAt(before.length() - 1))) {
            return List.of(before + NO_BREAK_SPACE + mark + " " + after, spaced);
        }
        return List.of(spaced);
    }
}
