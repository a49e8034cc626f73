package org.relecture.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.languagetool.remote.CheckConfigurationBuilder;
import org.languagetool.remote.RemoteLanguageTool;
import org.languagetool.remote.RemoteResult;
import org.languagetool.remote.RemoteRuleMatch;
import org.relecture.check.Checker;
import org.relecture.findings.Finding;
import org.relecture.rules.CheckOptions;
import org.relecture.rules.Level;
import org.relecture.rules.RuleSelection;
import org.relecture.text.Document;
import org.relecture.text.SentenceSplitter;

/** The server as editors' tools see it: through LanguageTool's own Java client. */
class LanguageToolClientTest {
    /** A misspelling (LanguageTool's finding) and two glued sentences (relecture's). */
    private static final String TEXT = "Nous avons recu la lettre hier.Le facteur est passé tôt.";
    /** Two kinds of apostrophe: a finding at the picky level only. */
    private static final String MIXED = "Il a dit qu'il viendrait et qu’il resterait.";

    private static TestServer server;
    private static RemoteLanguageTool client;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(ServerLimits.defaults());
        client = new RemoteLanguageTool(new URL(server.url()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void languageToolsClientReadsLanguageToolsAndRelecturesFindings() {
        RemoteResult result = client.check(TEXT, "fr");

        assertEquals("French", result.getLanguage());
        assertEquals("relecture", result.getRemoteServer().getSoftware());
        RemoteRuleMatch spelling = match(result, "FR_SPELLING_RULE");
        assertEquals("recu", covered(TEXT, spelling));
        assertTrue(spelling.getReplacements().orElseThrow().contains("reçu"));
        assertEquals("TYPOS", spelling.getCategoryId().orElseThrow());
        assertEquals("misspelling", spelling.getLocQualityIssueType().orElseThrow());
        RemoteRuleMatch glued = match(result, "MISSING_SPACE_AFTER_PUNCTUATION");
        assertEquals("hier.Le", covered(TEXT, glued));
        assertEquals(List.of("hier. Le"), glued.getReplacements().orElseThrow());
        assertEquals("SPACING", glued.getCategoryId().orElseThrow());
        assertEquals("hier.Le", glued.getContext().substring(glued.getContextOffset(),
                glued.getContextOffset() + glued.getErrorLength()));
    }

    @Test
    void frenchVariantsAndAutoAreCheckedAsFrench() {
        assertEquals("fr-CA", client.check(TEXT, "fr-CA").getLanguageCode());
        assertEquals(2, client.check(TEXT, "fr-FR").getMatches().size());
        assertEquals(2, client.check(TEXT, new CheckConfigurationBuilder().build()).getMatches().size());
    }

    @Test
    void otherLanguagesAreRefused() {
        RuntimeException refused = assertThrows(RuntimeException.class, () -> client.check("Good morning.", "en-US"));
        assertTrue(refused.getMessage().contains("HTTP response code 400"), refused.getMessage());
        assertTrue(refused.getMessage().contains("French only"), refused.getMessage());
    }

    @Test
    void disabledRulesLeaveTheirFindingsOut() {
        RemoteResult result = client.check(TEXT, new CheckConfigurationBuilder("fr")
                .disabledRuleIds("MISSING_SPACE_AFTER_PUNCTUATION").build());
        assertEquals(Set.of("FR_SPELLING_RULE"), ids(result));
    }

    @Test
    void enabledOnlyKeepsJustTheNamedRules() {
        RemoteResult result = client.check(TEXT, new CheckConfigurationBuilder("fr")
                .enabledRuleIds("MISSING_SPACE_AFTER_PUNCTUATION").enabledOnly().build());
        assertEquals(Set.of("MISSING_SPACE_AFTER_PUNCTUATION"), ids(result));
    }

    @Test
    void pickyRulesOnlyAtThePickyLevel() {
        assertEquals(Set.of(), ids(client.check(MIXED, "fr")));
        assertEquals(Set.of("MIXED_APOSTROPHES"),
                ids(client.check(MIXED, new CheckConfigurationBuilder("fr").level("picky").build())));
    }

    /** A selection per request must give what a checker built with that selection gives. */
    @Test
    void aRequestsSelectionMatchesACheckerBuiltWithIt() throws Exception {
        String text = TEXT + " Les Etats membres ont parlé des \"problèmes\".\n" + MIXED;
        for (Level level : Level.values()) {
            for (String disabled : List.of("FR_SPELLING_RULE", "QUOTES_NOT_FRENCH", "CAPITAL_WITHOUT_ACCENT")) {
                RemoteResult result = client.check(text, new CheckConfigurationBuilder("fr")
                        .level(level.toString()).disabledRuleIds(disabled).build());
                Checker reference = Checker.create(new CheckOptions(level,
                        new RuleSelection(Set.of(disabled), Set.of())), TestServer.library());
                Document document = new Document("reference", text, new SentenceSplitter().split(text));
                List<String> expected = reference.check(document).stream().map(LanguageToolClientTest::key).toList();
                List<String> actual = result.getMatches().stream()
                        .map(m -> m.getRuleId() + "@" + m.getErrorOffset() + "+" + m.getErrorLength()).toList();
                assertEquals(expected, actual, level + " without " + disabled);
                assertFalse(ids(result).contains(disabled));
            }
        }
    }

    private static String key(Finding f) {
        return f.rule() + "@" + f.start() + "+" + (f.end() - f.start());
    }

    private static RemoteRuleMatch match(RemoteResult result, String rule) {
        return result.getMatches().stream().filter(m -> m.getRuleId().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " in " + result.getMatches()));
    }

    private static String covered(String text, RemoteRuleMatch match) {
        return text.substring(match.getErrorOffset(), match.getErrorOffset() + match.getErrorLength());
    }

    private static Set<String> ids(RemoteResult result) {
        return result.getMatches().stream().map(RemoteRuleMatch::getRuleId).collect(java.util.stream.Collectors.toSet());
    }
}
