package org.relecture.rules.debris;

import java.util.List;
import java.util.Map;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.findings.Severity;
import org.relecture.rules.RuleExample;
import org.relecture.rules.RuleInfo;

/**
 * The debris rules: what a scraped web page leaves in an article. A block of web boilerplate is
 * {@code major} (a reader sees a piece of the page's interface inside the article); one line or
 * one remnant is {@code minor} (noticeable, the article still reads). A block is reported once but
 * counts one occurrence per distinct kind of leftover in it (a newsletter box, a comment form, a
 * widget message, a list of links to other articles, ...), as MQM counts each error: a page's
 * whole footer left in an article is several errors, not one. Every finding suggests
 * deleting the debris (or, for an HTML entity or Markdown emphasis, the text it stood for).
 */
final class DebrisRules {
    static final RuleInfo BOILERPLATE_BLOCK = RuleInfo.builtin("DEBRIS_BOILERPLATE_BLOCK", Category.DEBRIS, Severity.MAJOR,
            "Bloc de plusieurs lignes copié de la page web (lettre d'information, formulaire de commentaire, "
                    + "bandeau de partage ou de cookies, liens vers d'autres articles)",
            RuleExample.wrong("Le vote aura lieu jeudi.\n\n<marker>Laissez votre commentaire\n\n"
                    + "Votre adresse de messagerie ne sera pas publiée.</marker>", ""),
            RuleExample.wrong("Les élections auront lieu au printemps.\n\n<marker>La lettre d'information du Matin\n"
                    + "Recevez chaque jour l'essentiel de l'actualité.\nInscription gratuite</marker>", ""),
            RuleExample.correct("Elle a laissé un commentaire sous la vidéo.\n\nSon adresse ne sera pas publiée, "
                    + "a promis la rédaction.")).withSafeFix();

    static final RuleInfo BOILERPLATE = RuleInfo.builtin("DEBRIS_BOILERPLATE", Category.DEBRIS, Severity.MINOR,
            "Ligne isolée copiée de l'interface de la page web (bouton de partage, renvoi « À lire aussi », "
                    + "message d'un module)",
            RuleExample.wrong("La réunion s'est terminée tard.\n<marker>Partager sur LinkedIn</marker>\n"
                    + "Le lendemain, les discussions ont repris.", ""),
            RuleExample.wrong("Le port a rouvert lundi.\n\n<marker>À lire aussi : Les dockers reprennent le travail</marker>\n\n"
                    + "Les premiers navires sont attendus mardi.", ""),
            RuleExample.correct("Il aime partager ses photos sur LinkedIn avec ses collègues."),
            RuleExample.correct("Il faut lire aussi les notes de bas de page.")).withSafeFix();

    static final RuleInfo URL = RuleInfo.builtin("DEBRIS_URL", Category.DEBRIS, Severity.MINOR,
            "Adresse web (http://, www., lien raccourci) laissée dans le texte ; un nom de site cité "
                    + "dans une phrase (lemonde.fr) ou une adresse électronique n'en est pas une",
            RuleExample.wrong("Le ministre a répondu sur les réseaux sociaux.<marker>https://t.co/Zq81LmW3</marker>", ""),
            RuleExample.wrong("<marker>http://www.exemple.org/politique/article-123</marker>\nLe gouvernement a présenté son budget.", ""),
            RuleExample.correct("Selon le site lemonde.fr, la séance a duré trois heures."),
            RuleExample.correct("Écrivez à contact@exemple.fr pour toute question."));

    static final RuleInfo EMBED = RuleInfo.builtin("DEBRIS_EMBED", Category.DEBRIS, Severity.MINOR,
            "Reste d'une publication de réseau social intégrée à la page (signature d'un tweet, "
                    + "« Voir cette publication sur Instagram », lien pic.twitter.com)",
            RuleExample.wrong("La chanteuse a remercié son public.\n<marker>— Lucie Martin (@luciemartin) 12 mars 2023</marker>", ""),
            RuleExample.wrong("Le club a publié la photo du trophée.\n<marker>Voir cette publication sur Instagram</marker>", ""),
            RuleExample.correct("— Tu viens avec nous ? demanda Lucie.\n— Non, répondit Martin."));

    static final RuleInfo MARKUP = RuleInfo.builtin("DEBRIS_MARKUP", Category.DEBRIS, Severity.MINOR,
            "Reste de balisage : ligne faite de puces et de barres verticales, barre isolée, balise ou "
                    + "entité HTML, Markdown dans un texte brut, emplacement d'image entre crochets",
            RuleExample.wrong("<marker>- |</marker>\n- Le texte prévoit trois mesures principales.", ""),
            RuleExample.wrong("La séance est levée.<marker><br></marker>", ""),
            RuleExample.wrong("Le prix a baissé de 5<marker>&nbsp;</marker>%.", "\u00a0"),
            RuleExample.wrong("Le projet est <marker>**très**</marker> attendu.", "très"),
            RuleExample.correct("Il a noté a < b et b > c dans son cahier."),
            RuleExample.correct("* * *\n\nLe lendemain, il repartit."));

    static final RuleInfo LABEL_BEFORE_HEADLINE = RuleInfo.builtin("DEBRIS_LABEL_BEFORE_HEADLINE", Category.DEBRIS,
            Severity.MINOR,
            "Mot isolé avant le titre, au tout début du document (rubrique du site, code de langue) ; "
                    + "pas un titre court suivi du texte, ni « Chapitre … » ou un numéro",
            RuleExample.wrong("<marker>Économie</marker>\n\nLes prix de l'énergie repartent à la hausse dans toute l'Europe\n\n"
                    + "Les prix du gaz ont augmenté de dix pour cent en une semaine, selon les chiffres publiés mardi par l'agence.", ""),
            RuleExample.correct("Le départ\n\nIl faisait encore nuit quand le train quitta la gare, et personne ne parlait "
                    + "dans le wagon endormi."),
            RuleExample.correct("Chapitre premier\n\nUne enfance au bord de la mer du Nord sous la pluie\n\n"
                    + "Je suis né dans une petite maison au bord de la mer, un matin de janvier, sous une pluie battante."));

    static final RuleInfo SITE_SUFFIX = RuleInfo.builtin("DEBRIS_SITE_SUFFIX", Category.DEBRIS, Severity.MINOR,
            "Nom du site ou de sa rubrique accolé au titre après une barre verticale (« Titre | Rubrique »)",
            RuleExample.wrong("Les prix de l'énergie repartent à la hausse en Europe <marker>| Économie et marchés</marker>\n\n"
                    + "Les prix du gaz ont augmenté de dix pour cent en une semaine.", ""),
            RuleExample.correct("Les prix de l'énergie repartent à la hausse en Europe\n\n"
                    + "Les prix du gaz ont augmenté de dix pour cent en une semaine."));

    static final List<RuleInfo> ALL = List.of(BOILERPLATE_BLOCK, BOILERPLATE, URL, EMBED, MARKUP,
            LABEL_BEFORE_HEADLINE, SITE_SUFFIX);

    private DebrisRules() {
    }

    static Finding finding(Hit hit) {
        return new Finding(hit.rule().id(), hit.rule().category(), hit.rule().severity(), hit.start(), hit.end(),
                hit.message(), hit.suggestion() == null ? List.of() : List.of(hit.suggestion()), RuleInfo.BUILTIN,
                hit.occurrences() > 1 ? Map.of(Finding.OCCURRENCES, Integer.toString(hit.occurrences())) : Map.of());
    }
}
