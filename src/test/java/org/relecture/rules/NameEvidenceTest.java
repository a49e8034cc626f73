package org.relecture.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relecture.rules.files.RuleLibrary;
import org.relecture.text.Document;

class NameEvidenceTest {
    private static final NameLists LISTS = lists();

    private static NameLists lists() {
        try {
            return RuleLibrary.load(List.of(RulesHome.locate().orElseThrow())).nameLists();
        } catch (RuleLoadException e) {
            throw new IllegalStateException(e);
        }
    }

    private static NameEvidence of(String text) {
        return NameEvidence.of(new Document("t", text, List.of()), LISTS);
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
        assertFalse(of("Il voit Kader.\nJean-xyz arrive.").isName("Jean-xyz"));
    }

    @Test
    void aCapitalisedWordAfterATitleOrAFunctionIsANameWhereverItStands() {
        String text = "Il est venu. M. Okonjo a parlé. Dr. Falkenried aussi. Il a vu le président\nVarhelyi Toth.";
        NameEvidence names = of(text);
        assertTrue(names.isName("Okonjo"));
        assertTrue(names.isName("Falkenried"));
        assertTrue(names.isName("Varhelyi"));
        assertTrue(names.isName("Toth"));
        NameEvidence withoutLists = NameEvidence.of(new Document("t", text, List.of()), NameLists.NONE);
        assertFalse(withoutLists.isName("Okonjo"));
        assertFalse(withoutLists.isName("Varhelyi"));
    }

    @Test
    void theRunOfNamesAfterACueEndsAtTheFirstLowerCaseWord() {
        NameEvidence names = of("Arrivée de M. le maire.\nGouvernment fatigué.");
        assertFalse(names.isName("Gouvernment"));
    }

    @Test
    void acronymsAreTwoToSixCapitalsDigitsAllowed() {
        NameEvidence names = of("Rien ici.");
        assertTrue(names.isName("CFDT"));
        assertTrue(names.isName("G20"));
        assertTrue(names.isName("A380"));
        assertFalse(names.isName("A"));
        assertFalse(names.isName("GOUVERNEMENT"));
        assertFalse(names.isName("Cfdt"));
    }

    @Test
    void aCompoundOfCapitalisedPartsAndParticlesIsAName() {
        NameEvidence names = of("Rien ici.");
        assertTrue(names.isName("Quérigny-sur-Mer"));
        assertTrue(names.isName("Saint-Jean-d'Orbec"));
        assertTrue(names.isName("O'Neill"));
        assertTrue(names.isName("al-Kassem"));
        assertFalse(names.isName("Aujourd'hiu"));
        assertFalse(names.isName("L'Amerique"));
        assertFalse(names.isName("Porte-avions"));
        assertFalse(NameEvidence.of(new Document("t", "Rien.", List.of()), NameLists.NONE).isName("Quérigny-sur-Mer"));
    }
}
