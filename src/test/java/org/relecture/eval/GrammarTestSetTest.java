package org.relecture.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The grammar set is what its SOURCES.md says: offsets that hold the error, one edit per sentence,
 * 100 errors per class, as many clean sentences, balanced splits, no sentence twice. */
class GrammarTestSetTest {
    @Test
    void everyErrorIsOneEditAtItsOffsets() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, Integer> perClass = new TreeMap<>();
        Map<String, Integer> perKind = new TreeMap<>();
        Set<String> texts = new HashSet<>();
        for (String line : Files.readAllLines(Path.of("eval/grammar/testset.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode item = json.readTree(line);
            String text = item.get("text").asText();
            assertEquals(true, texts.add(text), "twice: " + text);
            String kind = item.get("kind").asText();
            perKind.merge(kind + " " + item.get("split").asText(), 1, Integer::sum);
            if (kind.equals("error")) {
                int start = item.get("start").asInt();
                int end = item.get("end").asInt();
                String error = item.get("error").asText();
                String correct = item.get("correct").asText();
                assertEquals(error, text.substring(start, end), item.get("id").asText());
                assertNotEquals(correct, error);
                assertEquals(item.get("original").asText(), text.substring(0, start) + correct + text.substring(end));
                perClass.merge(item.get("class").asText(), 1, Integer::sum);
            }
        }
        assertEquals(10, perClass.size());
        perClass.forEach((c, n) -> assertEquals(100, n, c));
        assertEquals(Map.of("error dev", 500, "error test", 500, "clean dev", 500, "clean test", 500), perKind);
    }
}
