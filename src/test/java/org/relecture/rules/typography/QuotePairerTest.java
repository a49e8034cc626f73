package org.relecture.rules.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.relecture.rules.typography.TypographyTestSupport.quotes;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotePairerTest {
    @Test
    void englishMarksInsideGuillemetsAreNested() {
        Quotes q = quotes("Le guide répète : « Mon grand-père disait “patience” à chaque orage. »");
        assertEquals(2, q.pairs().size());
        Quotes.Pair inner = q.pairs().get(0);
        assertEquals('“', inner.openMark());
        assertTrue(inner.nested());
        assertTrue(q.pairs().get(1).french());
        assertFalse(q.pairs().get(1).nested());
    }

    @Test
    void straightQuotesPairByTheSpacesAroundThem() {
        String text = "Le \"chef\" et la \"sous-cheffe\" ont signé.";
        Quotes q = quotes(text);
        assertEquals(List.of(3, 16), q.pairs().stream().map(Quotes.Pair::open).toList());
        assertEquals(List.of(8, 28), q.pairs().stream().map(Quotes.Pair::close).toList());
    }

    @Test
    void inchAndSecondMarksAreNoQuotes() {
        assertEquals(List.of(), quotes("Un écran de 24\" et un chrono de 3'12\" suffisent.").pairs());
    }

    @Test
    void aGuillemetClosedByAStraightOrEnglishMarkIsAMismatch() {
        Quotes q = quotes("Il promet « du neuf\" pour l’an prochain. Puis « du calme” et « du temps ».");
        assertEquals(2, q.mismatches().size());
        assertEquals('"', q.mismatches().get(0).closeMark());
        assertEquals('”', q.mismatches().get(1).closeMark());
        assertEquals(1, q.pairs().size());
    }

    @Test
    void aStraightQuoteInsideAClosedQuotationIsNoMismatch() {
        Quotes q = quotes("Elle note « il dit\"oui\" sans rire » et sourit.");
        assertEquals(List.of(), q.mismatches());
        assertEquals(List.of(), q.unclosed());
    }

    @Test
    void aGuillemetLeftOpenAtTheEndOfItsParagraphIsUnclosed() {
        String text = "Le maire annonce « une place neuve pour la fête.\nLes travaux dureront un an.";
        assertEquals(List.of(text.indexOf('«')), quotes(text).unclosed());
    }

    @Test
    void aQuotationGoesOnWhenTheNextParagraphOpensWithAGuillemetOrADash() {
        assertEquals(List.of(), quotes("« Nous partions tôt.\n\n« Le soir, nous rentrions épuisés. »").unclosed());
        assertEquals(List.of(), quotes("« Nous partions tôt.\n\n« Le soir, nous rentrions épuisés. »").unopened());
        assertEquals(List.of(), quotes("« Tu pars ? dit-elle.\n— Demain.\n— Si tôt ? »").unclosed());
        assertEquals(List.of(), quotes("« Tu pars ? dit-elle.\n— Demain.\n— Si tôt ? »").unopened());
    }

    @Test
    void aHardWrappedParagraphClosesOnItsNextLine() {
        Quotes q = quotes("Le texte cité dit « que la mer\nmonte vite » selon lui.");
        assertEquals(List.of(), q.unclosed());
        assertEquals(List.of(), q.unopened());
        assertEquals(1, q.pairs().size());
    }

    @Test
    void aQuotationWrappedOverSeveralLinesClosesOnALaterLine() {
        Quotes q = quotes("Le poète écrit « que la mer\nmonte et descend sans\nfin sous la lune » et se tait.");
        assertEquals(List.of(), q.unclosed());
        assertEquals(List.of(), q.unopened());
    }

    @Test
    void aFinishedLineDoesNotLendItsQuotationToALaterOne() {
        String text = "Il dit « une chose.\nPuis une autre.\nEt la fin » arrive.";
        assertEquals(List.of(text.indexOf('«')), quotes(text).unclosed());
    }

    @Test
    void aGuillemetOpeningAParagraphContinuesAQuotationBegunBeforeTheExcerpt() {
        String text = "» Alors nous avons repris la route vers le nord.\n\n» Il neigeait depuis trois jours. »\n\nLe conteur se tut.";
        Quotes quotes = quotes(text);
        assertEquals(List.of(), quotes.unopened());
        assertEquals(List.of(), quotes.unclosed());
    }

    @Test
    void aBlockQuotationRunsOverParagraphsThatDoNotRepeatTheMark() {
        String letter = "Il écrivit : « Mon cher ami,\n\nLa maison est vendue.\n\nJe pars demain pour Nantes. »";
        assertEquals(List.of(), quotes(letter).unclosed());
        String dashes = "« Vous restez ? demanda-t-il.\n― Non, je rentre.\n- Alors bonne route. »";
        assertEquals(List.of(), quotes(dashes).unclosed());
        assertEquals(List.of(), quotes(dashes).unopened());
        // Opened mid-sentence, a quotation does not borrow a guillemet a later paragraph closes.
        String news = "Il a promis « une réforme.\n\nLe vote aura lieu mardi », a dit son porte-parole.";
        assertEquals(List.of(news.indexOf('«')), quotes(news).unclosed());
    }

    @Test
    void aClosingGuillemetWithoutOpenerIsUnopened() {
        String text = "Elle juge le projet trop cher », a-t-elle dit.";
        assertEquals(List.of(text.indexOf('»')), quotes(text).unopened());
    }

    @Test
    void guillemetsUsedAsSeparatorsOrLinkArrowsAreNoQuotations() {
        assertEquals(List.of(), quotes("Accueil » Sports » Voile").unopened());
        assertEquals(List.of(), quotes("Lire la suite »").unopened());
    }

    @Test
    void aQuotationCutByAnEllipsisIsNotReportedUnclosed() {
        assertEquals(List.of(), quotes("À lire aussi : le chef répond : « Je n’ai jamais…").unclosed());
    }

    @Test
    void marksInAddressesAndCodeAreNoQuotes() {
        Quotes q = quotes("Lancez `echo \"salut\"` puis ouvrez https://exemple.org/a?q=\"b\" ensuite.");
        assertEquals(List.of(), q.pairs());
    }
}
