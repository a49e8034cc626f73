package org.relecture.rules.debris;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.relecture.rules.debris.DebrisTestSupport.flagged;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlineDebrisTest {
    private static final String HEADLINE = "Le gouvernement présente un plan pour les hôpitaux de province";
    private static final String BODY = "Le ministre de la Santé a présenté mercredi un plan de quatre milliards d'euros "
            + "destiné aux hôpitaux des villes moyennes.";

    @Test
    void aStrayWordBeforeTheHeadlineIsALabel() {
        assertEquals(List.of("DEBRIS_LABEL_BEFORE_HEADLINE:fr"), flagged("fr\n\n" + HEADLINE + "\n\n" + BODY + "\n"));
        assertEquals(List.of("DEBRIS_LABEL_BEFORE_HEADLINE:Santé publique"),
                flagged("Santé publique\n" + HEADLINE + "\n" + BODY + "\n"));
    }

    @Test
    void aShortTitleFollowedByTheTextIsNotALabel() {
        assertEquals(List.of(), flagged("Le départ\n\n" + BODY + "\n"));
        assertEquals(List.of(), flagged("Souvenirs\n\nLa maison de mon enfance\n\n" + BODY + "\n"));
    }

    @Test
    void anAuthorsNameADateOrAGenreAboveTheTitleIsNotALabel() {
        assertEquals(List.of(), flagged("Jeanne de Valmont\n\n" + HEADLINE + "\n\n" + BODY + "\n"));
        assertEquals(List.of(), flagged("Lundi 3 juin\n\n" + HEADLINE + "\n\n" + BODY + "\n"));
        assertEquals(List.of(), flagged("Communiqué de presse\n\n" + HEADLINE + "\n\n" + BODY + "\n"));
    }

    @Test
    void chaptersAndNumberedHeadingsAreNotLabels() {
        assertEquals(List.of(), flagged("Chapitre 12\n\n" + HEADLINE + "\n\n" + BODY + "\n"));
        assertEquals(List.of(), flagged("III\n\n" + HEADLINE + "\n\n" + BODY + "\n"));
        assertEquals(List.of(), flagged("Prologue\n\n" + HEADLINE + "\n\n" + BODY + "\n"));
    }

    @Test
    void aPoemTitleBeforeItsVersesIsNotALabel() {
        assertEquals(List.of(), flagged(DebrisTestSupport.resource("clean-poem.txt")));
    }

    @Test
    void aSiteNameAfterThePipeOfTheHeadlineIsASuffix() {
        assertEquals(List.of("DEBRIS_SITE_SUFFIX:| Le Journal du Centre"),
                flagged(HEADLINE + " | Le Journal du Centre\n\n" + BODY + "\n"));
        assertEquals(List.of("DEBRIS_SITE_SUFFIX:| Santé | Le Journal"),
                flagged(HEADLINE + " | Santé | Le Journal\n\n" + BODY + "\n"));
    }

    @Test
    void aPipeBeforeALongTailIsNotASuffix() {
        assertEquals(List.of("DEBRIS_MARKUP:| "),
                flagged(HEADLINE + " | avec des moyens nouveaux pour les urgences des petites villes\n\n" + BODY + "\n"));
    }
}
