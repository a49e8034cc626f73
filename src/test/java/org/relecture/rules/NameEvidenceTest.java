package org.relecture.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relecture.text.Document;

class NameEvidenceTest {
    private static NameEvidence of(String text) {
        return NameEvidence.of(new Document("t", text, List.of()));
    }

    @Test
    void aCapitalMidSentenceShowsAName() {
        NameEvidence names = of("Le ministre, Anatoli Grebnev, a parlé. Grebnev est parti.");
        assertTrue(names.isName("Anatoli"));
        assertTrue(names.isName("Grebnev"));
    }

    @Test
    void aCapitalAfterAFullStopOrAtALineStartShowsNothing() {
        NameEvidence names = of("Il pleut.Brumasse arrive.\nVolcanite terrible");
        assertFalse(names.isName("Brumasse"));
        assertFalse(names.isName("Volcanite"));
    }

    @Test
    void aWordCapitalisedTwiceAndNeverInLowerCaseIsAName() {
        assertTrue(of("Ozanne arrive. Ozanne repart.").isName("Ozanne"));
        assertFalse(of("Rouge arrive. Rouge repart. Le rouge domine.").isName("Rouge"));
    }

    @Test
    void hyphenatedNamesNeedEveryPartToBeAName() {
        NameEvidence names = of("Selon Jean-Kader Mbeki et Kader Diallo, rien.");
        assertTrue(names.isName("Jean-Kader"));
        assertFalse(of("Il voit Kader.\nJean-Xyz arrive.").isName("Jean-Xyz"));
    }
}
