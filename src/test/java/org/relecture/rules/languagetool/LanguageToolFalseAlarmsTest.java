package org.relecture.rules.languagetool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relecture.findings.Finding;
import org.relecture.rules.CheckOptions;
import org.relecture.rules.RuleExample;
import org.relecture.rules.RulesHome;
import org.relecture.rules.files.RuleLibrary;
import org.relecture.testing.TestDocuments;

class LanguageToolFalseAlarmsTest {
    private static final List<String> RULES = List.of("ELISION", "UPPERCASE_SENTENCE_START");

    private static List<Finding> check(LanguageToolDetector detector, String text) throws Exception {
        return detector.check(TestDocuments.read("t.txt", text)).stream().filter(f -> RULES.contains(f.rule())).toList();
    }

    @Test
    void theExamplesShowEachFalseAlarmDroppedAndTheTrueErrorsKept() throws Exception {
        LanguageToolDetector tuned = new LanguageToolDetector(CheckOptions.defaults(),
                RuleLibrary.load(List.of(RulesHome.locate().orElseThrow())));
        org.languagetool.JLanguageTool bare = new org.languagetool.JLanguageTool(
                org.languagetool.Languages.getLanguageForShortCode("fr"));
        for (RuleExample example : LanguageToolFalseAlarms.EXAMPLES) {
            String text = example.text();
            List<Finding> found = check(tuned, text);
            if (example.isCorrect()) {
                assertEquals(List.of(), found, text);
                assertTrue(bare.check(text).stream().anyMatch(m -> RULES.contains(m.getRule().getId())),
                        "LanguageTool alone reports nothing in: " + text);
            } else {
                assertTrue(found.stream().anyMatch(f -> f.start() == example.start() && f.end() == example.end()),
                        text + ": " + found);
            }
        }
    }

    @Test
    void aLabelIsAShortLineWithoutFinalPunctuation() {
        assertTrue(LanguageToolFalseAlarms.onLabelLine("titre\nphoto : AFP\nsuite", 6));
        assertFalse(LanguageToolFalseAlarms.onLabelLine("il est parti hier soir sans rien dire.", 0));
        assertFalse(LanguageToolFalseAlarms.onLabelLine("Le conseil a voté. il faudra attendre", 19));
    }
}
