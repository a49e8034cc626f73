package org.relecture.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.relecture.api.Relecture;
import org.relecture.rules.languagetool.LanguageToolDetector;

/**
 * The answers of {@code /v2/check} with suggestions computed lazily, for the findings kept, are
 * those of a server with LanguageTool's own French and every suggestion computed at once: same
 * matches, offsets and replacements. The texts are editor-sized parts of Debian manuals (human
 * and machine translation, src/test/resources/lazy-suggestions), not the seeds, and a paragraph
 * of errors that overlap and touch.
 */
class ServerEagerAnswersTest {
    /** About the paragraph an editor sends. */
    private static final int WORDS = 300;

    private static final String OVERLAPS = "Les enfant jouent dans le jardain , et il mangent des pommme. "
            + "Ces  livres la sont a moi ,ils coute cher; c'est pourquoi je les gardes . "
            + "Il a dit:\"je viens\" mais il est pas venu, , ce qui est dommage.Quand a moi j'irais demain.";

    @Test
    void answersAreTheSameAsWithEverySuggestionComputed() throws Exception {
        List<String> texts = texts();
        List<String> lazy = answers(texts);
        List<String> eager;
        System.setProperty(LanguageToolDetector.EAGER_SUGGESTIONS, "true");
        try {
            eager = answers(texts);
        } finally {
            System.clearProperty(LanguageToolDetector.EAGER_SUGGESTIONS);
        }
        for (int i = 0; i < texts.size(); i++) {
            assertEquals(eager.get(i), lazy.get(i), "text " + i + ": " + texts.get(i));
        }
        long replacements = lazy.stream().mapToLong(a -> a.split("\"replacements\":\\[\\{", -1).length - 1).sum();
        assertTrue(replacements >= 30, "matches with replacements: " + replacements);
    }

    private static List<String> answers(List<String> texts) throws Exception {
        List<String> answers = new ArrayList<>();
        try (TestServer server = TestServer.start(Relecture.builder().workers(1).build(), ServerLimits.defaults())) {
            for (String text : texts) {
                HttpResponse<String> answer = server.post("/v2/check", Map.of("language", "fr", "text", text));
                assertEquals(200, answer.statusCode(), answer.body());
                answers.add(answer.body());
            }
        }
        return answers;
    }

    /** Each document cut at paragraphs into parts of about {@value #WORDS} words, then {@link #OVERLAPS}. */
    static List<String> texts() throws Exception {
        List<String> texts = new ArrayList<>();
        List<Path> documents;
        try (var files = Files.list(Path.of("src/test/resources/lazy-suggestions"))) {
            documents = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path document : documents) {
            StringBuilder part = new StringBuilder();
            for (String paragraph : Files.readString(document, StandardCharsets.UTF_8).split("\n\n")) {
                part.append(paragraph).append("\n\n");
                if (part.toString().split("\\s+").length >= WORDS) {
                    texts.add(part.toString().strip());
                    part.setLength(0);
                }
            }
            if (!part.isEmpty()) {
                texts.add(part.toString().strip());
            }
        }
        texts.add(OVERLAPS);
        return texts;
    }
}
