package org.relecture.rules.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.relecture.rules.typography.TypographyTestSupport.findings;
import static org.relecture.rules.typography.TypographyTestSupport.spans;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relecture.findings.Finding;

class TypographyRulesTest {
    private static final String NBSP = "\u00A0";

    @Test
    void foreignQuotesAreReportedOncePerDocumentWithTheirCount() {
        String text = "Le \"marché\" ouvre.\nLe \"port\" ferme.\nOn dit “bonsoir” au gardien.";
        List<Finding> first = findings(text, "QUOTES_NOT_FRENCH");
        assertEquals(1, first.size());
        assertEquals("\"marché\"", text.substring(first.get(0).start(), first.get(0).end()));
        assertEquals("3", first.get(0).attributes().get(org.relecture.findings.Finding.OCCURRENCES));
        assertEquals(List.of("«" + NBSP + "marché" + NBSP + "»"), first.get(0).suggestions());
        assertEquals(List.of("\"port\"", "“bonsoir”"), spans(text, "QUOTES_NOT_FRENCH_EACH"));
    }

    /** Whole, however long: a suggestion for the opening mark alone would leave the closing one when applied. */
    @Test
    void aLongForeignQuoteIsReportedWholeSoItsSuggestionClosesIt() {
        String text = "Elle a écrit \"Nous reviendrons quand la neige aura fondu\" hier.";
        assertEquals(List.of("\"Nous reviendrons quand la neige aura fondu\""), spans(text, "QUOTES_NOT_FRENCH"));
        assertEquals(List.of("«" + NBSP + "Nous reviendrons quand la neige aura fondu" + NBSP + "»"),
                findings(text, "QUOTES_NOT_FRENCH").get(0).suggestions());
    }

    @Test
    void frenchQuotingIsClean() {
        String text = "Il a dit « non » puis « il m’a répondu “jamais” sans rire ».\n"
                + "Le train part à 12:30, le score est de 3:1 et l’écran fait 27\".\n"
                + "« Une suite,\n« sur deux paragraphes. »\n"
                + "Le « titre »,\u00A0le «\u00A0mot\u00A0» et le «\u202Fterme\u202F» sont bien espacés.";
        assertEquals(List.of(), findings(text));
    }

    @Test
    void guillemetsGluedOnBothSidesAreOneFinding() {
        String text = "Le film «Marées» sort et la pièce « Brumes» aussi.";
        assertEquals(List.of("«Marées»", "Brumes»"), spans(text, "GUILLEMET_SPACING"));
        assertEquals(List.of("«" + NBSP + "Marées" + NBSP + "»"), findings(text, "GUILLEMET_SPACING").get(0).suggestions());
    }

    @Test
    void aFootnoteCallAfterAGuillemetNeedsNoSpace() {
        assertEquals(List.of(), spans("Il parle d’une « morale fatale »12 dans sa thèse.", "GUILLEMET_SPACING"));
    }

    @Test
    void anElidedWordBeforeAGuillemetNeedsNoSpace() {
        assertEquals(List.of(), spans("Il l’a qualifié d’« inutile » hier.", "GUILLEMET_SPACING"));
    }

    @Test
    void quoteMismatchSuggestsTheClosingGuillemet() {
        String text = "Le chef veut « une carte plus courte\" dès lundi.";
        List<Finding> found = findings(text, "QUOTE_MISMATCH");
        assertEquals(List.of("courte\""), spans(text, "QUOTE_MISMATCH"));
        assertEquals(List.of("courte" + NBSP + "»"), found.get(0).suggestions());
    }

    @Test
    void anUnclosedGuillemetIsShownWithTheWordsAfterIt() {
        String text = "Le club espère « une saison sans blessure et sans défaite.\nLa reprise est fixée au 3 août.";
        assertEquals(List.of("« une saison sans"), spans(text, "QUOTE_NOT_CLOSED"));
    }

    @Test
    void capitalsWithoutAccentAreReported() {
        String text = "Les Etats et l’Ecole.\nA partir de lundi, l’Egypte ouvre.\n« A la une » dit-il.";
        assertEquals(List.of("Etats", "Ecole", "Egypte", "A", "A"), spans(text, "CAPITAL_WITHOUT_ACCENT"));
    }

    @Test
    void namesAndWordsKnownWithoutAccentAreLeftAlone() {
        String text = "Eric, Emmanuel et Etienne visitent l’Europe avec Emile.\n"
                + "Apres la pluie, le beau temps.\n"
                + "Son album Special Edition sort. L’ion Ca++ aussi.";
        assertEquals(List.of(), spans(text, "CAPITAL_WITHOUT_ACCENT"));
    }

    @Test
    void aCapitalAThatIsNoPrepositionIsLeftAlone() {
        String text = "A-t-il fini ? Le plan A tient. Le format A4 aussi. A et B sont égaux.\n"
                + "A priori, oui. A fondé un club en 1990. La vitamine A. A. Martin signe.";
        assertEquals(List.of(), spans(text, "CAPITAL_WITHOUT_ACCENT"));
    }

    @Test
    void theMinorityApostropheIsReportedOnce() {
        String text = "L’été s’achève, l’automne vient, l'hiver suivra et l'an passera.\nC’est la vie.";
        List<Finding> found = findings(text, "MIXED_APOSTROPHES");
        assertEquals(1, found.size());
        assertEquals(text.indexOf("l'hiver") + 1, found.get(0).start());
        assertEquals(List.of("’"), found.get(0).suggestions());
    }
}
