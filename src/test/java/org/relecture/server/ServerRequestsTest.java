package org.relecture.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Requests by hand: relecture's own endpoints, annotated markup, and every kind of bad request. */
class ServerRequestsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY = 4000;
    private static final int MAX_TEXT = 500;
    private static final String TEXT = "Nous avons recu la lettre hier.Le facteur est passé tôt.";

    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(ServerLimits.defaults().withBody(MAX_BODY, MAX_TEXT).withChecks(Duration.ofSeconds(30), 4));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void healthSaysReadyOnceWarm() throws Exception {
        HttpResponse<String> health = server.get("/health");
        assertEquals(200, health.statusCode());
        assertEquals("ready", json(health).get("status").asText());
    }

    @Test
    void apiCheckAnswersTheJsonReportWithTheScore() throws Exception {
        HttpResponse<String> response = server.post("/api/v1/check", Map.of("text", TEXT));
        assertEquals(200, response.statusCode());
        JsonNode document = json(response).get("documents").get(0);
        int words = document.get("words").asInt();
        assertTrue(words >= 10, "words: " + words);
        JsonNode findings = document.get("findings");
        assertEquals(2, findings.size());
        for (JsonNode f : findings) {
            assertEquals(f.get("text").asText(), TEXT.substring(f.get("start").asInt(), f.get("end").asInt()));
        }
        // Two minor findings: a penalty of 2 (MQM), so 2,000 per 1,000 words divided by the words.
        assertEquals(100 * (1 - 2.0 / words), document.get("score").asDouble(), 0.051);
        assertEquals(2000.0 / words, document.get("penaltyPer1000").asDouble(), 0.051);
    }

    @Test
    void apiCheckTakesTheSameSelection() throws Exception {
        JsonNode document = json(server.post("/api/v1/check", Map.of("text", TEXT, "disabledCategories", "spelling")))
                .get("documents").get(0);
        assertEquals(1, document.get("findings").size());
        assertEquals("spacing", document.get("findings").get(0).get("category").asText());
    }

    @Test
    void apiFixAppliesTheSafeFixesAndAnswersTheFixedTextCheckedAgain() throws Exception {
        JsonNode answer = json(server.post("/api/v1/fix", Map.of("text", TEXT)));
        assertEquals("Nous avons recu la lettre hier. Le facteur est passé tôt.", answer.get("text").asText());
        assertTrue(answer.get("changed").asBoolean());
        assertEquals(1, answer.get("fixes").size());
        JsonNode fix = answer.get("fixes").get(0);
        assertEquals("MISSING_SPACE_AFTER_PUNCTUATION", fix.get("rule").asText());
        assertEquals("hier.Le", fix.get("original").asText());
        assertEquals("hier. Le", fix.get("replacement").asText());
        assertTrue(answer.get("diff").asText().startsWith("--- <request>\n+++ <request>\n"), answer.get("diff").asText());
        JsonNode document = answer.get("report").get("documents").get(0);
        assertEquals(1, document.get("findings").size(), "the misspelling is left for a human");
        assertEquals("recu", document.get("findings").get(0).get("text").asText());
        assertTrue(document.get("score").asDouble() > answer.get("scoreBefore").asDouble(), answer.toString());
    }

    @Test
    void apiFixTakesTheRequestsSelection() throws Exception {
        JsonNode answer = json(server.post("/api/v1/fix", Map.of("text", TEXT, "disabledCategories", "spacing")));
        assertEquals(TEXT, answer.get("text").asText());
        assertFalse(answer.get("changed").asBoolean());
        assertEquals("", answer.get("diff").asText());
    }

    @Test
    void apiFixTakesPlainTextOnly() throws Exception {
        HttpResponse<String> response = server.post("/api/v1/fix",
                Map.of("data", "{\"annotation\": [{\"text\": \"Le budget.Les députés\"}]}"));
        assertEquals(400, response.statusCode());
        assertTrue(json(response).get("message").asText().contains("annotated 'data' is for checks"), response.body());
        assertEquals(405, server.get("/api/v1/fix").statusCode());
    }

    /** An editor that applies the first replacement of each safe rule's match gets the text /api/v1/fix gives. */
    @Test
    void theLanguageToolApiCarriesTheSameFixes() throws Exception {
        String text = "Le conseil a voté le budget.Les Etats membres ont dit «oui» hier.";
        JsonNode matches = json(server.post("/v2/check", Map.of("language", "fr", "text", text))).get("matches");
        JsonNode fixed = json(server.post("/api/v1/fix", Map.of("text", text)));
        StringBuilder applied = new StringBuilder(text);
        java.util.List<String> safe = java.util.List.of("MISSING_SPACE_AFTER_PUNCTUATION", "CAPITAL_WITHOUT_ACCENT",
                "GUILLEMET_SPACING");
        for (int i = matches.size() - 1; i >= 0; i--) {
            JsonNode match = matches.get(i);
            if (safe.contains(match.get("rule").get("id").asText())) {
                int offset = match.get("offset").asInt();
                applied.replace(offset, offset + match.get("length").asInt(),
                        match.get("replacements").get(0).get("value").asText());
            }
        }
        assertEquals(3, fixed.get("fixes").size(), fixed.toString());
        assertEquals(fixed.get("text").asText(), applied.toString());
    }

    @Test
    void markupOfAnnotatedDataIsNotCheckedAndOffsetsAreTheOriginals() throws Exception {
        String data = "{\"annotation\": [{\"markup\": \"<p class=\\\"recu\\\">\"}, {\"text\": \"Nous avons \"},"
                + " {\"markup\": \"<b>\"}, {\"text\": \"recu\"}, {\"markup\": \"</b>\"},"
                + " {\"text\": \" la lettre.\"}, {\"markup\": \"</p>\", \"interpretAs\": \"\\n\\n\"}]}";
        String original = "<p class=\"recu\">Nous avons <b>recu</b> la lettre.</p>";
        JsonNode matches = json(server.post("/v2/check", Map.of("language", "fr", "data", data))).get("matches");
        assertEquals(1, matches.size(), matches.toString());
        JsonNode match = matches.get(0);
        int offset = match.get("offset").asInt();
        assertEquals("recu", original.substring(offset, offset + match.get("length").asInt()));
        assertEquals(original.indexOf("<b>recu") + 3, offset);
    }

    @Test
    void queryParametersWorkAsForLanguageTool() throws Exception {
        HttpResponse<String> response = server.get("/v2/check?language=fr&text=Nous+avons+recu+la+lettre.");
        assertEquals(200, response.statusCode());
        assertEquals("FR_SPELLING_RULE", json(response).get("matches").get(0).get("rule").get("id").asText());
    }

    @Test
    void languagesListsTheVariantsOfFrench() throws Exception {
        JsonNode languages = json(server.get("/v2/languages"));
        assertTrue(languages.size() >= 1);
        for (JsonNode language : languages) {
            assertEquals("fr", language.get("code").asText());
            assertTrue(language.get("longCode").asText().startsWith("fr"));
        }
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        assertError(413, "larger than the limit of " + MAX_BODY + " bytes",
                server.post("/v2/check", Map.of("language", "fr", "text", "a".repeat(MAX_BODY))));
    }

    @Test
    void aTextOverTheLimitIs413() throws Exception {
        assertError(413, "longer than the limit of " + MAX_TEXT + " characters",
                server.post("/v2/check", Map.of("language", "fr", "text", "a ".repeat(MAX_TEXT))));
    }

    @Test
    void badRequestsAre400WithAJsonMessage() throws Exception {
        assertError(400, "missing 'text' or 'data'", server.post("/v2/check", Map.of("language", "fr")));
        assertError(400, "missing 'language'", server.post("/v2/check", Map.of("text", TEXT)));
        assertError(400, "French only", server.post("/v2/check", Map.of("language", "de-DE", "text", "Guten Tag.")));
        assertError(400, "French only", server.post("/v2/check", Map.of("language", "\u0000", "text", TEXT)));
        assertError(400, "not valid JSON", server.post("/v2/check", Map.of("language", "fr", "data", "{\"annotation\": [")));
        assertError(400, "neither a 'text' nor a 'markup'",
                server.post("/v2/check", Map.of("language", "fr", "data", "{\"annotation\": [{\"txt\": \"a\"}]}")));
        assertError(400, "'level' must be", server.post("/v2/check", Map.of("language", "fr", "text", TEXT, "level", "strict")));
        assertError(400, "'enabledOnly' needs", server.post("/v2/check", Map.of("language", "fr", "text", TEXT, "enabledOnly", "true")));
        assertError(400, "malformed form encoding", server.post("/v2/check", "language=fr&text=%E9%"));
        assertError(400, "either 'text' or 'data'",
                server.post("/v2/check", Map.of("language", "fr", "text", TEXT, "data", "{\"annotation\": []}")));
    }

    @Test
    void unknownPathsAndMethodsAreJsonErrors() throws Exception {
        assertError(404, "no such endpoint", server.get("/v3/check"));
        assertError(405, "takes POST", server.get("/api/v1/check"));
    }

    private static void assertError(int status, String message, HttpResponse<String> response) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode error = json(response);
        assertEquals(status, error.get("status").asInt());
        assertTrue(error.get("message").asText().contains(message), error.toString());
        assertFalse(response.body().contains("\tat "), "no stack trace");
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }
}
