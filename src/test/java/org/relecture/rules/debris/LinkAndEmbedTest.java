package org.relecture.rules.debris;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.relecture.rules.debris.DebrisTestSupport.flagged;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinkAndEmbedTest {
    @Test
    void aLinkGluedToASentenceIsFlaggedWithoutTheSentence() {
        assertEquals(List.of("DEBRIS_URL:https://t.co/Qw12Er34"),
                flagged("Le maire a réagi dans la soirée.https://t.co/Qw12Er34\n"));
    }

    @Test
    void linksInProseLoseTheirTrailingPunctuation() {
        assertEquals(List.of("DEBRIS_URL:https://exemple.org/rapport"),
                flagged("Le rapport est en ligne (https://exemple.org/rapport).\n"));
        assertEquals(List.of("DEBRIS_URL:http://fr.exemple.org/wiki/Page_(ville)"),
                flagged("Voir http://fr.exemple.org/wiki/Page_(ville), consulté en mai.\n"));
    }

    @Test
    void shortLinksCountWithoutAScheme() {
        assertEquals(List.of("DEBRIS_URL:bit.ly/3KpQ9z"), flagged("Le programme complet : bit.ly/3KpQ9z\n"));
    }

    @Test
    void aLinkAloneOnItsLineIsALine() {
        assertEquals(List.of("DEBRIS_URL:https://www.exemple.it/notizie/articolo-42\n- |"),
                flagged("https://www.exemple.it/notizie/articolo-42\n- |\n- Le résumé tient en trois points.\n"));
    }

    @Test
    void siteNamesAndEmailAddressesInProseAreNotLinks() {
        assertEquals(List.of(), flagged("Selon lemonde.fr et Exemple.net, la séance a duré trois heures.\n"));
        assertEquals(List.of(), flagged("Consultez le site www.service-exemple.fr pour vous inscrire.\n"));
        assertEquals(List.of(), flagged("Écrivez à redaction@journal-exemple.fr ou à t.co@exemple.fr.\n"));
        assertEquals(List.of(), flagged("Le site t.co n'existe que pour raccourcir des liens.\n"));
    }

    @Test
    void aWwwAddressWithAPathIsALink() {
        assertEquals(List.of("DEBRIS_URL:www.exemple.fr/actualites/42"),
                flagged("Lire la suite sur www.exemple.fr/actualites/42 pour plus de détails.\n"));
    }

    @Test
    void tweetBylinesInBothLanguagesAreEmbeds() {
        assertEquals(List.of("DEBRIS_EMBED:— Jean Martin (@jeanmartin) March 3, 2024"),
                flagged("La neige est arrivée en ville.\n— Jean Martin (@jeanmartin) March 3, 2024\n"));
        assertEquals(List.of("DEBRIS_EMBED:– Radio Exemple • Info (@radio_ex) 2 juin 2023"),
                flagged("Le pont a été fermé pendant la nuit.\n– Radio Exemple • Info (@radio_ex) 2 juin 2023\n"));
    }

    @Test
    void aBylineGluedAfterTheTweetIsAnEmbed() {
        assertEquals(List.of("DEBRIS_EMBED:— Jean Martin (@jeanmartin) 3 mars 2024"),
                flagged("La neige est arrivée en ville. — Jean Martin (@jeanmartin) 3 mars 2024\n"));
    }

    @Test
    void embedCaptionsAndPictureLinksAreEmbeds() {
        assertEquals(List.of("DEBRIS_EMBED:pic.twitter.com/AbCdEf123"),
                flagged("Les supporters fêtent la victoire pic.twitter.com/AbCdEf123\n\nLe match a fini tard.\n"));
        assertEquals(List.of("DEBRIS_EMBED:Voir cette publication sur Instagram\n\nUne publication partagée par Club (@club_ex)"),
                flagged("Le club a posté la photo.\n\nVoir cette publication sur Instagram\n\n"
                        + "Une publication partagée par Club (@club_ex)\n\nLe match a fini tard.\n"));
    }

    @Test
    void dialogueDashesAreNotBylines() {
        assertEquals(List.of(), flagged("— Tu viens ? demanda Lucie.\n— Non, répondit Martin (son frère).\n"));
    }
}
