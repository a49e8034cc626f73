package org.relecture.rules.spacing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SentenceJoinsTest {
    private static SentenceJoins joins;

    @BeforeAll
    static void load() throws Exception {
        joins = SentenceJoins.of(SpacingFixtures.library());
    }

    /** The text of each join: from the word before to the word after. */
    private static List<String> spans(String text) {
        return joins.find(text).stream().map(j -> text.substring(j.start(), j.end())).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Le tribunal a rendu son verdict.Les avocats ont fait appel.|verdict.Les",
        "Le musée rouvre en avril.Il était fermé depuis deux ans.|avril.Il",
        "Elle est restée à Lyon.C'est là qu'elle a écrit son roman.|Lyon.C'est",
        "Le trajet dure une heure.À pied, il en faut trois.|heure.À",
        "Quel désastre!Personne n'avait rien vu.|désastre!Personne",
        "Viendra-t-il?Nul ne le sait.|Viendra-t-il?Nul",
        "Il attendit longtemps…Puis il partit.|longtemps…Puis",
        "Il attendit longtemps...Puis il partit.|longtemps...Puis",
        "Le maire a parlé longuement.« Nous tiendrons », a-t-il dit.|longuement.«",
        "Le débat était vif.“Assez”, dit-elle.|vif.“Assez",
        "Il a répondu « non.»Le silence est retombé.|non.»Le",
        "La réforme date de 2019.Elle a été votée de justesse.|2019.Elle",
        "Le chef du parti, Jean-Marc Truchet-Lévy.Les militants l'attendaient.|Truchet-Lévy.Les",
        "La salle était pleine;personne ne voulait partir.|pleine;personne",
        "Quelle joie !Tout le monde applaudit.|joie !Tout",
        "Il a croisé M.Berthier au marché.|M.Berthier",
        "L'accord (UE).Les négociations reprendront.|(UE).Les"
    })
    void findsMissingSpaces(String textAndSpan) {
        String[] parts = textAndSpan.split("\\|");
        assertEquals(List.of(parts[1]), spans(parts[0]));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Consultez https://exemple.org/Dossier.Complet ou http://exemple.net/a?Page=2 pour en savoir plus.",
        "Le site www.Exemple.Com et le portail Exemple.Com sont fermés.",
        "Écrivez à redaction.Centrale@exemple.fr pour tout renseignement.",
        "Le média Exemple.fr et la boutique Achats.net sont rachetés.",
        "Le document Bilan.Pdf et la photo Vacances.Jpg ont été envoyés.",
        "Le taux est passé de 3.5 à 4.25 pour cent, à 12.30 ou 12h30.",
        "Les initiales U.S.A. et le roman de J.R.R. Tolkien ont été cités.",
        "Il a obtenu un Ph.D. en chimie avant de rejoindre la société.",
        "Le Dr.Martin et St.Louis sont mentionnés dans le texte.",
        "« …Et puis plus rien », écrit-il, citant […]Le passage entier.",
        "La méthode Console.WriteLine et la classe System.Console sont appelées.",
        "Lisez le fichier README.Debian avant l'installation.",
        "La bibliothèque Node.js et le paquet java.util.List sont utilisés.",
        "Suivez le mot-clé #Vote.Libre et le compte @Presse.Locale sur le réseau.",
        "La liste commence ainsi : 9.Deux plateformes, 1.2.Le chapitre suivant.",
        "Le forum Re:Voir a fermé à 10:30.Le lendemain, il rouvrait.",
        "Les valeurs a;b;c sont séparées par des points-virgules dans le fichier.",
        "Il a écrit, p.ex., que E.Leclerc et A.Dupont étaient présents."
    })
    void leavesExceptionsAlone(String text) {
        assertEquals(List.of(), spans(text));
    }

    @Test
    void givesWhereTheSpaceGoes() {
        String text = "Il a dit « oui.»Puis il est sorti.Dehors, il pleuvait.";
        SentenceJoins.Join first = joins.find(text).get(0);
        assertEquals(text.indexOf('.'), first.punctuation());
        assertEquals(text.indexOf('»') + 1, first.insertAt());
        assertEquals(SentenceJoins.Kind.SENTENCE, first.kind());
        assertArrayEquals(new int[] {text.indexOf('»') + 1, text.indexOf("Dehors")}, joins.insertionPoints(text));
    }

    @Test
    void honorificAndSemicolonAreTheirOwnKinds() {
        List<SentenceJoins.Join> found = joins.find("Il a vu M.Garnier, il est parti;ensuite il a dormi.");
        assertEquals(List.of(SentenceJoins.Kind.HONORIFIC, SentenceJoins.Kind.SEMICOLON),
                found.stream().map(SentenceJoins.Join::kind).toList());
    }
}
