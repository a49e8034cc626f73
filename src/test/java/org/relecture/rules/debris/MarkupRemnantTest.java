package org.relecture.rules.debris;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.relecture.rules.debris.DebrisTestSupport.check;
import static org.relecture.rules.debris.DebrisTestSupport.checkMarkdown;
import static org.relecture.rules.debris.DebrisTestSupport.flagged;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relecture.findings.Finding;

class MarkupRemnantTest {
    @Test
    void linesOfMarkersAndPipesAreMarkup() {
        assertEquals(List.of("DEBRIS_MARKUP:* |"), flagged("Le texte commence ici.\n* |\nIl continue là.\n"));
        assertEquals(List.of("DEBRIS_MARKUP:|"), flagged("Le texte commence ici.\n|\nIl continue là.\n"));
    }

    @Test
    void aMenuFlattenedIntoALineIsOneFinding() {
        assertEquals(List.of("DEBRIS_MARKUP:Accueil | Monde | Économie | Sport"),
                flagged("Accueil | Monde | Économie | Sport\n\nLe texte commence ici avec une phrase assez longue.\n"));
    }

    @Test
    void aStrayPipeInProseIsDeletedWithOneSpace() {
        assertEquals(List.of("DEBRIS_MARKUP:| "), flagged("Le gouvernement | a présenté son plan mardi.\n"));
        assertEquals(List.of(), flagged("La signature Paul|p|d figure en bas de la page.\n"));
    }

    @Test
    void htmlTagsAndEntitiesAreMarkup() {
        List<Finding> findings = check("La séance est levée.<br>Le vote aura lieu demain &amp; après-demain, à 10&#160;h.\n");
        assertEquals(List.of("<br>", "&amp;", "&#160;"), findings.stream()
                .map(f -> "La séance est levée.<br>Le vote aura lieu demain &amp; après-demain, à 10&#160;h.\n"
                        .substring(f.start(), f.end())).toList());
        assertEquals(List.of(List.of(" "), List.of("&"), List.of("\u00a0")), findings.stream().map(Finding::suggestions).toList());
        assertEquals(List.of("DEBRIS_MARKUP:<p class=\"chapo\">"), flagged("<p class=\"chapo\">Le texte commence ici.\n"));
        assertEquals(List.of(), flagged("On sait que a < b et que b > c, donc a < c.\n"));
        assertEquals(List.of(), flagged("Procter & Gamble et AT&T ont publié leurs comptes.\n"));
    }

    @Test
    void markdownLeftInPlainTextIsMarkup() {
        List<Finding> findings = check("### Le contexte\nUn projet **très** attendu, selon [le rapport](https://exemple.org/r).\n");
        assertEquals(List.of("### ", "**très**", "[le rapport](https://exemple.org/r)"), findings.stream()
                .map(f -> "### Le contexte\nUn projet **très** attendu, selon [le rapport](https://exemple.org/r).\n"
                        .substring(f.start(), f.end())).toList());
        assertEquals(List.of(List.of(""), List.of("très"), List.of("le rapport")), findings.stream().map(Finding::suggestions).toList());
    }

    @Test
    void markdownInAMarkdownDocumentIsItsSyntax() {
        assertEquals(List.of(), checkMarkdown("### Le contexte\n\nUn projet **très** attendu, selon [le rapport](https://exemple.org/r).\n\n"
                + "| Ville | Habitants |\n|---|---|\n| Nantes | 320 000 |\n"));
    }

    @Test
    void mediaPlaceholdersAreMarkup() {
        assertEquals(List.of("DEBRIS_MARKUP:[Image : le port au lever du jour]"),
                flagged("[Image : le port au lever du jour]\nLes pêcheurs partent avant l'aube.\n"));
    }

    @Test
    void sectionBreaksAndHiddenNumbersAreNotMarkdown() {
        assertEquals(List.of(), flagged("Fin de la première partie.\n\n* * *\n\n***\n\nAppelez le 06 12 ******.\n"));
    }
}
