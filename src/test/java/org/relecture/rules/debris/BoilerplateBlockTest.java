package org.relecture.rules.debris;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.relecture.rules.debris.DebrisTestSupport.check;
import static org.relecture.rules.debris.DebrisTestSupport.flagged;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relecture.findings.Finding;
import org.relecture.findings.Severity;

class BoilerplateBlockTest {
    private static final String BODY = "Le conseil régional a adopté vendredi son budget pour l'année prochaine, "
            + "en hausse de trois pour cent, après un long débat sur les transports.\n\n";

    @Test
    void aNewsletterAndCommentBoxWithTeasersIsOneMajorFinding() {
        String box = "La lettre d'information de L'Écho du Soir\n\n"
                + "Restez informés de l'actualité de votre région, chaque matin.\n\n\n"
                + "Désinscription en un clic. En vous abonnant, vous reconnaissez avoir lu la charte.\n\n"
                + "Laissez un commentaire\n\n"
                + "Votre adresse de messagerie ne sera jamais publiée. Les champs requis sont marqués d'un *\n\n"
                + "Weather widget: API key missing. Please check configuration\n\n"
                + "    Un acteur célèbre se confie sur son enfance : « J'avais peur de…\n\n"
                + "    Les nouvelles tablettes arrivent en magasin";
        String text = BODY + box + "\n";
        List<Finding> findings = check(text);
        assertEquals(List.of("DEBRIS_BOILERPLATE_BLOCK:" + box), DebrisTestSupport.describe(text, findings));
        assertEquals(Severity.MAJOR, findings.get(0).severity());
        assertEquals(List.of(""), findings.get(0).suggestions());
        assertEquals(4, findings.get(0).occurrences(), "newsletter box, comment form, widget message, teaser links");
    }

    @Test
    void aBlockOfOneKindOfBoxIsOneOccurrence() {
        List<Finding> findings = check(BODY + "Laissez un commentaire\n\n"
                + "Votre adresse de messagerie ne sera jamais publiée. Les champs requis sont marqués d'un *\n");
        assertEquals(1, findings.size());
        assertEquals(1, findings.get(0).occurrences());
        assertEquals(1, check(BODY + "Mentions légales\nPlan du site\n").get(0).occurrences());
    }

    @Test
    void aWeakLineAloneIsNotDebrisButJoinsAStrongOne() {
        assertEquals(List.of(), flagged(BODY + "Politique de confidentialité\n"));
        assertEquals(List.of(), flagged(BODY + "Tous droits réservés\n"));
        assertEquals(List.of("DEBRIS_BOILERPLATE_BLOCK:Politique de confidentialité\nNous utilisons des cookies pour mesurer l'audience."),
                flagged(BODY + "Politique de confidentialité\nNous utilisons des cookies pour mesurer l'audience.\n"));
    }

    @Test
    void twoWeakLinesTogetherMakeABox() {
        assertEquals(List.of("DEBRIS_BOILERPLATE_BLOCK:Mentions légales\nPlan du site"),
                flagged(BODY + "Mentions légales\nPlan du site\n"));
    }

    @Test
    void aBylineAndADateAreTextUnlessTheyTouchDebris() {
        String byline = "Par Hélène Garnier\nPublié le 4 avril 2024 à 8 h 15\n\n";
        assertEquals(List.of(), flagged("Les hôpitaux manquent de médecins\n" + byline + BODY));
        assertEquals(List.of("DEBRIS_BOILERPLATE_BLOCK:Par Hélène Garnier\nPublié le 4 avril 2024 à 8 h 15\n\nPartager sur Facebook"),
                flagged(BODY + byline + "Partager sur Facebook\n"));
    }

    @Test
    void shortLinesBeforeABoxStayText() {
        String poem = "Il reste le bruit de l'eau\nEt ce peu de chaleur\n\n";
        assertEquals(List.of("DEBRIS_BOILERPLATE:Partager sur Facebook"), flagged(poem + "Partager sur Facebook\n"));
    }

    @Test
    void shortLinesAfterABoxJoinItOnlyAtTheEndOfTheDocument() {
        String teaser = "À lire également\nLes étudiants manifestent devant le rectorat\n";
        assertEquals(List.of("DEBRIS_BOILERPLATE_BLOCK:À lire également\nLes étudiants manifestent devant le rectorat"),
                flagged(BODY + teaser));
        // In the middle of the article, an unindented short line after the teaser header may be a subheading.
        assertEquals(List.of("DEBRIS_BOILERPLATE:À lire également"),
                flagged(BODY + teaser + "\n" + BODY));
        // An indented or cut-off line is still a teaser there.
        assertEquals(List.of("DEBRIS_BOILERPLATE_BLOCK:À lire également\n    Les étudiants manifestent devant le…"),
                flagged(BODY + "À lire également\n    Les étudiants manifestent devant le…\n\n" + BODY));
    }

    @Test
    void aLongRunOfShortLinesAfterABoxIsTextNotTeasers() {
        StringBuilder verses = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            verses.append("La mer revient encore sur le sable\n");
        }
        assertEquals(List.of("DEBRIS_BOILERPLATE:Partager sur Facebook"),
                flagged(BODY + "Partager sur Facebook\n" + verses));
    }

    @Test
    void oneBoilerplateLineIsMinor() {
        List<Finding> findings = check(BODY + "Suivez-nous sur Instagram\n\n" + BODY);
        assertEquals(1, findings.size());
        assertEquals("DEBRIS_BOILERPLATE", findings.get(0).rule());
        assertEquals(Severity.MINOR, findings.get(0).severity());
    }

    @Test
    void englishBoilerplateIsFoundToo() {
        assertEquals(List.of("DEBRIS_BOILERPLATE_BLOCK:Leave a Reply\nCancel reply\nYour email address will not be published."),
                flagged(BODY + "Leave a Reply\nCancel reply\nYour email address will not be published.\n"));
        assertEquals(List.of("DEBRIS_BOILERPLATE:Sign up for our daily newsletter"),
                flagged(BODY + "Sign up for our daily newsletter\n\n" + BODY));
    }

    @Test
    void aBoilerplateSentenceGluedToAParagraphIsFoundAlone() {
        String text = "Le musée rouvrira ses portes en juin après deux ans de travaux. Partager sur WhatsApp\n";
        assertEquals(List.of("DEBRIS_BOILERPLATE:Partager sur WhatsApp"), flagged(text));
    }

    @Test
    void proseAboutCookiesAndNewslettersIsNotBoilerplate() {
        String text = "La société avait modifié sa politique de confidentialité sans prévenir ses clients.\n"
                + "Selon la commission, ce site utilise des cookies publicitaires sans consentement.\n"
                + "Elle a laissé un commentaire sous la vidéo, puis s'est abonnée à la newsletter du club.\n"
                + "En poursuivant la navigation vers le nord, le navire a croisé un iceberg.\n"
                + "— J'accepte ! cria-t-il.\n"
                + "Il faut lire aussi les notes de bas de page.\n";
        assertEquals(List.of(), flagged(text));
    }

    @Test
    void offsetsHoldWithWindowsLineEndings() {
        String text = BODY.replace("\n", "\r\n") + "Laissez un commentaire\r\n\r\nAnnuler la réponse\r\n";
        assertEquals(List.of("DEBRIS_BOILERPLATE_BLOCK:Laissez un commentaire\r\n\r\nAnnuler la réponse"), flagged(text));
    }
}
