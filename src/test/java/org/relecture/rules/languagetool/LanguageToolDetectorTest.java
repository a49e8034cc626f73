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
}
