package org.relecture.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private static List<String> texts(String text, List<Span> spans) {
        return spans.stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void splitsSentencesWithAbsoluteOffsets() {
        String text = "Il pleut. Nous restons à la maison.";
        assertEquals(List.of("Il pleut.", "Nous restons à la maison."), texts(text, splitter.split(text)));
    }

    @Test
    void aLineBreakEndsASentenceEvenWithoutPunctuation() {
        String text = "Un titre sans point\r\n\r\nLe premier paragraphe commence ici. Puis continue.";
        List<String> sentences = texts(text, splitter.split(text));
        assertEquals("Un titre sans point", sentences.get(0));
        assertEquals("Le premier paragraphe commence ici.", sentences.get(1));
        assertEquals(3, sentences.size());
    }
}
