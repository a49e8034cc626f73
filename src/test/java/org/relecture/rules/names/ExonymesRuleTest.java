package org.relecture.rules.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.relecture.rules.RulesHome;
import org.relecture.rules.files.RuleLibrary;
import org.relecture.rules.files.YamlRuleDetector;
import org.relecture.testing.TestDocuments;
import org.relecture.text.Document;

/** The rule file rules/EXONYMES.yaml: what it reports, what it suggests and what it leaves alone. */
class ExonymesRuleTest {
    private static YamlRuleDetector rule;

    @BeforeAll
    static void load() throws Exception {
        RuleLibrary library = RuleLibrary.load(List.of(RulesHome.locate().orElseThrow()));
        rule = library.yamlRules().stream().filter(r -> r.info().id().equals("EXONYMES")).findFirst().orElseThrow();
    }

    private static List<String> flagged(String text) {
        Document document = TestDocuments.read("test", text);
        return rule.check(document).stream()
                .map(f -> document.slice(f.start(), f.end()) + " -> " + f.suggestions().get(0))
                .toList();
    }

    @Test
    void foreignFormsGetTheirFrenchName() {
        assertEquals(List.of("Moscow -> Moscou", "Pechino -> Pékin", "Selenskyj -> Zelensky"),
                flagged("Le sommet de Moscow, puis celui de Pechino, a réuni Selenskyj et ses alliés."));
        assertEquals(List.of("Yekaterinburg -> Iekaterinbourg", "Nizhny Novgorod -> Nijni Novgorod", "Crimea -> Crimée"),
                flagged("Il a visité Yekaterinburg et Nizhny Novgorod avant de rejoindre la Crimea."));
        assertEquals(List.of("NATO -> OTAN", "United Nations -> Nations unies"),
                flagged("Les membres de la NATO et des United Nations ont voté."));
        assertEquals(List.of("Dmitry -> Dmitri", "Gorbachev -> Gorbatchev"),
                flagged("Dmitry Peskov a cité Gorbachev."));
    }

    @Test
    void articlesAlreadyThereAreKept() {
        assertEquals(List.of("au Cairo -> au Caire", "Havana -> La Havane"),
                flagged("Il est arrivé au Cairo puis à Havana."));
    }

    @Test
    void frenchFormsAndForeignProperNamesAreLeftAlone() {
        assertEquals(List.of(), flagged("Gorbatchev a quitté Varsovie pour Pékin, puis Paris, Berlin, Florence, Lviv et Odessa."));
        assertEquals(List.of(), flagged("Elle lit le China Daily, vole avec Air China et cite la Bank of Israel."));
        assertEquals(List.of(), flagged("Il a relu Jack London et Virginia Woolf ; Alyssa Milano jouait."));
        assertEquals(List.of(), flagged("Sergei Brin et Alexander Hamilton ne sont pas russes ; Lenin Moreno non plus."));
        assertEquals(List.of(), flagged("IL ÉTAIT UN PETIT NAVIRE QUI N'AVAIT JAMAIS NAVIGUÉ."));
    }
}
