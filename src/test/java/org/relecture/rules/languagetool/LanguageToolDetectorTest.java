package org.relecture.rules.languagetool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relecture.check.Checker;
import org.relecture.findings.Category;
import org.relecture.findings.Finding;
import org.relecture.rules.CheckOptions;
import org.relecture.rules.Level;
import org.relecture.rules.RulesHome;
import org.relecture.rules.files.RuleLibrary;
import org.relecture.text.Document;
import org.relecture.text.LineColumn;
import org.relecture.text.SentenceSplitter;
import org.relecture.text.TextDecoder;

class LanguageToolDetectorTest {
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    private static Finding only(List<Finding> findings, String rule) {
        List<Finding> matching = findings.stream().filter(f -> f.rule().equals(rule)).toList();
        assertEquals(1, matching.size(), () -> "expected one " + rule + " in " + findings);
        return matching.get(0);
    }

    @Test
    void offsetsIndexTheDecodedTextWithBomCrlfAccentsAndEmoji() throws Exception {
        String raw = "\uFEFFL'été 😀 fut chaud.\r\nLa cooperation entre les 🇫🇷 pays a progressé.\r\n";
        String text = TextDecoder.decode(raw.getBytes(StandardCharsets.UTF_8), "t.txt");
        Document doc = new Document("t.txt", text, SPLITTER.split(text));

        Finding f = only(new LanguageToolDetector(CheckOptions.defaults(), RuleLibrary.empty()).check(doc), "FR_SPELLING_RULE");

        assertEquals("cooperation", doc.slice(f.start(), f.end()));
        assertEquals(text.indexOf("cooperation"), f.start());
        assertEquals(new LineColumn(2, 4), doc.lines().position(f.start()));
        assertEquals(Category.SPELLING, f.category());
        assertTrue(f.suggestions().contains("coopération"), f.suggestions().toString());
        assertEquals("languagetool", f.source());
    }

    @Test
    void aSentenceGluedToTheNextIsStillCheckedWordByWord() throws Exception {
        // Without the missing space read in, LanguageTool sees one token "outils.Le" and no elision error.
        String text = "Il manque de outils.Le chantier attend.";
        Document doc = new Document("t.txt", text, SPLITTER.split(text));
        Finding f = only(new LanguageToolDetector(CheckOptions.defaults(), RuleLibrary.empty()).check(doc), "ELISION");
        assertEquals("de outils", text.substring(f.start(), f.end()));
    }

    @Test
    void correctFrenchGivesNoFinding() throws Exception {
        String text = "Le président est arrivé mardi à Pyongyang pour une visite de deux jours.";
        Document doc = new Document("t.txt", text, SPLITTER.split(text));
        assertEquals(List.of(), new LanguageToolDetector(CheckOptions.defaults(), RuleLibrary.empty()).check(doc));
    }

    @Test
    void pickyLevelReportsMoreThanDefault() throws Exception {
        // A verb construction LanguageTool questions only at the picky level (TRANSITIF_ET_INTRANSITIF).
        String text = "Il faut rencontrer et parler au directeur.";
        Document doc = new Document("t.txt", text, SPLITTER.split(text));
        int normal = new LanguageToolDetector(new CheckOptions(Level.DEFAULT), RuleLibrary.empty()).check(doc).size();
        int picky = new LanguageToolDetector(new CheckOptions(Level.PICKY), RuleLibrary.empty()).check(doc).size();
        assertEquals(0, normal);
        assertEquals(1, picky);
    }

    @Test
    void findingsComeOutInDocumentOrder() throws Exception {
        String text = "Il a une cooperation. Les reciproques sont la.";
        Document doc = new Document("t.txt", text, SPLITTER.split(text));
        List<Finding> findings = Checker.create(CheckOptions.defaults(), RuleLibrary.empty()).check(doc);
        assertTrue(findings.size() >= 2, findings.toString());
        for (int i = 1; i < findings.size(); i++) {
            assertTrue(findings.get(i - 1).start() <= findings.get(i).start());
        }
    }

    private static List<Finding> check(String text, CheckOptions options, RuleLibrary library) throws Exception {
        return Checker.create(options, library).check(new Document("t.txt", text, SPLITTER.split(text)));
    }

    /** Found by CheckRequestFuzzTest: LanguageTool put a WHITESPACE_RULE match at -1..1 (and an UPPERCASE_SENTENCE_START one). */
    @Test
    void aMatchBeginningInMarkupReadAsASpaceAtTheStartStaysInsideTheText() throws Exception {
        String text = " : ; ! ? « » … — ";
        Document doc = new Document("t", text, SPLITTER.split(text), List.of(new org.relecture.text.Markup(0, 0, " ")));
        List<Finding> findings = new LanguageToolDetector(CheckOptions.defaults(), RuleLibrary.empty()).check(doc);
        assertTrue(findings.stream().anyMatch(f -> f.rule().equals("WHITESPACE_RULE") && f.start() == 0), findings.toString());
        assertTrue(findings.stream().allMatch(f -> f.end() <= text.length()), findings.toString());
        String label = "\t\u201d94 a";
        Document labelled = new Document("t", label, SPLITTER.split(label), List.of(new org.relecture.text.Markup(0, 0, "x")));
        assertTrue(new LanguageToolDetector(CheckOptions.defaults(), rulesHome()).check(labelled).stream()
                .allMatch(f -> f.end() <= label.length()));
    }

    /** Found by CheckRequestFuzzTest: LanguageTool failed on a match lying wholly in what markup reads as. */
    @Test
    void aMatchLanguageToolCannotPlaceInMarkupReadAsTextIsNotAFailure() throws Exception {
        String text = "Il part ";
        Document doc = new Document("t", text, SPLITTER.split(text), List.of(new org.relecture.text.Markup(3, 3, ". ")));
        assertTrue(new LanguageToolDetector(CheckOptions.defaults(), RuleLibrary.empty()).check(doc).stream()
                .allMatch(f -> f.end() <= text.length()));
    }

    private static RuleLibrary rulesHome() throws Exception {
        return RuleLibrary.load(List.of(RulesHome.locate().orElseThrow()));
    }

    @Test
    void matchesReportedUnderAnEntryIdAreKeptAsTheirRuleWithTheEntryNamed() throws Exception {
        // LanguageTool reports these under FR_COMPOUNDS_COFFRE_FORT, FR_COMPOUNDS_LE_QUEL and
        // FR_SIMPLE_REPLACE_SIMPLE_CA, ids it never registers as rules.
        String text = "Il a ouvert le coffre fort. Le quel est venu ? Il dit que ca va.";
        List<Finding> findings = check(text, CheckOptions.defaults(), RuleLibrary.empty());
        Finding coffre = findings.stream().filter(f -> text.substring(f.start(), f.end()).equals("coffre fort"))
                .findFirst().orElseThrow(() -> new AssertionError(findings.toString()));
        assertEquals("FR_COMPOUNDS", coffre.rule());
        assertEquals("FR_COMPOUNDS_COFFRE_FORT", coffre.attributes().get(LanguageToolDetector.SUB_RULE));
        assertTrue(coffre.suggestions().contains("coffre-fort"), coffre.suggestions().toString());
        assertTrue(findings.stream().anyMatch(f -> text.substring(f.start(), f.end()).equals("Le quel")), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.rule().equals("FR_SIMPLE_REPLACE_SIMPLE")
                && text.substring(f.start(), f.end()).equals("ca")), findings.toString());
    }

    @Test
    void aGroupRunsWhenAnyOfItsSubRulesIsOnNotOnlyItsFirst() throws Exception {
        // ESPACE_UNITES[1] is picky, [22] is not; WRONG_ETRE_VPPA[1] and GENTILE[1] are off by
        // default, their later sub-rules are on.
        String text = "Il en a 300000. Il a allé en ville. Beaucoup de suisses partent en vacances.";
        List<Finding> findings = check(text, CheckOptions.defaults(), RuleLibrary.empty());
        for (String rule : List.of("ESPACE_UNITES", "WRONG_ETRE_VPPA", "GENTILE")) {
            assertTrue(findings.stream().anyMatch(f -> f.rule().equals(rule)), rule + " in " + findings);
        }
        // The group's picky sub-rules still wait for the picky level.
        String picky = "Il a couru sur 200 kilomètres.";
        assertTrue(check(picky, CheckOptions.defaults(), RuleLibrary.empty()).stream()
                .noneMatch(f -> f.rule().equals("ESPACE_UNITES")));
        assertTrue(check(picky, new CheckOptions(Level.PICKY), RuleLibrary.empty()).stream()
                .anyMatch(f -> f.rule().equals("ESPACE_UNITES")));
    }

    @Test
    void aTuningEntryCanTurnOffOneSubRuleAndKeepsTheOthers() throws Exception {
        RuleLibrary rules = rulesHome();
        String text = "Il vit en Afrique du sud. Le Nord a tiré un missile.";
        List<Finding> tuned = check(text, CheckOptions.defaults(), rules);
        List<Finding> northSouth = tuned.stream().filter(f -> f.rule().equals("NORD_SUD")).toList();
        assertEquals(1, northSouth.size(), tuned.toString());
        assertEquals("sud", text.substring(northSouth.get(0).start(), northSouth.get(0).end()));
        // Without the tuning, LanguageTool asks for « le nord » too.
        assertEquals(2, check(text, CheckOptions.defaults(), RuleLibrary.empty()).stream()
                .filter(f -> f.rule().equals("NORD_SUD")).count());
    }

    @Test
    void timesAsNewsroomsPrintThemAreAskedSpacedOnlyAtPickyOrByThePolicy() throws Exception {
        RuleLibrary rules = rulesHome();
        String text = "La séance reprend à 12h45 dans la grande salle.";
        java.util.function.Function<List<Finding>, Long> heures = f -> f.stream().filter(x -> x.rule().equals("HEURES")).count();
        assertEquals(0, heures.apply(check(text, CheckOptions.defaults(), rules)));
        assertEquals(1, heures.apply(check(text, new CheckOptions(Level.PICKY), rules)));
        CheckOptions spaced = new CheckOptions(Level.DEFAULT, org.relecture.rules.RuleSelection.all(),
                org.relecture.rules.SeverityOverrides.NONE, java.util.Set.of(), java.util.Set.of("HEURES[1]"));
        assertEquals(1, heures.apply(check(text, spaced, rules)));
        // HEURES's other sub-rules are not house style: « 1.5h » is reported at the default level.
        assertEquals(1, heures.apply(check("Le trajet dure 1.5h en train.", CheckOptions.defaults(), rules)));
    }

    @Test
    void theNoBreakSpaceBeforePunctuationIsAskedAtPickyOnly() throws Exception {
        RuleLibrary rules = rulesHome();
        String text = "Vous partez déjà ? Il reste du café !";
        assertTrue(check(text, CheckOptions.defaults(), rules).stream().noneMatch(f -> f.rule().startsWith("FRENCH_WHITESPACE")));
        assertTrue(check(text, new CheckOptions(Level.PICKY), rules).stream()
                .anyMatch(f -> f.rule().equals("FRENCH_WHITESPACE_STRICT")), () -> "picky");
        // No space at all is an error at every level.
        assertTrue(check("Vous partez déjà? Oui.", CheckOptions.defaults(), rules).stream()
                .anyMatch(f -> f.rule().equals("FRENCH_WHITESPACE")));
    }
}
