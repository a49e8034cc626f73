package org.relecture.rules.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LeadingLiteralsTest {
    private static List<String> literals(String regex) {
        return LeadingLiterals.of(regex, false).map(LeadingLiterals::literals).orElse(null);
    }

    @Test
    void readsTheLiteralStartsOfPlainExpressions() {
        assertEquals(List.of("Putin"), literals("Putin(?![ \\u00a0]\\p{Lu})"));
        assertEquals(List.of("Shoigu", "Schoigu"), literals("(?:Shoigu|Schoigu)(?![ ]\\p{Lu})"));
        assertEquals(List.of("Moscow"), literals("(?=Moscow)(?<!\\b(?:of|the)[ ])Moscow(?![ ]\\p{Lu})"));
        assertEquals(List.of("Germany", "Germania"), literals("(?=(?:Germany|Germania))(?<!of )(?:Germany|Germania)"));
        assertEquals(List.of("bin Laden"), literals("bin Laden(?![ ]\\p{Lu})"));
        assertEquals(List.of("dans les derni"), literals("dans les derni(?:er|ère)s (mois|semaines)"));
    }

    @Test
    void aLetterMadeOptionalOrRepeatedIsNotRequired() {
        assertEquals(List.of("Zelensky"), literals("Zelenskyy?"));
        assertEquals(List.of("Rom"), literals("Roma*"));
        assertEquals(List.of("Ki"), literals("Kie{1,2}v"));
    }

    @Test
    void knowsNothingWhenTheStartIsNotPlain() {
        assertEquals(null, literals("[Ss]hoigu"));
        assertEquals(null, literals("(?:[Ss]hoigu|Schoigu)"));
        assertEquals(null, literals("(?:Shoigu|Schoigu)?x"));
        assertEquals(null, literals("(?i)putin"));
        assertEquals(null, literals("\\bputin"));
        assertEquals(null, literals("(Putin)"));
        assertEquals(null, literals("?Putin"));
        assertEquals(Optional.empty(), LeadingLiterals.of("(?=Moscow", false));
    }

    @Test
    void mayMatchOnlyWhenALiteralOccurs() {
        LeadingLiterals names = LeadingLiterals.of("(?:Shoigu|Schoigu)", false).orElseThrow();
        assertTrue(names.mayMatch("Le ministre Schoigu a parlé.", "unused"));
        assertFalse(names.mayMatch("Le ministre Choïgou a parlé.", "unused"));
        assertFalse(names.mayMatch("le ministre schoigu", "unused"), "case matters unless the rule ignores it");

        LeadingLiterals calque = LeadingLiterals.of("Dans les derniers mois", true).orElseThrow();
        String text = "DANS LES DERNIERS MOIS, rien.";
        assertTrue(calque.mayMatch(text, text.toLowerCase(java.util.Locale.ROOT)));
    }
}
