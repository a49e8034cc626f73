package org.relecture.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.languagetool.DetectedLanguage;
import org.languagetool.JLanguageTool;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.markup.AnnotatedTextBuilder;
import org.languagetool.remote.CheckConfigurationBuilder;
import org.languagetool.remote.RemoteLanguageTool;
import org.languagetool.remote.RemoteResult;
import org.languagetool.remote.RemoteRuleMatch;
import org.relecture.check.Checker;
import org.relecture.findings.Finding;
import org.relecture.rules.CheckOptions;
import org.relecture.rules.FrenchLexicon;
import org.relecture.rules.Level;
import org.relecture.rules.RuleSelection;
import org.relecture.text.Document;
import org.relecture.text.SentenceSplitter;
import org.languagetool.tools.RuleMatchesAsJsonSerializer;

/** The server as editors' tools see it: through LanguageTool's own Java client. */
class LanguageToolClientTest {
    private static final ObjectMapper JSON = new ObjectMapper();
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

    /**
     * With {@code data}, each match's {@code sentence} is the sentence's text without the markup,
     * as LanguageTool's own serializer writes it for the same annotated text.
     */
    @Test
    void theSentenceOfAMatchInAnnotatedDataIsThePlainTextLanguageToolGives() throws Exception {
        AnnotatedText annotated = new AnnotatedTextBuilder()
                .addMarkup("<p class=\"intro\">").addText("Nous avons ").addMarkup("<b>").addText("recu")
                .addMarkup("</b>").addText(" la lettre hier.").addMarkup("</p>", "\n\n")
                .addMarkup("<p>").addText("Le facteur est passé ").addMarkup("<i>").addText("tot")
                .addMarkup("</i>").addText(" ce matin.").addMarkup("</p>", "\n\n").build();
        JLanguageTool languageTool = new JLanguageTool(FrenchLexicon.french());
        JsonNode reference = JSON.readTree(new RuleMatchesAsJsonSerializer().ruleMatchesToJson(
                languageTool.check(annotated), List.of(), annotated, 40,
                new DetectedLanguage(FrenchLexicon.french(), FrenchLexicon.french()), null, false));
        Map<String, String> expected = sentences(reference.get("matches"));
        assertTrue(expected.size() >= 2, expected.toString());

        HttpResponse<String> answer = server.post("/v2/check", Map.of("language", "fr", "data", data(annotated)));
        Map<String, String> actual = sentences(JSON.readTree(answer.body()).get("matches"));
        for (Map.Entry<String, String> match : expected.entrySet()) {
            assertEquals(match.getValue(), actual.get(match.getKey()), match.getKey());
            assertFalse(match.getValue().contains("<"), match.getValue());
        }
    }

    /** LanguageTool's {@code data} parameter for an annotated text. */
    private static String data(AnnotatedText annotated) throws Exception {
        ArrayNode parts = JSON.createArrayNode();
        String original = annotated.getTextWithMarkup();
        int from = 0;
        for (Map.Entry<Integer, Integer> markup : markupSpans(annotated).entrySet()) {
            if (markup.getKey() > from) {
                parts.addObject().put("text", original.substring(from, markup.getKey()));
            }
            String tag = original.substring(markup.getKey(), markup.getValue());
            parts.addObject().put("markup", tag).put("interpretAs", tag.startsWith("</p") ? "\n\n" : "");
            from = markup.getValue();
        }
        ObjectNode data = JSON.createObjectNode();
        data.set("annotation", parts);
        return JSON.writeValueAsString(data);
    }

    /** The markup of the test's text: its tags, start to end. */
    private static Map<Integer, Integer> markupSpans(AnnotatedText annotated) {
        Map<Integer, Integer> spans = new TreeMap<>();
        Matcher tag = Pattern.compile("<[^>]+>").matcher(annotated.getTextWithMarkup());
        while (tag.find()) {
            spans.put(tag.start(), tag.end());
        }
        return spans;
    }

    /** rule@offset -> sentence, for the spelling matches both servers find. */
    private static Map<String, String> sentences(JsonNode matches) {
        Map<String, String> out = new TreeMap<>();
        for (JsonNode m : matches) {
            if (m.get("rule").get("id").asText().equals("FR_SPELLING_RULE")) {
                out.put("FR_SPELLING_RULE@" + m.get("offset").asInt(), m.get("sentence").asText());
            }
        }
        return out;
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
